import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/shared/paths.js';

/** A corpus file as the loader reads it: its name and its text. */
export interface SourceFile {
  folder: string;
  file: string;
  text: string;
}

const SHARED = projectPath('..', 'shared', 'corpora');

function read(folder: string, files: string[]): SourceFile[] {
  return files.map((file) => ({ folder, file, text: readFileSync(join(folder, file), 'utf8') }));
}

/** The shipped papers: every file in corpus/documents, whatever is added there. */
export function shippedDocuments(): SourceFile[] {
  const folder = projectPath('corpus', 'documents');
  return read(folder, readdirSync(folder).filter((f) => f.endsWith('.md')).sort());
}

/**
 * A shared corpus (../shared/corpora/<name>, see its README), every file or every k-th so about
 * `sample` are read. Empty, with the reason printed, only when the folder is absent: it is present
 * on CI and on the team's machines, so these tests normally run.
 */
export function sharedDocuments(name: 'whitehouse-japan' | 'whitehouse-2022', sample?: number): SourceFile[] {
  const folder = join(SHARED, name);
  if (!existsSync(folder)) {
    console.warn(`skipping the shared corpus ${name}: ${folder} is absent`);
    return [];
  }
  let files = readdirSync(folder).filter((f) => f.endsWith('.md')).sort();
  if (sample !== undefined && files.length > sample) {
    const step = files.length / sample;
    files = Array.from({ length: sample }, (_, i) => files[Math.floor(i * step)]!);
  }
  return read(folder, files);
}
