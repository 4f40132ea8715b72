import { turns } from './turns.js';

/** How long finished idle work waits before asking again whether there is more (a reload brings a new index to warm). */
export const RECHECK_MS = 10_000;

export interface IdleWork {
  /** No more steps start; one running finishes first. */
  stop(): void;
}

/**
 * Runs `step` a piece at a time while the bot waits for questions: one step per turn of the event
 * loop, in the same queue as answers (turns.ts), so a question asked meanwhile waits for one step
 * at most. `step` returns whether there is more to do; once it has none, it is asked again every
 * `recheckMs` (unref'd: the wait keeps no process alive), since what it works on can be replaced
 * (a reload's new search index). A step that throws stops the work: it is told to `onError`,
 * never to the bot's users, and answers go on without it.
 */
export function workWhileIdle(step: () => boolean, onError: (error: unknown) => void, recheckMs = RECHECK_MS): IdleWork {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const run = async () => {
    while (!stopped) {
      await turns.next();
      if (stopped) return;
      let more: boolean;
      try {
        more = step();
      } catch (error) {
        stopped = true;
        onError(error);
        return;
      }
      if (!more) {
        timer = setTimeout(() => void run(), recheckMs).unref();
        return;
      }
    }
  };
  void run();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
