import { existsSync } from 'node:fs';
import { projectPath } from '../src/shared/paths.js';

/** The corpora questions are asked about: the shipped papers, and shared real documents read in place. */
export const CORPUS_FOLDERS = {
  shipped: projectPath('corpus', 'documents'),
  // The shared corpora are never copied into the repository (../shared/corpora/README.md).
  'whitehouse-japan': projectPath('..', 'shared', 'corpora', 'whitehouse-japan'),
  // Every White House release of 2022, ~95x the papers' text: the benchmark's real large corpus.
  'whitehouse-2022': projectPath('..', 'shared', 'corpora', 'whitehouse-2022'),
} as const;

export type CorpusName = keyof typeof CORPUS_FOLDERS;

export interface QuestionSetInfo {
  name: string;
  /** The corpus whose documents the questions are about. */
  corpus: CorpusName;
  about: string;
}

/** test/fixtures/questions/<name>.jsonl, each about one corpus. */
export const QUESTION_SETS: readonly QuestionSetInfo[] = [
  { name: 'dev', corpus: 'shipped', about: 'the first 90, written while the search was tuned: none of them is unseen' },
  { name: 'papers', corpus: 'shipped', about: 'written apart from the code, by readers of the five papers' },
  { name: 'whitehouse-japan', corpus: 'whitehouse-japan', about: 'written apart from the code, on the shared White House documents' },
  { name: 'fresh', corpus: 'shipped', about: 'written apart from the code by a reader of the five papers, before seeing any reply (session 22)' },
  { name: 'fresh2', corpus: 'shipped', about: 'written apart from the code by a second reader of the five papers, before seeing any reply, after the fresh round (session 22)' },
  { name: 'fresh3', corpus: 'shipped', about: 'written apart from the code by a third reader of the five papers, before seeing any reply, with more near misses (session 27)' },
  { name: 'whitehouse-fresh', corpus: 'whitehouse-japan', about: 'written apart from the code by a reader of the shared White House documents, before seeing any reply, with more near misses (session 27)' },
];

export function questionSetPath(name: string): string {
  return projectPath('test', 'fixtures', 'questions', `${name}.jsonl`);
}

/**
 * What `npm run eval` scores: each configuration indexes some corpora and asks every set whose
 * corpus is among them, so the shipped questions are also asked with the shared documents as
 * distractors.
 */
export interface CorpusConfiguration {
  name: string;
  corpora: readonly CorpusName[];
}

export const CONFIGURATIONS: readonly CorpusConfiguration[] = [
  { name: 'shipped', corpora: ['shipped'] },
  { name: 'shipped + whitehouse-japan', corpora: ['shipped', 'whitehouse-japan'] },
];

/**
 * The papers among every White House release of 2022 (~95× their text): where the posting budget
 * binds, as it does in a real large corpus. The benchmark's large real corpus, and what
 * `eval/sweep.ts --at-scale` asks the shipped questions over. Not in CONFIGURATIONS: its index takes
 * seconds to build and the confidence model is calibrated on the corpora the bot ships with.
 */
export const AT_SCALE: CorpusConfiguration = { name: 'shipped + whitehouse-2022', corpora: ['shipped', 'whitehouse-2022'] };

/** Why a configuration cannot run here (a shared corpus folder missing), or null. */
export function unavailable(configuration: CorpusConfiguration): string | null {
  const missing = configuration.corpora.filter((name) => !existsSync(CORPUS_FOLDERS[name]));
  return missing.length === 0 ? null : `${missing.map((name) => CORPUS_FOLDERS[name]).join(', ')} not found`;
}
