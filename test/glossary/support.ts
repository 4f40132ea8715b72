import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import type { CommandContext } from '../../src/dispatch/types.js';
import { buildGlossary } from '../../src/glossary/build.js';
import { loadCuratedGlossary } from '../../src/glossary/load-curated.js';
import type { Glossary } from '../../src/glossary/types.js';
import { projectPath } from '../../src/shared/paths.js';
import { realKnowledge, testContext } from '../support/corpus.js';

/** The five real papers, loaded once per test file (read-only). */
let documents: CorpusDocument[] | undefined;
export function realDocuments(): CorpusDocument[] {
  documents ??= loadCorpus(projectPath('corpus', 'documents')).documents;
  return documents;
}

/** The glossary exactly as the bot builds it: the real papers and the real corpus/glossary.yaml. */
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

export function fixturePath(...parts: string[]): string {
  return projectPath('test', 'glossary', 'fixtures', ...parts);
}

/**
 * A command context whose knowledge carries the real glossary. Object.assign rather than a literal
 * so this compiles both before and after Knowledge gains its `glossary` field.
 */
export function glossaryContext(overrides: Partial<CommandContext> = {}): CommandContext {
  return testContext({ knowledge: Object.assign({}, realKnowledge(), { glossary: realGlossary() }), ...overrides });
}

/** Every sentence a reply may quote must be in a passage of the corpus, verbatim. */
export function isVerbatim(text: string): boolean {
  return realDocuments().some((document) => document.passages.some((passage) => passage.text.includes(text)));
}
