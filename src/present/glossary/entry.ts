import type { CorpusDocument } from '../../corpus/index.js';
import { notice, spans, text } from '../build.js';
import type { Block } from '../types.js';
import type { Glossary, GlossaryEntry } from '../../glossary/index.js';
import { excerpt } from './excerpt.js';

/**
 * What the entry stands for: the papers' long form, else the team's expansion, else null (nobody
 * spells it out). The one rule for every place that names a meaning: replies, Discord's suggestions.
 */
export function standsFor(entry: GlossaryEntry): { text: string; by: 'papers' | 'team' } | null {
  if (entry.definitions[0]) return { text: entry.definitions[0].longForm, by: 'papers' };
  if (entry.curated?.expansion) return { text: entry.curated.expansion, by: 'team' };
  return null;
}

/** What the entry stands for, in one line, saying whose words they are when not the papers'. */
export function meaningOf(entry: GlossaryEntry): string {
  const meaning = standsFor(entry);
  if (!meaning) return 'used in the papers, never spelled out';
  return meaning.by === 'team' ? `${meaning.text} (team's glossary)` : meaning.text;
}

/**
 * One meaning of an acronym: the defining sentence as a cited excerpt, where else it is spelled
 * out or called something else, the team's note, and which papers use it. Every quote is a
 * corpus sentence verbatim; the team's words are labelled as theirs.
 */
export function entryBlocks(entry: GlossaryEntry, glossary: Glossary, documents: ReadonlyMap<string, CorpusDocument>): Block[] {
  const title = (doc: string) => glossary.documents.find((d) => d.file === doc)?.title ?? doc;
  const blocks: (Block | null)[] = [spans({ text: entry.acronym, marked: true }, ` — ${meaningOf(entry)}`)];
  const [first, ...others] = entry.definitions;
  if (first) {
    blocks.push(excerpt(first, [first.shortForm, first.longForm], documents, 'Definition'));
    const elsewhere = others.filter((d, i) => others.findIndex((o) => o.doc === d.doc && o.longForm === d.longForm) === i);
    if (elsewhere.length > 0) {
      blocks.push(text('Also spelled out in:'), list(elsewhere.map((d) => `“${d.longForm}” — ${title(d.doc)}, ${d.place}`)));
    }
    const shown = new Set(entry.definitions.map((d) => d.longForm));
    const written = entry.longForms.filter((form) => !shown.has(form));
    if (written.length > 0) blocks.push(text(`Also written: ${written.map((form) => `“${form}”`).join(', ')}.`));
  } else if (entry.usage[0]) {
    blocks.push(excerpt(entry.usage[0].first, [entry.acronym, ...entry.spellings], documents, 'First use (no paper spells it out)'));
  }
  const [alias, ...moreAliases] = entry.aliases;
  if (alias) {
    blocks.push(excerpt(alias, [alias.text, ...alias.text.split(' ').filter((word) => /\d/.test(word))], documents, `Also called “${alias.text}”`));
    if (moreAliases.length > 0) blocks.push(list(moreAliases.map((a) => `Also called “${a.text}” — ${title(a.doc)}, ${a.place}`)));
  }
  if (entry.misspellings.length > 0) blocks.push(text(`Also misspelt in the papers as ${entry.misspellings.join(', ')}.`));
  if (entry.curated) {
    const said = [entry.curated.expansion && entry.definitions.length === 0 ? `stands for ${entry.curated.expansion}.` : '', entry.curated.note ?? ''];
    blocks.push(notice('info', `Team's glossary (${entry.curated.file}), not a quote: ${said.filter((s) => s !== '').join(' ')}`));
  }
  blocks.push(...usageBlocks(entry, title));
  return blocks.filter((block): block is Block => block !== null);
}

/** Which papers use it, by any of its names, and how much. */
function usageBlocks(entry: GlossaryEntry, title: (doc: string) => string): Block[] {
  if (entry.usage.length === 0) return [text('No paper uses it in its text.')];
  const defining = new Set(entry.definitions.map((d) => d.doc));
  const items = entry.usage.map((u) => `${title(u.doc)} — ${plural(u.count, 'sentence')}${defining.has(u.doc) ? ', spells it out' : ''}`);
  return [text(`Used in ${plural(entry.usage.length, 'paper')}:`), list(items)];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function list(items: string[]): Block {
  return { type: 'list', items: items.map((item) => [{ text: item }]) };
}
