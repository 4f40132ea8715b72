import type { Component, Parser } from 'chrono-node';

/**
 * Date phrases the papers use that chrono-node does not read: seasons ("later this spring"),
 * "this year's autumn Diet session", "the end of the calendar year", "that same year", and
 * Japanese dates in notes ("2023年3月31日"). These parsers only recognise the words; the year they
 * stand for is worked out in infer-year.ts from the document's own date, in one place.
 */

export const TAG_RELATIVE = 'briefbot/relative:'; // + year offset from publication: -1, 0, 1
export const TAG_SEASON = 'briefbot/season:'; // + season name
export const TAG_END_OF_YEAR = 'briefbot/end-of-year';
export const TAG_ANAPHORA = 'briefbot/anaphora';
const TAG_EXPLICIT = 'briefbot/explicit';

const OFFSETS: ReadonlyMap<string, number> = new Map([['last', -1], ['this', 0], ['next', 1]]);

function season(name: string): string {
  const lower = name.toLowerCase();
  return lower === 'fall' ? 'autumn' : lower;
}

/** "later this spring", "last winter", "spring 2022", "autumn of 2023". */
export const seasonParser: Parser = {
  pattern: () => /\b(?:(?:later|early|earlier|late)\s+)?(?:(this|last|next)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b/i,
  extract: (context, match) => {
    const [text, relative, name, year] = match;
    if (name === undefined) return null;
    const index = match.index ?? 0;
    if (year !== undefined) {
      return context.createParsingResult(index, text, { year: Number(year) }).addTags([TAG_SEASON + season(name), TAG_EXPLICIT]);
    }
    if (relative === undefined) return null; // a bare "spring" dates nothing
    const offset = OFFSETS.get(relative.toLowerCase()) ?? 0;
    return context.createParsingResult(index, text, {}).addTags([TAG_SEASON + season(name), TAG_RELATIVE + offset]);
  },
};

/** "this year's autumn Diet session", "last year's report". */
export const relativeYearParser: Parser = {
  pattern: () => /\b(this|last|next)\s+year['’]s(?:\s+(spring|summer|autumn|fall|winter))?\b/i,
  extract: (context, match) => {
    const offset = OFFSETS.get((match[1] ?? '').toLowerCase()) ?? 0;
    const tags = [TAG_RELATIVE + offset];
    if (match[2] !== undefined) tags.push(TAG_SEASON + season(match[2]));
    return context.createParsingResult(match.index ?? 0, match[0], {}).addTags(tags);
  },
};

/** "at the end of the calendar year": December of the year the text speaks from. */
export const endOfYearParser: Parser = {
  pattern: () => /\bend\s+of\s+the\s+(?:calendar\s+)?year\b/i,
  extract: (context, match) =>
    context.createParsingResult(match.index ?? 0, match[0], { month: 12 }).addTags([TAG_END_OF_YEAR, TAG_RELATIVE + 0]),
};

/** "That same year", "the same year": the year written last before it. */
export const anaphoraParser: Parser = {
  pattern: () => /\b(?:that|the)\s+same\s+year\b|\bthat\s+year\b/i,
  extract: (context, match) => context.createParsingResult(match.index ?? 0, match[0], {}).addTag(TAG_ANAPHORA),
};

/** "2023年3月31日", "2022年5月" in Japanese sources. */
export const japaneseDateParser: Parser = {
  pattern: () => /((?:19|20)\d{2})年(\d{1,2})月(?:(\d{1,2})日)?/,
  extract: (context, match) => {
    const components: Partial<Record<Component, number>> = { year: Number(match[1]), month: Number(match[2]) };
    if (match[3] !== undefined) components.day = Number(match[3]);
    return context.createParsingResult(match.index ?? 0, match[0], components).addTag(TAG_EXPLICIT);
  },
};
