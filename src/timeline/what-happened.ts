import { acronyms } from './similarity.js';

/**
 * What a telling says happened, for telling whether two sentences tell one event when their words
 * differ ("Raimondo met Hagiuda and announced a Japan-U.S. Commercial and Industrial Partnership
 * (JUCIP)" and "DOC and METI first launched the group in November 2021"): the kind of act, the
 * names it involves, and the countries acting. Word overlap alone cannot see these are one launch,
 * and sees two events of one month in the same country's words as one.
 */
export interface WhatHappened {
  /** Kinds of act: "launch", "meet", "restrict"… from the verbs and nouns that tell it. */
  acts: Set<string>;
  /** Distinctive names: acronyms as written (JUCIP, EPCC) and the initials of capitalised names. */
  names: Set<string>;
  /** The countries acting or acted on, whatever the spelling ("U.S.", "American", "Washington"). */
  countries: Set<string>;
}

// Chosen on the shipped papers and checked on the White House fact sheets and transcripts
// (eval/timeline-report.ts): general English for each kind of act, no event's own words.
const ACTS: [string, RegExp][] = [
  ['launch', /\b(?:launch(?:ed|es|ing)?|establish(?:ed|es|ing|ment)?|creat(?:ed|es|ion)|set\s+up|inaugura\w*|found(?:ed|ing)|form(?:ed|ation)|announced\s+(?:a|an|the)\s+(?:new\s+)?[“"A-Z])/i],
  ['meet', /\b(?:met|meet(?:s|ing|ings)?|convened?|re-?convened|summit|talks|visit(?:ed|s)?|hosted|ministerial)\b/i],
  ['restrict', /\b(?:export\s+(?:controls?|restrictions?|curbs?|bans?)|bann?(?:ed|s)?\s+exports?|(?:regulations?|rules?|controls?)\s+on\s+[\w\s-]*exports?|restrict(?:ed|s|ions?)?|sanctions?|embargo)\b/i],
  ['enact', /\b(?:enact(?:ed|ment)|passed|took\s+effect|came\s+into\s+force|signed\s+into\s+law|promulgat\w+)\b/i],
  ['agree', /\b(?:signed|agreed|agreement|concluded|memorandum)\b/i],
  ['publish', /\b(?:published|report|strategy|white\s+paper|fact\s+sheet|joint\s+statement)\b/i],
];

const COUNTRIES: [string, RegExp][] = [
  ['us', /\b(?:U\.?S\.?A?\b|United\s+States|America(?:n|ns)?\b|Washington\b)/],
  ['jp', /\b(?:Japan(?:ese)?|Tokyo)\b/],
  ['cn', /\b(?:China|Chinese|Beijing|PRC)\b/],
  ['kr', /\b(?:South\s+Korea|Korea|Korean|ROK|Seoul)\b/],
  ['eu', /\b(?:European\s+Union|EU|Brussels)\b/],
  ['ru', /\b(?:Russia|Russian|Moscow)\b/],
  ['nl', /\b(?:Netherlands|Dutch)\b/],
];

/** A capitalised name ending in what institutions, agreements and meetings are called. */
const INSTITUTION = /(?:[A-Z][\w.’'-]*\s+(?:(?:of|and|for|on|the)\s+)?)+(?:Partnership|Committee|Council|Commission|Agreement|Act|Framework|Dialogue|Initiative|Group|Summit|Strategy|Law|Programm?e?|Forum|Mechanism|Treaty|Arrangement|Consultations?|Conference|Meeting)\b/g;

const COUNTRY_NAMES = /^(?:u\.?s\.?a?|usa?|eu|prc|rok|us-japan|u\.s\.-japan|japan-us|japan-u\.s\.)$/i;

export function whatHappened(text: string): WhatHappened {
  const acts = new Set(ACTS.filter(([, pattern]) => pattern.test(text)).map(([act]) => act));
  const countries = new Set(COUNTRIES.filter(([, pattern]) => pattern.test(text)).map(([name]) => name));
  const written = [...text.matchAll(/\b[A-Z][A-Z0-9]{2,}s?\b/g)].map((m) => m[0].replace(/s$/, '').toLowerCase());
  // Names of things, not of people: "Prime Minister Kishida" met many people in November.
  const names = new Set([...written, ...institutionNames(text)].filter((name) => !COUNTRY_NAMES.test(name)));
  return { acts, names, countries };
}

const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** The initials of the institutions, agreements and meetings a text names: "the COVAX AMC Summit" → "cas". */
export function institutionNames(text: string): Set<string> {
  return new Set([...text.matchAll(INSTITUTION)].flatMap((m) => acronyms(m[0])));
}

/** The institutions a title names, as written: "the next Global COVID-19 Summit" → "global covid-19 summit". */
function namedInstitutions(title: string): Set<string> {
  return new Set([...title.matchAll(INSTITUTION)].map((m) => m[0].replace(/^(?:The|A|An|This|That|Its|Their|Our)\s+/, '').toLowerCase()));
}

/** Two titles that each name a summit, act or committee, and not the same one, tell two events. */
export function namesDiffer(titleA: string, titleB: string): boolean {
  const [a, b] = [namedInstitutions(titleA), namedInstitutions(titleB)];
  return a.size > 0 && b.size > 0 && !shares(a, b);
}

/**
 * Two tellings whose dates agree tell one event when they name the same rare thing and do the same
 * kind of act to it, or when one's date names that very thing ("November's EPCC", which needs no
 * act); or when the act is one a country does rarely (export controls, a law) and the same country
 * does it. `rare` says whether a name is distinctive enough (few tellings use it); `dated` holds
 * the names a date names, right after it.
 */
export function sameHappening(a: WhatHappened, b: WhatHappened, dated: Set<string>, rare: (name: string) => boolean): boolean {
  const commonNames = [...a.names].filter((name) => b.names.has(name) && rare(name));
  if (commonNames.length > 0 && (shares(a.acts, b.acts) || commonNames.some((name) => dated.has(name)))) return true;
  const rareAct = ['restrict', 'enact'].some((act) => a.acts.has(act) && b.acts.has(act));
  return rareAct && shares(a.countries, b.countries);
}
