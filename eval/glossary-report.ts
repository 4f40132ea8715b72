/**
 * `npx tsx eval/glossary-report.ts`: what the glossary makes of documents it was not tuned on.
 * Loads corpus/ together with ../shared/corpora/whitehouse-japan (read in place, never copied),
 * prints the entries drawn from those documents and the acronyms listed as never spelled out, then
 * the shipped corpus's answers for acronyms its papers define only in notes, bios or disclaimers.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/index.js';
import { buildGlossary, loadCuratedGlossary, lookup, type GlossaryEntry } from '../src/glossary/index.js';
import { projectPath } from '../src/shared/paths.js';
import { toolArgs } from './tool-args.js';

toolArgs(
  'eval/glossary-report',
  `Usage: npx tsx eval/glossary-report.ts
  Prints the glossary entries drawn from the shared whitehouse-japan documents (loaded with corpus/),
  the acronyms they use but never spell out, and the shipped papers' acronyms defined only outside
  the running text.
  --help   this text`,
  {},
);

const shared = projectPath('..', 'shared', 'corpora', 'whitehouse-japan');
const curated = loadCuratedGlossary(projectPath('corpus', 'glossary.yaml')).entries;
const shipped = loadCorpus(projectPath('corpus', 'documents')).documents;

function where(entry: GlossaryEntry): string {
  return entry.definitions.map((d) => `${d.doc}, ${d.place}`).join('; ');
}

if (existsSync(shared)) {
  const unseen = loadCorpus(shared).documents;
  const unseenFiles = new Set(unseen.map((d) => d.file));
  const glossary = buildGlossary([...shipped, ...unseen], curated);
  const fromUnseen = glossary.entries.filter((e) => e.definitions.some((d) => unseenFiles.has(d.doc)));
  console.log(`== ${unseen.length} documents from ${join('..', 'shared', 'corpora', 'whitehouse-japan')}, loaded with corpus/ (${shipped.length})`);
  console.log(`-- definitions drawn from them: ${fromUnseen.length}`);
  for (const entry of fromUnseen) {
    const definitions = entry.definitions.filter((d) => unseenFiles.has(d.doc));
    console.log(`  ${entry.acronym} = ${[...new Set(definitions.map((d) => d.longForm))].join(' | ')}   [${definitions.map((d) => `${d.pattern}, ${d.place}`).join('; ')}]`);
  }
  const never = glossary.entries.filter((e) => !e.defined && !e.curated?.expansion && e.usage.some((u) => unseenFiles.has(u.doc)));
  console.log(`-- used in them but never spelled out anywhere: ${never.length}`);
  console.log(`  ${never.map((e) => e.acronym).join(', ')}`);
} else {
  console.log(`skipped the unseen documents: ${shared} is absent`);
}

const glossary = buildGlossary(shipped, curated);
console.log(`== shipped corpus (${shipped.length} documents): acronyms defined only outside the running text`);
for (const term of ['CSIS', 'CISTEC', 'DOE', 'IOG', 'IISS']) {
  const result = lookup(glossary, term);
  if (result.entries.length === 0) {
    console.log(`  ${term}: not in the glossary (no paper defines or uses it)`);
    continue;
  }
  for (const entry of result.entries) {
    const meaning = entry.definitions[0]?.longForm ?? entry.curated?.expansion ?? 'never spelled out';
    console.log(`  ${term}: ${meaning}${entry.defined ? `  — ${where(entry)}` : ''}`);
  }
}
