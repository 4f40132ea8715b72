/**
 * `npx tsx eval/corpus-shape.ts [FOLDER…]`: what the loader makes of a folder of documents, per
 * document and in total — passages, the share that start mid-sentence (a lower-case letter or no
 * sentence start at all: the mark of a paragraph cut at a wrapped line), sections per passage,
 * words lost (in the body but in no passage, note, section or named removed line) and passages
 * under 20 words. Default folder: ../shared/corpora/whitehouse-japan. `--sample N` reads only
 * every k-th file so that about N are read (for whitehouse-2022).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bodyOf, countWords, lostWords, parseDocument } from '../src/corpus/index.js';
import { projectPath } from '../src/shared/paths.js';
import { failWith, toolArgs } from './tool-args.js';

const USAGE = `Usage: npx tsx eval/corpus-shape.ts [FOLDER…] [options]   (default folder: ../shared/corpora/whitehouse-japan)
  --sample N   read only every k-th file, so that about N are read
  --quiet      totals only, no line per document
  --help       this text`;
const { values, positionals } = toolArgs('eval/corpus-shape', USAGE, { sample: { type: 'string' }, quiet: { type: 'boolean' } }, true);
const folders = positionals.length > 0 ? positionals : [projectPath('..', 'shared', 'corpora', 'whitehouse-japan')];

/** A passage that starts where no sentence starts: lower case, or punctuation that continues one. */
function startsMidSentence(text: string): boolean {
  const first = text.replace(/^[\s*_]+/, '')[0] ?? '';
  return !/[\p{Lu}\p{N}"“‘'([¿$£€#\u3040-\u9fff]/u.test(first);
}

interface Row { file: string; passages: number; mid: number; sections: number; lost: number; short: number; lostSample: string }

const sample = values.sample === undefined ? undefined : Number(values.sample);
if (sample !== undefined && !(Number.isInteger(sample) && sample > 0)) failWith('eval/corpus-shape', USAGE)(`--sample must be a whole number above 0, not "${values.sample}"`);

const rows: Row[] = [];
for (const folder of folders) {
  let files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
  if (sample !== undefined && files.length > sample) {
    const step = files.length / sample;
    files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]!);
  }
  for (const file of files) {
    const text = readFileSync(join(folder, file), 'utf8');
    try {
      const document = parseDocument(file, text);
      const lost = lostWords(bodyOf(text), document);
      rows.push({
        file,
        passages: document.passages.length,
        mid: document.passages.filter((p) => startsMidSentence(p.text)).length,
        sections: document.sections.length,
        lost: [...lost.values()].reduce((a, b) => a + b, 0),
        short: document.passages.filter((p) => countWords(p.text) < 20).length,
        lostSample: [...lost.keys()].slice(0, 8).join(' '),
      });
    } catch (error) {
      console.log(`${basename(file)}: skipped, ${(error as Error).message}`);
    }
  }
}

const sum = (key: 'passages' | 'mid' | 'sections' | 'lost' | 'short') => rows.reduce((a, r) => a + r[key], 0);
if (!values.quiet) {
  console.log('passages  mid-sent  sections  lost  <20w  file');
  for (const r of rows) {
    const cells = [r.passages, r.mid, r.sections, r.lost, r.short].map((n, i) => String(n).padStart(i === 0 ? 8 : 8));
    console.log(`${cells.join('  ')}  ${r.file.slice(0, 70)}${r.lost > 0 ? `  lost: ${r.lostSample}` : ''}`);
  }
}
const passages = sum('passages');
console.log(`documents ${rows.length}  passages ${passages} (${(passages / rows.length).toFixed(1)} per document)`);
console.log(`starting mid-sentence ${sum('mid')} (${((100 * sum('mid')) / passages).toFixed(1)}%)  sections ${sum('sections')} (${(sum('sections') / passages).toFixed(2)} per passage)`);
console.log(`words lost ${sum('lost')}  passages under 20 words ${sum('short')} (${((100 * sum('short')) / passages).toFixed(1)}%)`);
