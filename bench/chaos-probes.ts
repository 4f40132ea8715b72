/**
 * The digest probes of `npm run chaos`: real processes on one database file, killed or locked out
 * at the worst moment. Each returns whether the rule held — one post per channel per day, on time
 * or reported — and what was seen.
 */
import { CHANNEL, ChaosRun, DUE, SETTINGS, sleep } from './chaos-support.js';

export interface ProbeResult {
  probe: string;
  passed: boolean;
  detail: string;
}

const SINCE = new Date('2030-01-01T00:00:00Z');

async function probe(name: string, leadMs: number, body: (run: ChaosRun) => Promise<Omit<ProbeResult, 'probe'>>): Promise<ProbeResult> {
  const run = new ChaosRun(leadMs);
  try {
    return { probe: name, ...(await body(run)) };
  } catch (error) {
    return { probe: name, passed: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    await run.cleanup();
  }
}

async function subscribe(run: ChaosRun): Promise<void> {
  const store = await run.store();
  await store.subscriptions.save(CHANNEL, SETTINGS, { now: SINCE, by: 'U1' });
  await store.close();
}

async function record(run: ChaosRun) {
  const store = await run.store();
  try {
    return await store.posts.latest(CHANNEL);
  } finally {
    await store.close();
  }
}

/** A process claims the day and is killed -9 while composing (claim written, nothing sent): another takes over after the lease and posts once. */
export const killedAfterClaim = (): Promise<ProbeResult> =>
  probe('kill -9 between claim and post', 5_000, async (run) => {
    await subscribe(run);
    const a = run.bot('a', 'compose');
    await a.waitFor((line) => line === 'CLAIMED');
    await a.kill('SIGKILL');
    const b = run.bot('b');
    await b.waitFor((line) => line === 'ready');
    await run.postsReach(1, 15_000);
    await sleep(2_000); // time for a second post, if there were to be one
    const posts = run.posts();
    const last = await record(run);
    const passed = posts.length === 1 && posts[0]?.by === 'b' && last?.state === 'posted' && last.owner === 'b';
    return { passed, detail: `${posts.length} post(s) by ${posts.map((p) => p.by).join(',') || 'nobody'}; record ${last?.state} by ${last?.owner}` };
  });

/** A process is killed -9 while the send is in flight: nobody sends again (it may have arrived); the day is reported instead. */
export const killedWhileSending = (): Promise<ProbeResult> =>
  probe('kill -9 during the send', 5_000, async (run) => {
    await subscribe(run);
    const a = run.bot('a', 'send');
    await a.waitFor((line) => line === 'SENDING');
    await a.kill('SIGKILL');
    const b = run.bot('b');
    await b.waitFor((line) => line === 'ready');
    await sleep(6_000); // past the 3 s lease, several ticks
    const posts = run.posts();
    const status = await b.command('status C1');
    const last = await record(run);
    const passed = posts.length === 0 && last?.state === 'unknown' && status.includes('may not have been posted');
    return { passed, detail: `${posts.length} re-send(s); record ${last?.state}; status: "${status.split('\n').at(-1)}"` };
  });

/** Another process holds the write lock from before the due minute to 4 s after it: the day posts once, after the lock goes. */
export const lockAcrossDueMinute = (): Promise<ProbeResult> =>
  probe('lock held across the due minute', 6_000, async (run) => {
    await subscribe(run);
    const bot = run.bot('a');
    await bot.waitFor((line) => line === 'ready');
    while (run.now() < DUE - 1_500) await sleep(50);
    const lock = run.lock(5_500);
    await lock.waitFor((line) => line === 'locked');
    const lockedAt = run.now();
    await lock.waitFor((line) => line === 'released');
    const releasedAt = run.now();
    await run.postsReach(1, 10_000);
    await sleep(1_000);
    const posts = run.posts();
    const at = posts[0] ? Date.parse(posts[0].at) : NaN;
    const passed = lockedAt < DUE && releasedAt > DUE && posts.length === 1 && at >= releasedAt - 300 && (await record(run))?.state === 'posted';
    return { passed, detail: `locked ${((lockedAt - DUE) / 1000).toFixed(1)} s to +${((releasedAt - DUE) / 1000).toFixed(1)} s around the due minute; ${posts.length} post(s), at +${((at - DUE) / 1000).toFixed(1)} s` };
  });

/** Subscribed through A, A stopped before the time: B, which never saw the command, posts on time and its status moves on. */
export const subscriptionMoves = (): Promise<ProbeResult> =>
  probe('subscription moves between processes', 9_000, async (run) => {
    await (await run.store()).close(); // the file exists before two processes open it
    const a = run.bot('a');
    const b = run.bot('b');
    await Promise.all([a.waitFor((line) => line === 'ready'), b.waitFor((line) => line === 'ready')]);
    const answer = await a.command('subscribe C1 09:00 UTC daily');
    await a.kill('SIGTERM');
    const stoppedBeforeDue = run.now() < DUE;
    await run.postsReach(1, 15_000);
    await sleep(1_000);
    const posts = run.posts();
    const status = await b.command('status C1');
    const at = posts[0] ? Date.parse(posts[0].at) : NaN;
    const passed =
      answer.includes('Subscribed') && stoppedBeforeDue && posts.length === 1 && posts[0]?.by === 'b' && at - DUE < 1_000 && status.includes('Next post: Tue 8 Jan 2030, 09:00');
    return { passed, detail: `${posts.length} post(s) by ${posts.map((p) => p.by).join(',') || 'nobody'} at +${((at - DUE) / 1000).toFixed(2)} s; B's status: "${status.split('\n').find((l) => l.startsWith('Next post')) ?? '?'}"` };
  });
