import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { headerText } from './fakes/slack-blocks.js';
import { FuzzBodies, type FuzzRequest } from './fakes/slack-fuzz-bodies.js';
import { SlackHarness } from './fakes/slack-harness.js';

/**
 * The HTTP receiver under random and mutated signed bodies (form and JSON, every interactivity
 * type, slash commands with odd fields), through the real Bolt app on 127.0.0.1. Bounded: a few
 * hundred requests, a few at a time. Every one must be answered 2xx or 4xx within Slack's 3 s
 * (a request still open then counts as hung), and the bot must answer normally afterwards.
 */

const REQUESTS = 300;
const AT_ONCE = 6;
const SEED = 20261201;
/**
 * A request with no answer after this long has hung. Slack's own limit is 3 s, met with a wide
 * margin on an idle machine (the slowest is printed); the bound here leaves room for a loaded CI
 * machine, so the test tells a hang from a busy moment.
 */
const HANG_MS = 10_000;

/** A full collection, so heap figures compare live data rather than garbage not yet collected. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
const heapMb = () => {
  collectGarbage();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

interface Outcome {
  request: FuzzRequest;
  status: number | 'hung' | 'failed';
  ms: number;
}

describe('Slack HTTP receiver fuzz', () => {
  let slack: SlackHarness;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onRejection);
    slack = await SlackHarness.start('http', platformDeps());
  });
  afterAll(async () => {
    process.off('unhandledRejection', onRejection);
    await slack.stop();
  });

  it(`answers ${REQUESTS} random and mutated signed requests with 2xx/4xx, and keeps answering`, async () => {
    const bodies = new FuzzBodies(SEED, (id) => slack.responses.url(id));
    const send = async (request: FuzzRequest): Promise<Outcome> => {
      const started = performance.now();
      try {
        const ack = await slack.post(request.body, { contentType: request.contentType, timeoutMs: HANG_MS, ...(request.badSignature ? { secret: 'not-the-secret' } : {}) });
        return { request, status: ack.status ?? 0, ms: performance.now() - started };
      } catch (error) {
        return { request, status: (error as Error).name === 'TimeoutError' ? 'hung' : 'failed', ms: performance.now() - started };
      }
    };

    const heapBefore = heapMb();
    // Warmed up first (the first request loads fetch, the first command its caches), so the times are the steady state's.
    await slack.command('help', '');
    // The timeline is built on its first use, a one-time pause of the event loop: paid here, not by the fuzzed requests.
    await slack.command('timeline', '2023');
    const outcomes: Outcome[] = [];
    const round = async (count: number) => {
      for (let sent = 0; sent < count; sent += AT_ONCE) {
        outcomes.push(...(await Promise.all(Array.from({ length: Math.min(AT_ONCE, count - sent) }, () => send(bodies.next())))));
      }
      // The answers still being posted to response_urls finish before memory is measured.
      await slack.command('help', '');
      return heapMb();
    };
    // Two halves: the first pays for one-time work (caches, Bolt's client per team); growth in the second would be a leak.
    const heapHalfway = await round(REQUESTS / 2);
    const heapAfter = await round(REQUESTS / 2);

    const byStatus = new Map<string, number>();
    for (const { status } of outcomes) byStatus.set(String(status), (byStatus.get(String(status)) ?? 0) + 1);
    const slowest = (from: number) => Math.max(...outcomes.slice(from).map((outcome) => outcome.ms)).toFixed(0);
    console.info(
      `slack fuzz: ${outcomes.length} requests, statuses ${JSON.stringify(Object.fromEntries(byStatus))}, slowest ${slowest(0)} ms (${slowest(AT_ONCE)} ms after the first batch), ` +
        `heap after GC ${heapBefore.toFixed(1)} → ${heapHalfway.toFixed(1)} (halfway) → ${heapAfter.toFixed(1)} MB, log lines ${slack.log.lines.length}`,
    );

    const bad = outcomes.filter(({ status }) => typeof status !== 'number' || status < 200 || status >= 500 || (status >= 300 && status < 400));
    expect(bad.map(({ request, status }) => `${status}: ${request.label}`)).toEqual([]);
    // A wrong signature is refused whatever the body.
    expect(outcomes.filter(({ request, status }) => request.badSignature && status !== 401)).toEqual([]);
    expect(rejections).toEqual([]);
    // Alive and answering as before.
    expect(headerText((await slack.command('help', '')).response.body)).toBe('briefbot: cited answers from US–Japan economic security papers');
    // Flat within a generous bound: a leak per request would show as megabytes here (the test's own
    // record of log lines and replies grows too).
    expect(heapAfter - heapHalfway).toBeLessThan(32);
  });
});
