import { acronymKey } from '../../shared/text/name-keys.js';
import { distinct, longFormsOf, type Draft } from './drafts.js';
import { sameMeaning } from './same-meaning.js';
import type { CuratedEntry, CuratedProblem } from '../types.js';

/**
 * The team's corrections over what extraction found. An expansion joins the entry it means (or the
 * used-not-defined entry for that acronym), else becomes a meaning of its own; a note joins every
 * entry of its acronym; `hide` drops entries — applied last, so a file order never matters.
 */
export function applyCurated(drafts: Draft[], curated: readonly CuratedEntry[], newId: () => string): { drafts: Draft[]; problems: CuratedProblem[] } {
  const problems: CuratedProblem[] = [];
  let out = [...drafts];
  for (const entry of curated.filter((e) => !e.hide)) {
    const key = acronymKey(entry.acronym);
    const sameKey = out.filter((d) => d.key === key);
    if (entry.expansion === undefined) {
      if (sameKey.length === 0) problems.push({ file: entry.file, line: entry.line, message: `note for ${entry.acronym}, which no paper uses: add an expansion too, or remove it` });
      for (const draft of sameKey) draft.curated = { expansion: draft.curated?.expansion ?? null, note: entry.note ?? null, file: entry.file };
      continue;
    }
    const expansion = entry.expansion;
    const target =
      sameKey.find((d) => longFormsOf(d).some((longForm) => sameMeaning(longForm, expansion))) ??
      sameKey.find((d) => d.definitions.length === 0 && !d.curated?.expansion);
    const curatedText = { expansion, note: entry.note ?? null, file: entry.file };
    if (target) target.curated = curatedText;
    else out.push({ id: newId(), key, acronym: entry.acronym, definitions: [], aliases: [], written: [], misspellings: [], curated: curatedText });
  }
  for (const entry of curated.filter((e) => e.hide)) {
    const key = acronymKey(entry.acronym);
    const expansion = entry.expansion;
    const hidden = out.filter(
      (d) =>
        d.key === key &&
        (expansion === undefined || distinct([...longFormsOf(d), d.curated?.expansion ?? '']).some((longForm) => longForm !== '' && sameMeaning(longForm, expansion))),
    );
    if (hidden.length === 0) problems.push({ file: entry.file, line: entry.line, message: `hide: nothing to hide, no entry for ${entry.acronym}${expansion ? ` meaning "${expansion}"` : ''}` });
    out = out.filter((d) => !hidden.includes(d));
  }
  return { drafts: out, problems: problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line) };
}
