import type { Precision } from '../../src/timeline/types.js';

/**
 * The dated events in the five papers, listed by reading them (not by running the extractor):
 * each with words of its sentence, the date and how precise the text is. A year the text leaves
 * out is filled in as a reader would, from the paper's date and the words around it.
 */
export interface GoldEvent {
  doc: string;
  /** Words of the sentence that tells it. */
  phrase: string;
  date: string;
  precision: Precision;
}

const JA = 'jacobs-2023-economic-security-coordination-update.md';
const JB = 'jacobs-2023-us-japan-supply-chain-coordination.md';
const PR = 'pryor-2025-us-japanese-economic-security-policies.md';
const TO = 'togashi-2024-us-japan-gap-economic-security.md';
const TG = 'tong-2022-configuring-us-japan-alliance.md';

const e = (doc: string, phrase: string, date: string, precision: Precision): GoldEvent => ({ doc, phrase, date, precision });

/** Events the timeline must find, with this date and precision. */
export const EXPECTED: GoldEvent[] = [
  e(JA, 'In July 2022, US Secretary of State', '2022-07', 'month'),
  e(JA, 'in Tokyo on May 23, 2022', '2022-05-23', 'day'),
  e(JA, 'A January 2023 vice-ministerial meeting', '2023-01', 'month'),
  e(JA, 'first launched the group in November 2021', '2021-11', 'month'),
  e(JA, 'At the first ministerial-level JUCIP meeting in May 2022', '2022-05', 'month'),
  e(JA, 'In March 2023, the Japanese government released', '2023-03', 'month'),
  e(JA, 'export controls that were released in October 2022', '2022-10', 'month'),
  e(JA, 'In September 2023, the Department of Commerce released', '2023-09', 'month'),
  e(JA, 'JUCIP re-convened in May 2023', '2023-05', 'month'),
  e(JA, 'Japan Campus in September 2023', '2023-09', 'month'),
  e(JA, 'Science and Technology Agreement in 1988', '1988', 'year'),
  e(JA, 'In May 2019’s meeting', '2019-05', 'month'),
  e(JA, 'convened in Tokyo on May 16, 2023', '2023-05-16', 'day'),
  e(JA, 'In January 2023, the US, Japan, and the Netherlands', '2023-01', 'month'),
  e(JA, 'export control-related measures in 2023', '2023', 'year'),
  e(JA, 'continued in August 2023 when Prime Minister Kishida', '2023-08', 'month'),
  // Published October 2023, the meeting "scheduled to take place at the end of October" is that October's.
  e(JA, 'scheduled to take place at the end of October', '2023-10', 'month'),
  e(JA, 'coming to a close at the end of the year', '2023-12', 'month'),

  // Published December 2023: the November days without a year are November 2023.
  e(JB, 'Throughout November, senior Japanese officials', '2023-11', 'month'),
  e(JB, 'to Meet with President Joe Biden in May 2022', '2022-05', 'month'),
  e(JB, 'On November 14, US Secretary of State', '2023-11-14', 'day'),
  e(JB, 'as the 2024 presidential election draws near', '2024', 'year'),
  e(JB, 'On November 17, Prime Minister Kishida', '2023-11-17', 'day'),
  e(JB, 'foreign ministers met on November 26 in Busan', '2023-11-26', 'day'),
  e(JB, 'comes to a close at the end of the calendar year', '2023-12', 'month'),
  e(JB, 'In November, Prime Minister Kishida revealed', '2023-11', 'month'),
  e(JB, 'a state visit at some point in 2024', '2024', 'year'),
  e(JB, 'visited President Obama in 2015', '2015', 'year'),
  e(JB, 'in the November 2024 US presidential election', '2024-11', 'month'),
  e(JB, 'party leadership election in September 2024', '2024-09', 'month'),

  e(PR, 'published its own Economic Security Strategy in 2023', '2023', 'year'),
  e(PR, 'the concept was recast in 2014', '2014', 'year'),
  e(PR, 'In 2020 the Economic Security Unit', '2020', 'year'),
  e(PR, 'That same year, a policy committee', '2020', 'year'),
  e(PR, 'In 2021, Kishida was elected prime minister', '2021', 'year'),
  e(PR, 'underpin the 2022 Economic Security Promotion Act', '2022', 'year'),
  e(PR, 'shared strategy for semiconductors in 2022', '2022', 'year'),
  e(PR, 'which was launched in 2021', '2021', 'year'),
  e(PR, 'U.S. intelligence satellites in 1996', '1996', 'year'),
  e(PR, 'In December 2023, U.S. Steel announced', '2023-12', 'month'),
  e(PR, 'In January 2025, President Joe Biden blocked the merger', '2025-01', 'month'),
  e(PR, 'Indo-Pacific Strategy, launched in 2022', '2022', 'year'),

  // Published 5 March 2024, "last year in particular. In May, …": 2023.
  e(TO, 'In May, it hosted the Group of Seven Hiroshima Summit', '2023-05', 'month'),
  e(TO, 'at the Camp David Summit in August', '2023-08', 'month'),
  e(TO, 'In October, the Ministry of Economy, Trade and Industry released', '2023-10', 'month'),
  e(TO, 'In October 2022, the U.S. Department of Commerce effectively banned', '2022-10', 'month'),
  e(TO, 'export restrictions in July 2023', '2023-07', 'month'),
  e(TO, 'issued by the U.S. in October 2022', '2022-10', 'month'),
  e(TO, 'In August, the Biden administration released an executive order', '2023-08', 'month'),
  e(TO, 'In October, the U.S. updated the October 2022 regulations', '2023-10', 'month'),
  e(TO, 'In October, the U.S. updated the October 2022 regulations', '2022-10', 'month'),
  e(TO, 'And in December, the U.S. Commerce Department announced', '2023-12', 'month'),

  e(TG, 'visited Washington in April 2021', '2021-04', 'month'),
  e(TG, 'first substantive videoconference in January 2022', '2022-01', 'month'),
  e(TG, 'in June 2021 the Biden administration released a comprehensive report', '2021-06', 'month'),
  // Published 2022, before the invasion's first anniversary: 24 February 2022.
  e(TG, 'following Moscow’s February 24 invasion of Ukraine', '2022-02-24', 'day'),
  e(TG, 'The Diet passed a significant revision of the FTFEA in 2020', '2020', 'year'),
  e(TG, 'In 2019, the ruling Liberal Democratic Party', '2019', 'year'),
  e(TG, 'the April 2020 creation of an Economic Security Office', '2020-04', 'month'),
  e(TG, 'economic security team in July 2021', '2021-07', 'month'),
  e(TG, 'Upon becoming prime minister in October 2021', '2021-10', 'month'),
  e(TG, 'originally became law in 1979', '1979', 'year'),
  e(TG, 'Critical and Emerging Technologies List in February 2022', '2022-02', 'month'),
  e(TG, 'Holding Foreign Companies Accountable Act of 2020', '2020', 'year'),
  e(TG, 'was passed in 2018 to strengthen CFIUS oversight', '2018', 'year'),
  e(TG, 'Economic Powers Act (IEEPA) of 1977', '1977', 'year'),
  e(TG, 'Immigration and Nationality Act (INA) of 1965', '1965', 'year'),
  e(TG, 'WeChat and TikTok in the United States in 2020', '2020', 'year'),
  e(TG, 'the Japanese Diet passed a revision of FTFEA in 2020', '2020', 'year'),
  e(TG, 'Specially Designated Secrets (SDS) took effect in 2014', '2014', 'year'),
  e(TG, 'In November 2021, it was announced that Japan would provide a huge subsidy', '2021-11', 'month'),
  e(TG, 'In 2020, Japan\'s JETRO implemented', '2020', 'year'),
  e(TG, 'political disputes in 2019', '2019', 'year'),
  e(TG, 'Prime Minister Kishida assumed office in October 2021', '2021-10', 'month'),
  e(TG, 'approved by the Cabinet on February 25', '2022-02-25', 'day'),
  e(TG, 'phased in starting in April 2023', '2023-04', 'month'),
  e(TG, 'in this year’s autumn Diet session', '2022', 'year'),
  e(TG, 'starting in April 2024, Japan’s patent office', '2024-04', 'month'),
  e(TG, 'China’s 2010 rare earths embargo', '2010', 'year'),
  e(TG, 'the successor 1996 Wassenaar Arrangement', '1996', 'year'),
  e(TG, 'the 1974 Nuclear Suppliers Group', '1974', 'year'),
  e(TG, 'the 1985 Australia Group', '1985', 'year'),
  e(TG, 'the 1987 Missile Technology Control Regime', '1987', 'year'),
  e(TG, 'in 2014 the United States, Japan, and the EU jointly lodged', '2014', 'year'),
  e(TG, 'China dropped the quotas in 2015', '2015', 'year'),
  e(TG, 'In 2018, with a goal of reducing', '2018', 'year'),
  e(TG, 'to less than 50 percent by 2025', '2025', 'year'),
  e(TG, 'In September 2021, the Quad leaders committed', '2021-09', 'month'),
  e(TG, 'In December 2021, Japan, the United States, and Australia agreed', '2021-12', 'month'),
  e(TG, 'Committee initiative in January 2022', '2022-01', 'month'),
  e(TG, 'When she visited Tokyo in November 2021', '2021-11', 'month'),
  e(TG, 'President Biden\'s visit to Japan later this spring', '2022', 'year'),
];

