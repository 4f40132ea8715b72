// The glossary's only I/O: reading the curated file once at start-up (core code stays pure).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseCuratedGlossary, type CuratedGlossary } from './parse-curated.js';

/** Read and validate corpus/glossary.yaml. A missing file is an empty glossary with a problem, not a crash. */
export function loadCuratedGlossary(path: string): CuratedGlossary {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error);
    return { entries: [], problems: [{ file, line: 1, message: `cannot read the curated glossary (${reason}): the bot runs without the team's additions` }] };
  }
  return parseCuratedGlossary(text, file);
}
