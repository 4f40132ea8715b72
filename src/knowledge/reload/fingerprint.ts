import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files the knowledge is built from, as the loaders pick them (corpus/documents/*.md, glossary.yaml, events.yaml). */
export function sourceFiles(corpusDir: string): string[] {
  let documents: string[] = [];
  try {
    documents = readdirSync(join(corpusDir, 'documents'))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join('documents', name));
  } catch {
    // No documents folder: the fingerprint says so by listing none; the build reports it.
  }
  return [...documents, 'glossary.yaml', 'events.yaml'];
}

/**
 * A hash of every source file's name and content: equal fingerprints mean the same knowledge, so a
 * save without a change, a touch or an editor's swap file rebuilds nothing. A file that cannot be
 * read (gone, or being replaced) counts as absent.
 */
export function sourceFingerprint(corpusDir: string): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(corpusDir)) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(join(corpusDir, file)));
    } catch {
      hash.update('\0absent');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}
