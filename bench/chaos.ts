/**
 * `npm run chaos`: the probes too slow for `npm test` — real processes on one database file,
 * killed -9 or locked out at the worst moment — printed as a table of passed/failed. Not part of
 * the suite: each probe waits for real seconds (the workers' clocks are shifted so the due minute
 * comes a few seconds after start, and their scheduler ticks every 250 ms instead of every minute).
 * Exits 1 if any probe failed.
 */
import { toolArgs } from '../eval/tool-args.js';
import { acksUnderLock } from './chaos-acks.js';
import { killedAfterClaim, killedWhileSending, lockAcrossDueMinute, subscriptionMoves, type ProbeResult } from './chaos-probes.js';

toolArgs(
  'npm run chaos',
  `Usage: npm run chaos
  Runs the failure probes too slow for the suite (real processes on one database, killed or locked out)
  and prints a table of each, passed or failed; exits 1 if any failed (about a minute).
  --help   this text`,
  {},
);

const probes = [killedAfterClaim, killedWhileSending, lockAcrossDueMinute, subscriptionMoves, acksUnderLock];

const results: ProbeResult[] = [];
for (const probe of probes) {
  const result = await probe();
  console.log(`${result.passed ? 'passed' : 'FAILED'}  ${result.probe}`);
  results.push(result);
}

const width = Math.max(...results.map((r) => r.probe.length));
console.log(`\n| ${'probe'.padEnd(width)} | result | detail |\n|${'-'.repeat(width + 2)}|--------|--------|`);
for (const r of results) console.log(`| ${r.probe.padEnd(width)} | ${r.passed ? 'passed' : 'FAILED'} | ${r.detail} |`);
process.exitCode = results.every((r) => r.passed) ? 0 : 1;
