import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { formatProblem, loadCorpus } from '../../corpus/index.js';
import { compose, documentText, type Overrides } from './compose.js';
import { findDuplicate } from './duplicates.js';
import { extractText } from './extract-text.js';
import { documentFileName } from './file-name.js';
import { AddError, type Extracted } from './types.js';

export interface AddOptions extends Overrides {
  /** The corpus folder (documents go into its documents/). */
  corpusDir: string;
  /** Say what would be written, write nothing. */
  dryRun?: boolean;
}

export interface AddResult {
  /** Where the document was (or, on a dry run, would be) written. */
  path: string;
  text: string;
  written: boolean;
  inferred: string[];
  check: string[];
  /** Passages the loader makes of it: what /ask can quote. */
  passages: number;
  /** The loader's warnings about it (it loads anyway). */
  warnings: string[];
}

/**
 * The file types `add` reads, and the kind a document of that type is when nothing says otherwise.
 * The PDF and HTML readers (pdfjs-dist, Readability, linkedom) are imported when a file needs
 * them: loaded with the rest, they cost every other command, `briefbot ask` included, about 0.4 s
 * of start-up.
 */
const TYPES: Record<string, { kind: string; read: (file: string, path: string) => Promise<Extracted> | Extracted }> = {
  '.md': { kind: 'document', read: (file, path) => extractText(file, readUtf8(file, path)) },
  '.markdown': { kind: 'document', read: (file, path) => extractText(file, readUtf8(file, path)) },
  '.txt': { kind: 'document', read: (file, path) => extractText(file, readUtf8(file, path)) },
  '.html': { kind: 'web page', read: async (file, path) => (await import('./extract-html.js')).extractHtml(file, readUtf8(file, path)) },
  '.htm': { kind: 'web page', read: async (file, path) => (await import('./extract-html.js')).extractHtml(file, readUtf8(file, path)) },
  '.pdf': { kind: 'report', read: async (file, path) => (await import('./extract-pdf.js')).extractPdf(file, new Uint8Array(readFileSync(path))) },
};

export const ADDABLE_TYPES = Object.keys(TYPES);

function readUtf8(file: string, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    if (error instanceof TypeError) throw new AddError(`${file}: not UTF-8 text: save it as UTF-8 and add it again`);
    throw error;
  }
}

/** How the loader reads the new document: checked in a folder of its own before anything is written to the corpus. */
function loadAlone(name: string, text: string): { passages: number; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-add-'));
  try {
    writeFileSync(join(dir, name), text);
    const corpus = loadCorpus(dir);
    const error = corpus.problems.find((problem) => problem.severity === 'error');
    if (error || corpus.documents.length === 0) {
      throw new AddError(`the corpus loader cannot read the result: ${error ? formatProblem(error) : 'no document'}; nothing was written`);
    }
    return { passages: corpus.documents[0]!.passages.length, warnings: corpus.problems.map(formatProblem) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A name not taken yet: the same author, year and title words as another document get -2, -3… */
function freeName(dir: string, name: string): string {
  let candidate = name;
  for (let n = 2; existsSync(join(dir, candidate)); n++) candidate = name.replace(/\.md$/, `-${n}.md`);
  return candidate;
}

/**
 * Add one file to the corpus: read it by its type, fill the project's front matter from what it
 * says, refuse a duplicate, check the loader reads the result, then write it whole (a temporary
 * name the loader ignores, renamed into place) so a watching bot never sees half a document.
 */
export async function addDocument(path: string, options: AddOptions): Promise<AddResult> {
  const type = TYPES[extname(path).toLowerCase()];
  if (!type) throw new AddError(`${path}: cannot add a "${extname(path) || 'no extension'}" file: briefbot add reads ${ADDABLE_TYPES.join(', ')}`, 2);
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new AddError(`${path}: file not found`);
  if (!stat.isFile()) throw new AddError(`${path}: not a file`);
  const documentsDir = join(options.corpusDir, 'documents');
  if (!statSync(documentsDir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new AddError(`${documentsDir}: the corpus has no documents folder: give the corpus with --corpus DIR`);
  }

  const extracted = await type.read(path, path);
  // Before anything else is asked of the file: a duplicate is the answer, whatever else it lacks.
  const duplicate = findDuplicate(documentsDir, extracted.body, options.url ?? extracted.hints.url?.value ?? null);
  if (duplicate) throw new AddError(`${path}: already in the corpus as ${join(documentsDir, duplicate.file)} (${duplicate.reason}); nothing was written`);
  const composed = compose(path, extracted, options, type.kind);

  const text = documentText(composed, extracted.body);
  const name = freeName(documentsDir, documentFileName(composed.frontMatter.authors[0]!, composed.frontMatter.published, composed.frontMatter.title));
  const loaded = loadAlone(name, text);
  const target = join(documentsDir, name);
  if (!options.dryRun) {
    const partial = join(documentsDir, `.${name}.partial`);
    try {
      writeFileSync(partial, text, { flag: 'wx' });
      renameSync(partial, target);
    } finally {
      rmSync(partial, { force: true });
    }
  }
  return { path: target, text, written: !options.dryRun, inferred: composed.inferred, check: composed.check, ...loaded };
}
