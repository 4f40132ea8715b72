/**
 * `npx tsx eval/timeline-report.ts [FOLDER…]`: the timeline built from corpus/ plus other folders
 * of documents (default ../shared/corpora/whitehouse-japan), printing every event a source of
 * which comes from those folders — date, kind, whether it is expected, and the sentence — so a
 * person can read the dates and count the wrong ones. `--shipped PATTERN` (repeatable) prints
 * the shipped corpus's events whose title or sentences match PATTERN instead.
 */
import { loadCorpus } from '../src/corpus/index.js';
import { projectPath } from '../src/shared/paths.js';
import { buildTimeline, loadTeamEvents, type TimelineEvent } from '../src/timeline/index.js';
import { toolArgs } from './tool-args.js';

const USAGE = `Usage: npx tsx eval/timeline-report.ts [FOLDER…] [--shipped PATTERN…]   (default folder: ../shared/corpora/whitehouse-japan)
  --shipped PATTERN   the shipped corpus's events whose title or sentences match PATTERN (repeatable), instead of the folders' events
  --help              this text`;
const { values, positionals } = toolArgs('eval/timeline-report', USAGE, { shipped: { type: 'string', multiple: true } }, true);
// The shipped corpus alone when asked about its events; with the shared documents otherwise.
const folders = positionals.length > 0 ? positionals : values.shipped !== undefined ? [] : [projectPath('..', 'shared', 'corpora', 'whitehouse-japan')];
const shipped = loadCorpus(projectPath('corpus', 'documents'));
const extra = folders.flatMap((folder) => loadCorpus(folder).documents);
const extraFiles = new Set(extra.map((d) => d.file));
const team = loadTeamEvents(projectPath('corpus', 'events.yaml'));
const timeline = buildTimeline([...shipped.documents, ...extra], team.events);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 220);
const expected = (event: TimelineEvent) => ('expected' in event && (event as { expected?: boolean }).expected ? ' EXPECTED' : '');

function print(event: TimelineEvent): void {
  console.log(`${event.date.padEnd(10)} ${event.kind.padEnd(11)}${expected(event)}  ${event.title}`);
  for (const s of event.sources) console.log(`    ${s.doc.slice(0, 40)} #${s.passage ?? '-'} [${s.phrase}${s.yearInferred ? `; ${s.yearInferred}` : ''}] ${oneLine(s.quote)}`);
  if (event.disagreement) console.log(`    ! ${event.disagreement}`);
}

if (values.shipped !== undefined) {
  for (const word of values.shipped) {
    const pattern = new RegExp(word, 'i');
    const hits = timeline.events.filter((e) => e.sources.some((s) => !extraFiles.has(s.doc)) && (pattern.test(e.title) || e.sources.some((s) => pattern.test(s.quote))));
    console.log(`## /${word}/: ${hits.length} events`);
    hits.forEach(print);
  }
} else {
  const events = timeline.events.filter((e) => e.sources.some((s) => extraFiles.has(s.doc)));
  for (const e of events) print(e);
  const perDoc = new Map<string, number>();
  for (const e of events) for (const doc of new Set(e.sources.map((s) => s.doc))) if (extraFiles.has(doc)) perDoc.set(doc, (perDoc.get(doc) ?? 0) + 1);
  console.log(`\n${events.length} events with a source in ${folders.join(', ')} (${extra.length} documents)`);
  for (const [doc, n] of [...perDoc].sort()) console.log(`  ${String(n).padStart(3)}  ${doc}`);
  const unresolved = timeline.unresolved.filter((u) => extraFiles.has(u.doc));
  console.log(`\n${unresolved.length} date phrases left out, with why:`);
  for (const u of unresolved) console.log(`  ${u.doc.slice(0, 40)} #${u.passage} "${u.phrase}": ${u.reason}`);
}
