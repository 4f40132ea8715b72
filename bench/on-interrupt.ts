/**
 * Clean-ups to run when a measuring tool is stopped with Ctrl-C or killed with SIGTERM. A `finally`
 * does not run when a signal ends the process, so without this a stopped `npm run bench:replicas`
 * left its PostgreSQL server running and `npm run chaos` its worker processes and temp folders.
 * The first signal runs every registered clean-up, then the process exits as the signal asks
 * (130 for SIGINT, 143 for SIGTERM); a second signal while they run exits at once.
 */
const cleanups = new Set<() => unknown>();
let stopping = false;

function stop(signal: NodeJS.Signals, code: number): void {
  if (stopping) process.exit(code);
  stopping = true;
  console.error(`\n${signal}: cleaning up before exiting`);
  const all = [...cleanups].map((cleanup) => Promise.resolve().then(cleanup));
  void Promise.allSettled(all).then(() => process.exit(code));
}

let listening = false;

/** Runs `cleanup` if the process is interrupted before the returned function is called. */
export function cleanUpOnInterrupt(cleanup: () => unknown): () => void {
  if (!listening) {
    listening = true;
    process.on('SIGINT', () => stop('SIGINT', 130));
    process.on('SIGTERM', () => stop('SIGTERM', 143));
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