/** Right if found, not required: second mentions of a dated thing, and years that name a thing. */
export const ACCEPTABLE: GoldEvent[] = [
  e(JA, 'Japan’s 2023 G7 Presidency', '2023', 'year'),
  e(JB, 'Joint Statement from November\'s EPCC', '2023-11', 'month'),
  e(PR, 'The recommendations in the 2020 report', '2020', 'year'),
  e(TG, 'Japan\'s 2022 Economic Security Legislation', '2022', 'year'),
  e(TG, 'Japan\'s new economic security legislation of 2022', '2022', 'year'),
  e(TG, 'the 2020 Covid-19 pandemic', '2020', 'year'),
  e(TG, 'the 2020 revisions of the FTFEA', '2020', 'year'),
  e(TG, 'this year\'s new Economic Security Law', '2022', 'year'),
  e(TG, 'the White House’s June 2021 report on supply chains', '2021-06', 'month'),
  // Counted from the paper's own date (5 March 2024): a summary of a year and a state of affairs, dated right.
  e(TO, 'Japan made a lot of achievements last year', '2023', 'year'),
  e(TO, 'As uncertainties grow this year', '2024', 'year'),
];

/** Dates in the prose that date no event: a statistic, a state of affairs, spans and decades. */
export const NOT_EVENTS: { doc: string; phrase: string }[] = [
  { doc: TG, phrase: 'As of September 2021' },
  { doc: TG, phrase: 'In 2020, some 22 percent' },
  { doc: PR, phrase: 'During 2022 and 2023' },
  { doc: TG, phrase: 'the 2010–12 period' },
  { doc: TG, phrase: 'from the 1960s until 1994' },
  { doc: TG, phrase: 'post-1945' },
];

