import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/config/config.js';
import { startPlatforms } from '../../../src/serve.js';
import { digestServices } from '../../../src/start.js';
import { ManualClock, recordingJobs } from '../../schedule/fakes.js';
import { tempStores } from '../../store/temp-store.js';
import { realKnowledge } from '../../support/corpus.js';
import { platformDeps } from '../../support/platform-deps.js';

/** `serve` owns the reloader's life with the platforms': started once they are up, stopped first, so no swap lands during shutdown. */
describe('serve and the reloader', () => {
  const stores = tempStores();
  afterEach(() => stores.cleanup());

  it('starts the reloader once serving, and stops it before the scheduler', async () => {
    const events: string[] = [];
    const jobs = recordingJobs();
    const config: Config = { corpusDir: 'corpus', databasePath: stores.path, color: false, chat: { slack: null, discord: null, admins: new Set(), rateLimitPerMinute: 20, logLevel: 'info', commandPrefix: '' } };
    const knowledge = realKnowledge();
    const serving = await startPlatforms({
      config,
      knowledge,
      services: digestServices(knowledge, stores.open()),
      logger: platformDeps().logger,
      clock: new ManualClock(new Date('2024-03-11T08:00:00Z')),
      jobs: jobs.factory,
      reloader: {
        start: () => events.push('reloader started'),
        stop: async () => {
          events.push(`reloader stopped; ticks live: ${jobs.live().length}`);
        },
      },
    });
    expect(events).toEqual(['reloader started']);
    await serving.stop();
    expect(events).toEqual(['reloader started', 'reloader stopped; ticks live: 1']);
    expect(jobs.live()).toEqual([]);
  });
});
