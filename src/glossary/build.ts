import type { CorpusDocument } from '../corpus/types.js';
import { aliasesIn } from './assemble/introduced-aliases.js';
import { applyCurated } from './assemble/apply-curated.js';
import { definitionsIn } from './extract/definitions.js';
import { draftFromSense, namesOf, type Draft } from './assemble/drafts.js';
import { finishEntries } from './assemble/finish-entries.js';
import { buildIndex } from './lookup/build-index.js';
import { MentionFinder } from './extract/mentions.js';
import { headword, senses } from './assemble/senses.js';
import { longFormSpellings } from './assemble/long-form-spellings.js';
import { corpusSentences, glossaryDocuments, inPublicationOrder } from './extract/corpus-sentences.js';
import { isAcronymShaped } from '../shared/text/acronym-tokens.js';
import type { CuratedEntry, Glossary } from './types.js';
import { scanUndefined } from './extract/undefined-acronyms.js';
import { countUsage } from './assemble/usage.js';

/**
 * The glossary, from the papers themselves (no hand-typed master list) plus the team's curated
 * file. Pure: the documents and curated entries are passed in, and it runs once at start-up.
 */
export function buildGlossary(documents: readonly CorpusDocument[], curated: readonly CuratedEntry[] = []): Glossary {
  const ordered = inPublicationOrder(documents);
  const sentences = corpusSentences(ordered);
  let counter = 0;
  const newId = () => `draft-${(counter += 1)}`;

  const drafts: Draft[] = senses(sentences.flatMap(definitionsIn)).map((sense) => draftFromSense(sense, newId()));
  const definedIds = new Set(drafts.map((d) => d.id));
  for (const { id, alias } of aliasesIn(sentences, new MentionFinder(drafts.map(namesOf)), definedIds)) {
    drafts.find((d) => d.id === id)!.aliases.push(alias);
  }

  const scan = scanUndefined(sentences, new Set(drafts.map((d) => d.key)));
  for (const draft of drafts) draft.misspellings = scan.misspellings.get(draft.key) ?? [];
  for (const [key, written] of scan.undefined) {
    drafts.push({ id: newId(), key, acronym: headword(acronymShaped(written)), definitions: [], aliases: [], written, misspellings: [], curated: null });
  }

  const { drafts: final, problems } = applyCurated(drafts, curated, newId);
  const finder = new MentionFinder(final.map(namesOf));
  const texts = [...sentences.map((ref) => ref.sentence), ...ordered.flatMap((document) => document.sections)];
  const entries = finishEntries(final, countUsage(sentences, finder), longFormSpellings(texts, finder));
  return {
    entries,
    byId: new Map(entries.map((entry) => [entry.id, entry])),
    documents: glossaryDocuments(ordered),
    index: buildIndex(entries, sentences),
    problems,
  };
}

/** "COVID-19" over "Covid-19" for the headword, when the papers write both. */
function acronymShaped(written: readonly string[]): string[] {
  const shaped = written.filter(isAcronymShaped);
  return shaped.length > 0 ? shaped : [...written];
}
