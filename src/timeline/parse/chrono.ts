import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import { anaphoraParser, endOfYearParser, japaneseDateParser, relativeYearParser, seasonParser } from './phrase-parsers.js';

/**
 * chrono-node's casual English parser with the papers' own phrases added. Casual rather than
 * strict because strict reads no "July 2022" or "In November"; its relative dates ("now", "in
 * the coming months") are dropped later, since a paper's "now" is not ours.
 */
function build(): Chrono.Chrono {
  // Loaded on first use, not at start-up: chrono-node takes a fifth of a second to load, and
  // only the timeline needs it (the bot answers /ask without ever building the timeline).
  const chrono = createRequire(import.meta.url)('chrono-node') as typeof Chrono;
  const parser = chrono.casual.clone();
  parser.parsers.push(seasonParser, relativeYearParser, endOfYearParser, anaphoraParser, japaneseDateParser);
  return parser;
}

let parser: Chrono.Chrono | undefined;

export function dateParser(): Chrono.Chrono {
  parser ??= build();
  return parser;
}

/** chrono parsers whose results are calendar dates written in full or in part. */
export const CALENDAR_TAGS = [
  'parser/ENMonthNameParser',
  'parser/ENMonthNameMiddleEndianParser',
  'parser/ENMonthNameLittleEndianParser',
  'parser/ENYearMonthDayParser',
];