export interface GoldNote {
  doc: string;
  noteId: string;
  date: string;
  precision: Precision;
}

const n = (doc: string, noteId: string, date: string): GoldNote => ({
  doc, noteId, date, precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
});

/** Publication dates in the notes ("Accessed March 27, 2022" is not one). */
export const NOTE_DATES: GoldNote[] = [
  n(JA, '1', '2022-05-23'), n(JA, '2', '2022-07-29'), n(JA, '3', '2023-01-13'), n(JA, '4', '2022-05-04'),
  n(JA, '5', '2022-05-04'), n(JA, '6', '2022-05-04'), n(JA, '7', '2022-12-01'), n(JA, '8', '2023-03-31'),
  n(JA, '9', '2023-05-25'), n(JA, '10', '2022-10'), n(JA, '11', '2020-07-23'), n(JA, '13', '2022-07-29'),
  n(JA, '14', '2023-05-26'), n(JA, '15', '2023-09-27'), n(JA, '16', '2019-08'), n(JA, '17', '2023-08-03'),
  n(JA, '18', '2020-06'), n(JA, '19', '2023-05-23'), n(JA, '20', '2023-05-26'), n(JA, '22', '2023-08-18'),
  n(JA, '23', '2022-11-02'),
  n(PR, '1', '2024'), n(PR, '2', '2023-06-19'), n(PR, '3', '2023-11-08'), n(PR, '4', '2023-07-11'),
  n(PR, '5', '2020-12-16'), n(PR, '7', '2023-07'), n(PR, '8', '2024-08-09'), n(PR, '10', '2023-11-14'),
  n(PR, '11', '2024-10-08'), n(PR, '12', '2024-10-24'), n(PR, '14', '2024-05-06'), n(PR, '15', '2023-04'),
  n(PR, '16', '2025-01-03'), n(PR, '17', '2022-02'), n(PR, '18', '2022'), n(PR, '19', '2025-01-06'),
  n(TG, '2', '2015'), n(TG, '3', '2021'), n(TG, '4', '2021-07-28'), n(TG, '5', '2020'), n(TG, '6', '2020-04-29'),
  n(TG, '7', '2022-02'), n(TG, '8', '2015-12-09'), n(TG, '9', '2021-10-15'), n(TG, '10', '2021'),
  n(TG, '11', '2021-01-25'), n(TG, '11', '2022-01-10'), n(TG, '13', '2020'), n(TG, '15', '2022-03'),
  n(TG, '16', '2020'), n(TG, '17', '2015-05-01'), n(TG, '19', '2021-03-12'), n(TG, '20', '2021-09-24'),
  n(TG, '21', '2021-12-12'),
];

export const DOCS = { JA, JB, PR, TO, TG };
