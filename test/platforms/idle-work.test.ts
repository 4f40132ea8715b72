import { describe, expect, it, vi } from 'vitest';
import { workWhileIdle } from '../../src/platforms/common/idle-work.js';
import { turns } from '../../src/platforms/common/turns.js';

/** Work done a step per turn of the event loop while the bot waits (idle-work.ts). */
describe('work while idle', () => {
  it('runs a step per turn until there is no more, and lets other work in between', async () => {
    const order: string[] = [];
    let left = 3;
    const work = workWhileIdle(
      () => {
        order.push('step');
        return --left > 0;
      },
      () => {},
      60_000,
    );
    // Work queued meanwhile takes its own turn between steps, not after all of them.
    await turns.next();
    order.push('answer');
    await vi.waitFor(() => expect(left).toBe(0));
    work.stop();
    expect(order.filter((entry) => entry === 'step')).toHaveLength(3);
    expect(order.indexOf('answer')).toBeLessThan(order.lastIndexOf('step'));
  });

  it('asks again after a while once done, for work that came since (a new index to warm)', async () => {
    let steps = 0;
    let more = false;
    const work = workWhileIdle(
      () => {
        steps++;
        return more;
      },
      () => {},
      20,
    );
    await vi.waitFor(() => expect(steps).toBeGreaterThanOrEqual(2));
    more = true;
    await vi.waitFor(() => expect(steps).toBeGreaterThanOrEqual(10));
    work.stop();
  });

  it('starts no step once stopped', async () => {
    let steps = 0;
    const work = workWhileIdle(
      () => {
        steps++;
        return true;
      },
      () => {},
    );
    await vi.waitFor(() => expect(steps).toBeGreaterThan(0));
    work.stop();
    const at = steps;
    for (let i = 0; i < 5; i++) await turns.next();
    expect(steps).toBe(at);
  });

  it('stops at a step that throws and tells it, once', async () => {
    const told: unknown[] = [];
    let steps = 0;
    workWhileIdle(
      () => {
        steps++;
        throw new Error('no WordNet');
      },
      (error) => told.push(error),
      10,
    );
    await vi.waitFor(() => expect(told).toHaveLength(1));
    for (let i = 0; i < 5; i++) await turns.next();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(steps).toBe(1);
    expect(String(told[0])).toContain('no WordNet');
  });
});
