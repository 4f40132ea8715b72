import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duplicateTitles } from './duplicate-titles.js';
import { DocumentError, parseDocument } from './parse-document.js';
import { documentShape, shapeProblems } from './shape.js';
import type { Corpus, CorpusDocument, LoadProblem } from './types.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Read every `*.md` in `dir`. A bad document is reported (file, line, reason) and skipped; the
 * rest load. Runs once at start-up and on reload, never per question.
 */
export function loadCorpus(dir: string): Corpus {
  const documents: CorpusDocument[] = [];
  const problems: LoadProblem[] = [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(error);
    return { documents, problems: [{ file: dir, line: null, message: `cannot read the corpus: ${reason}`, severity: 'error' }] };
  }
  for (const file of files) {
    let text: string;
    try {
      text = decoder.decode(readFileSync(join(dir, file)));
    } catch (error) {
      const message = error instanceof TypeError ? 'not valid UTF-8 text: save the file as UTF-8' : String(error);
      problems.push({ file, line: null, message, severity: 'error' });
      continue;
    }
    try {
      const document = parseDocument(file, text);
      problems.push(...missingNoteProblems(file, document.unresolvedMarkers, document.meta.notesMissing));
      problems.push(...shapeProblems(documentShape(document)));
      documents.push(document);
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      problems.push({ file, line: error.line, message: error.message, severity: 'error' });
    }
  }
  problems.push(...duplicateTitles(documents));
  return { documents, problems };
}

/**
 * A marker without its note is warned about, unless the front matter records that the source lacks
 * it (`notes_missing`); a recorded gap that is no longer one (the note was added) is warned about too.
 */
function missingNoteProblems(file: string, unresolved: readonly string[], recorded: readonly string[]): LoadProblem[] {
  const problems: LoadProblem[] = unresolved
    .filter((id) => !recorded.includes(id))
    .map((id) => ({
      file,
      line: null,
      message: `footnote marker ${id} has no note in the text`,
      severity: 'warning',
      advice: `answers quote that passage without its source. If the paper has the note, add it to the file's notes; if the paper lacks it too, record that in the front matter (notes_missing: [${id}]) and this warning stops.`,
    }));
  for (const id of recorded.filter((id) => !unresolved.includes(id))) {
    problems.push({ file, line: null, message: `notes_missing lists ${id}, but the text has no marker ${id} without its note: remove it from notes_missing`, severity: 'warning' });
  }
  return problems;
}

/** One line for the reader: where, what, and what became of it (an error skips the document), or what to do. */
export function formatProblem(problem: LoadProblem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  if (problem.severity === 'error') return `${where}: skipped, ${problem.message}`;
  return problem.advice === undefined ? `${where}: ${problem.message}` : `${where}: ${problem.message}, so ${problem.advice}`;
}
