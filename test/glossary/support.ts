import { existsSync } from 'node:fs';
import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import type { CommandContext } from '../../src/dispatch/types.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { loadCuratedGlossary } from '../../src/glossary/load-curated.js';
import type { Glossary } from '../../src/glossary/types.js';
import { projectPath } from '../../src/shared/paths.js';
import { realKnowledge, SEED_DOCUMENTS, testContext } from '../support/corpus.js';

/**
 * The five papers as the figures in gold.ts were read off them: a copy in test/fixtures, so a
 * paper added to corpus/documents changes none of the pinned figures. Tests on corpus/ itself
 * check invariants instead (invariants.test.ts).
 */
let documents: CorpusDocument[] | undefined;
export function realDocuments(): CorpusDocument[] {
  documents ??= loadCorpus(SEED_DOCUMENTS).documents;
  return documents;
}

/** The glossary as the bot builds it, over the five papers: with the real corpus/glossary.yaml. */
let glossary: Glossary | undefined;
export function realGlossary(): Glossary {
  glossary ??= buildGlossary(realDocuments(), loadCuratedGlossary(projectPath('corpus', 'glossary.yaml')).entries);
  return glossary;
}

/** Extraction alone, with no curated entries. */
let extracted: Glossary | undefined;
export function extractedGlossary(): Glossary {
  extracted ??= buildGlossary(realDocuments());
  return extracted;
}

/** Whatever corpus/documents holds today, and the shared unseen documents when present. */
let shipped: CorpusDocument[] | undefined;
export function shippedDocuments(): CorpusDocument[] {
  shipped ??= loadCorpus(projectPath('corpus', 'documents')).documents;
  return shipped;
}

/** ../shared/corpora/whitehouse-japan, read in place; null (with the reason) when the folder is absent. */
export function unseenFolder(): string | null {
  const folder = projectPath('..', 'shared', 'corpora', 'whitehouse-japan');
  return existsSync(folder) ? folder : null;
}

export function fixturePath(...parts: string[]): string {
  return projectPath('test', 'glossary', 'fixtures', ...parts);
}

/**
 * A command context whose knowledge carries the five papers' glossary. Object.assign rather than
 * a literal so this compiles both before and after Knowledge gains its `glossary` field.
 */
export function glossaryContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return testContext({ knowledge: Object.assign({}, realKnowledge(), { glossary: realGlossary() }), ...overrides });
}

/** Every text of a document a glossary may quote: its passages, its notes and the lines set apart from the running text. */
export function quotableTexts(document: CorpusDocument): string[] {
  return [...document.passages.map((p) => p.text), ...Object.values(document.notes).map((n) => n.text), ...document.removed.map((r) => r.text)];
}

/** Every sentence a reply may quote must be in the corpus, verbatim: a passage, a note, a bio… */
export function isVerbatim(text: string, inDocuments: readonly CorpusDocument[] = realDocuments()): boolean {
  return inDocuments.some((document) => quotableTexts(document).some((quotable) => quotable.includes(text)));
}
