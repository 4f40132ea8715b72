import { definitionsIn } from '../extract/definitions.js';
import { MentionFinder } from '../extract/mentions.js';
import { scanUndefined } from '../extract/undefined-acronyms.js';
import { isRunningText } from '../extract/corpus-sentences.js';
import { isAcronymShaped } from '../../shared/text/acronym-tokens.js';
import type { CuratedEntry, CuratedProblem, GlossaryEntry, SentenceRef } from '../types.js';
import { applyCurated } from './apply-curated.js';
import { draftFromSense, namesOf, type Draft } from './drafts.js';
import { finishEntries } from './finish-entries.js';
import { aliasesIn } from './introduced-aliases.js';
import { longFormSpellings } from './long-form-spellings.js';
import { headword, senses } from './senses.js';
import { countUsage } from './count-usage.js';

/**
 * What the papers define, name and merely use, grouped into one entry per meaning, with the
 * team's curated corrections applied. `texts` are the sentences plus the section headings, where
 * long forms are spelled too.
 */
export function assembleEntries(
  sentences: readonly SentenceRef[],
  texts: readonly string[],
  curated: readonly CuratedEntry[],
): { entries: GlossaryEntry[]; problems: CuratedProblem[] } {
  let counter = 0;
  const newId = () => `draft-${(counter += 1)}`;

  const drafts: Draft[] = senses(sentences.flatMap(definitionsIn)).map((sense) => draftFromSense(sense, newId()));
  const definedIds = new Set(drafts.map((d) => d.id));
  for (const { id, alias } of aliasesIn(sentences, new MentionFinder(drafts.map(namesOf)), definedIds)) {
    drafts.find((d) => d.id === id)!.aliases.push(alias);
  }

  const scan = scanUndefined(sentences.filter(isRunningText), new Set(drafts.map((d) => d.key)));
  for (const draft of drafts) draft.misspellings = scan.misspellings.get(draft.key) ?? [];
  for (const [key, written] of scan.undefined) {
    drafts.push({ id: newId(), key, acronym: headword(acronymShaped(written)), definitions: [], aliases: [], written, misspellings: [], curated: null });
  }

  const { drafts: final, problems } = applyCurated(drafts, curated, newId);
  const finder = new MentionFinder(final.map(namesOf));
  return { entries: finishEntries(final, countUsage(sentences, finder), longFormSpellings(texts, finder)), problems };
}

/** "COVID-19" over "Covid-19" for the headword, when the papers write both. */
function acronymShaped(written: readonly string[]): string[] {
  const shaped = written.filter(isAcronymShaped);
  return shaped.length > 0 ? shaped : [...written];
}
