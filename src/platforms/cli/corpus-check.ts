import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { documentShape, formatProblem, loadCorpus, parseDocument, shapeProblems, DocumentError, SHORT_WORDS, type DocumentShape, type LoadProblem } from '../../corpus/index.js';
import type { CliIo } from './io.js';

export interface CorpusCheckArgs {
  /** Files to check, anywhere on disk; none: every document of the corpus folder. */
  files: string[];
  json: boolean;
}

interface Checked {
  file: string;
  shape: DocumentShape | null;
  problems: LoadProblem[];
}

/** One file read and parsed as the loader would, with what went wrong. */
function checkFile(path: string): Checked {
  const file = basename(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : error instanceof TypeError ? 'not valid UTF-8 text: save the file as UTF-8' : String(error);
    return { file: path, shape: null, problems: [{ file: path, line: null, message, severity: 'error' }] };
  }
  try {
    const shape = documentShape(parseDocument(file, text));
    return { file, shape, problems: shapeProblems(shape) };
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { file, shape: null, problems: [{ file, line: error.line, message: error.message, severity: 'error' }] };
  }
}

function checkCorpus(documentsDir: string): Checked[] {
  const corpus = loadCorpus(documentsDir);
  const checked: Checked[] = corpus.documents.map((document) => {
    const shape = documentShape(document);
    return { file: document.file, shape, problems: corpus.problems.filter((problem) => problem.file === document.file) };
  });
  const skipped = corpus.problems.filter((problem) => problem.severity === 'error');
  return [...checked, ...skipped.map((problem) => ({ file: problem.file, shape: null, problems: [problem] }))];
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Passage ids as their numbers ("#3, #5"), the first ten, then how many more. */
function passageList(ids: readonly string[]): string {
  const numbers = ids.map((id) => id.slice(id.lastIndexOf('#')));
  return numbers.length > 10 ? `${numbers.slice(0, 10).join(', ')} and ${numbers.length - 10} more` : numbers.join(', ');
}

function describe(checked: Checked): string[] {
  const lines: string[] = [];
  const { shape } = checked;
  if (shape) {
    lines.push(`${shape.file}: ${plural(shape.passages, 'passage')}, ${plural(shape.sections, 'section')}, ${plural(shape.notes, 'note')}, ${plural(shape.words, 'word')}`);
    const removed = Object.entries(shape.removed).sort(([a], [b]) => a.localeCompare(b));
    if (removed.length > 0) lines.push(`  removed lines: ${removed.map(([category, n]) => `${category} ${n}`).join(', ')}`);
    if (shape.midSentence.length > 0) lines.push(`  passages starting mid-sentence: ${passageList(shape.midSentence)}`);
    if (shape.short.length > 0) lines.push(`  passages under ${SHORT_WORDS} words: ${passageList(shape.short)}`);
    if (shape.unreferencedNotes.length > 0) lines.push(`  notes never referenced: ${shape.unreferencedNotes.join(', ')}`);
  }
  for (const problem of checked.problems) lines.push(`  ${problem.severity === 'error' ? 'error' : 'warning'}: ${formatProblem(problem)}`);
  return lines;
}

/**
 * `briefbot corpus check [FILE…]`: what the loader makes of each document — passages, sections,
 * notes, words, the lines it removed by category — and what looks wrong. Exit code 1 when a
 * document would be skipped, so a script can refuse to add it.
 */
export function corpusCheckCli(args: CorpusCheckArgs, corpusDir: string, io: CliIo): number {
  const checked = args.files.length > 0 ? args.files.map(checkFile) : checkCorpus(join(corpusDir, 'documents'));
  if (args.json) io.out(JSON.stringify(checked));
  else for (const entry of checked) io.out(describe(entry).join('\n'));
  const skipped = checked.filter((entry) => entry.shape === null).length;
  const warned = checked.filter((entry) => entry.problems.some((problem) => problem.severity === 'warning')).length;
  io.err(`${plural(checked.length, 'document')} checked: ${skipped} would be skipped, ${warned} with warnings.`);
  return skipped > 0 ? 1 : 0;
}
