/**
 * The acknowledgement probe of `npm run chaos`: while another process holds the database's write
 * lock, rounds of one `/digest subscribe` and five other users' `/help` go through the Dispatcher
 * of this process, as a platform would send them. better-sqlite3 is synchronous, so a write waiting
 * for the lock stalls the event loop and every other answer; the short busy wait bounds that.
 * Reports the /help answer times (p50/p99/max), the longest event-loop stall, and the subscribe answers.
 */
import { commands } from '../commands/index.js';
import { Dispatcher, type CommandRequest } from '../src/dispatch/dispatcher.js';
import { prepareKnowledge } from '../src/knowledge/prepare.js';
import { plainText } from '../src/present/build.js';
import { silentLogger } from '../src/shared/logger.js';
import { projectPath } from '../src/shared/paths.js';
import type { ProbeResult } from './chaos-probes.js';
import { ChaosRun, sleep } from './chaos-support.js';
import { percentile } from './percentile.js';

const ROUNDS = 20;
const HELPERS = 5;

const request = (name: string, text: string, user: string): CommandRequest => ({
  platform: 'slack',
  name,
  input: { kind: 'text', text },
  user: { id: user, name: user },
  channelId: 'C-acks',
  isAdmin: async () => true,
});

export async function acksUnderLock(): Promise<ProbeResult> {
  const run = new ChaosRun(0);
  const store = await run.store();
  let heart: NodeJS.Timeout | undefined;
  try {
    const dispatcher = new Dispatcher({ knowledge: prepareKnowledge(projectPath('corpus')), commands, services: { store, digest: () => null }, logger: silentLogger });
    const lock = run.lock(ROUNDS * 150 + 2_000);
    await lock.waitFor((line) => line === 'locked');
    const helps: number[] = [];
    const subscribes: string[] = [];
    // The longest gap between beats of a 10 ms timer, less the 10 ms: how long the loop stalled.
    let stall = 0;
    let beat = performance.now();
    heart = setInterval(() => {
      const now = performance.now();
      stall = Math.max(stall, now - beat - 10);
      beat = now;
    }, 10);
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const subscribe = dispatcher.handle(request('digest', 'subscribe 08:30 Asia/Tokyo', 'U-admin'));
      const answered = Array.from({ length: HELPERS }, (_, i) => dispatcher.handle(request('help', '', `U${i}`)).then(() => helps.push(performance.now() - started)));
      await Promise.all(answered);
      subscribes.push(plainText((await subscribe).reply));
      await sleep(150);
    }
    clearInterval(heart);
    await lock.waitFor((line) => line === 'released');
    const after = plainText((await dispatcher.handle(request('digest', 'subscribe 08:30 Asia/Tokyo', 'U-admin'))).reply);
    helps.sort((a, b) => a - b);
    const busy = subscribes.filter((text) => text.includes('The database is busy') && text.includes('Try again in a moment')).length;
    const [p50, p99, max] = [percentile(helps, 50), percentile(helps, 99), helps.at(-1) ?? NaN];
    const passed = helps.length === ROUNDS * HELPERS && busy === ROUNDS && after.includes('Subscribed') && p99 < 3_000;
    return {
      probe: 'acks while another process holds the lock',
      passed,
      detail:
        `${helps.length} /help answered: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${max.toFixed(1)} ms; ` +
        `longest event-loop stall ${stall.toFixed(1)} ms; ${busy}/${ROUNDS} subscribes answered "busy, try again", then "${after.split('\n')[1]?.slice(0, 40)}…" once released`,
    };
  } catch (error) {
    return { probe: 'acks while another process holds the lock', passed: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearInterval(heart);
    await store.close();
    await run.cleanup();
  }
}
