import * as chrono from 'chrono-node';
import { anaphoraParser, endOfYearParser, japaneseDateParser, relativeYearParser, seasonParser } from './phrase-parsers.js';

/**
 * chrono-node's casual English parser with the papers' own phrases added. Casual rather than
 * strict because strict reads no "July 2022" or "In November"; its relative dates ("now", "in
 * the coming months") are dropped later, since a paper's "now" is not ours.
 */
function build(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push(seasonParser, relativeYearParser, endOfYearParser, anaphoraParser, japaneseDateParser);
  return parser;
}

export const dateParser = build();

/** chrono parsers whose results are calendar dates written in full or in part. */
export const CALENDAR_TAGS = [
  'parser/ENMonthNameParser',
  'parser/ENMonthNameMiddleEndianParser',
  'parser/ENMonthNameLittleEndianParser',
  'parser/ENYearMonthDayParser',
];
