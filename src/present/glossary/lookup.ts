import type { CorpusDocument } from '../../corpus/index.js';
import { notice, text } from '../build.js';
import type { Block, Reply, ReplyButton } from '../types.js';
import { lookup, type Glossary, type GlossaryEntry, type LookupResult } from '../../glossary/index.js';
import { entryBlocks, meaningOf } from './entry.js';

/**
 * `/acronym <term>`: every meaning of the term, or a plain "not in the glossary" with the nearest
 * entries — and, where the papers never write the acronym but name what its letters spell
 * (`spelledName`, "Inflation Reduction Act" for IRA), that name, to search for.
 */
export function lookupReply(glossary: Glossary, documents: ReadonlyMap<string, CorpusDocument>, term: string, spelledName: string | null = null): Reply {
  const result = lookup(glossary, term);
  if (result.entries.length === 0) return unknownReply(result, spelledName);
  const blocks: Block[] = [];
  const how = howFound(result);
  if (how) blocks.push(notice('info', how));
  result.entries.forEach((entry, i) => {
    if (result.entries.length > 1) blocks.push(text(`Meaning ${i + 1} of ${result.entries.length}:`));
    blocks.push(...entryBlocks(entry, glossary, documents));
  });
  if (result.suggestions.length > 0) blocks.push(text(`Also close: ${result.suggestions.map((e) => e.acronym).join(', ')}.`));
  const acronyms = [...new Set(result.entries.map((e) => e.acronym))];
  const title = result.entries.length > 1 ? `${acronyms.join(' / ')}: ${result.entries.length} meanings` : `${acronyms[0]}: ${meaningOf(result.entries[0]!)}`;
  return { title, blocks, buttons: suggestionButtons(result.suggestions), visibility: 'ephemeral', shareable: true };
}

function howFound(result: LookupResult): string | null {
  const names = [...new Set(result.entries.map((e) => e.acronym))].join(' / ');
  if (result.match === 'long form') return `“${result.term}” is the long form of ${names}.`;
  if (result.match === 'alias') return `“${result.term}” is another name for ${names}.`;
  if (result.match === 'typo') return `Nothing is spelled “${result.term}”; the closest entry is ${names}.`;
  const misspelt = result.entries.some((e) => e.misspellings.some((form) => form.toLowerCase() === result.term.toLowerCase()));
  if (misspelt) return `“${result.term}” is a misspelling the papers make of ${names}.`;
  return null;
}

function unknownReply(result: LookupResult, spelledName: string | null): Reply {
  const blocks: Block[] = [notice('warning', `“${result.term}” is not in the glossary: no paper defines or uses it.`)];
  const search: ReplyButton[] = [];
  if (spelledName !== null) {
    blocks.push(text(`Its letters spell a name the papers do use: ${spelledName}. It may stand for that; /ask searches for it.`));
    search.push({ id: 'ask-name', label: `Ask: ${spelledName}`, command: 'ask', args: { question: spelledName } });
  }
  if (result.suggestions.length > 0) {
    blocks.push(text('Closest entries:'), {
      type: 'list',
      items: result.suggestions.map((entry) => [{ text: entry.acronym, marked: true }, { text: ` — ${meaningOf(entry)}` }]),
    });
  }
  blocks.push(text('Type /acronym alone for the whole glossary, or /ask to search the papers.'));
  return { title: 'Not in the glossary', blocks, buttons: [...search, ...suggestionButtons(result.suggestions)], visibility: 'ephemeral' };
}

/** One button per suggestion, id the acronym in lower case so the terminal can type it ("/jucip"). */
function suggestionButtons(suggestions: readonly GlossaryEntry[]): ReplyButton[] {
  const acronyms = [...new Set(suggestions.map((entry) => entry.acronym))].slice(0, 3);
  return acronyms.map((acronym) => ({ id: acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-'), label: acronym, command: 'acronym', args: { term: acronym } }));
}
