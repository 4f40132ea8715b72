/**
 * Lets waiting work start one piece per turn of the event loop, so the I/O between turns (new
 * requests to acknowledge) is never held up behind a backlog of answers. With plain setImmediate,
 * 200 commands acked in one turn would all run their searches back to back in the next, and
 * requests arriving meanwhile would wait for all of them: Slack's 3-second ack is what suffers.
 * One queue per process, since the event loop is one per process.
 */
class Turns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;

  /** Resolves on a later turn of the event loop, after the work queued before it. */
  next(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()?.();
      // Scheduled from within this turn's check phase, so it runs after the next poll for I/O.
      if (this.waiting.length > 0) this.schedule();
    });
  }
}

export const turns = new Turns();
