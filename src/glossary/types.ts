/**
 * The glossary's plain data. Built once from the corpus (build.ts); lookups read it and never
 * touch the documents again.
 */

/**
 * A sentence of the corpus, with where it stands: enough to quote and cite it. Definitions stand
 * outside the running text too — an author bio spells out DOE, a note CSIS — so a sentence may
 * come from a note or a line the loader set apart (`CorpusDocument.removed`).
 */
export interface SentenceRef {
  /** Corpus file name. */
  doc: string;
  /** 1-based passage number within the document; null outside the running text. */
  passage: number | null;
  section: string | null;
  /** The sentence verbatim, footnote markers included. */
  sentence: string;
  /** Where it stands, as a citation says it: "passage 4", "note 12", "author bio", "disclaimer". */
  place: string;
}

/** Where a paper spells an acronym out. */
export interface Definition extends SentenceRef {
  /** The short form as written: "APIs", "CoRe", "R&D". */
  shortForm: string;
  /** The long form as written: "Ministry of Economy, Trade, and Industry". */
  longForm: string;
  /**
   * "long form (SF)", "SF (long form)", "long form, or SF", "long form — SF —", or the appositive
   * "SF, a … long form …" (AUKUS) and "SF, the long form".
   */
  pattern: 'long-short' | 'short-long' | 'long-or-short' | 'long-dash-short' | 'appositive';
}

/** Another name a paper introduces for the same thing: the economic “2+2 dialogue” for the EPCC. */
export interface Alias extends SentenceRef {
  /** The name as written, quotes removed: "economic 2+2 dialogue". */
  text: string;
}

/** How often one document mentions an entry, and where first. */
export interface Usage {
  doc: string;
  count: number;
  first: SentenceRef;
  /** Does the paper write the acronym itself, or only its long form or an alias (Tong never writes "EPCC")? */
  writesAcronym: boolean;
}

/** The team's own words from corpus/glossary.yaml: never presented as a quote. */
export interface CuratedText {
  expansion: string | null;
  note: string | null;
  /** The curated file's name, to say where the words come from. */
  file: string;
}

/** One meaning of one acronym. An acronym with two meanings (API) has two entries. */
export interface GlossaryEntry {
  /** Unique: the acronym, or "API (2)" for a second meaning. */
  id: string;
  /** The headword: singular ("MOU" for "MOUs"), as the papers capitalise it ("CoRe"). */
  acronym: string;
  /** True when some paper spells it out. */
  defined: boolean;
  /** Every place it is spelled out, earliest paper first. */
  definitions: Definition[];
  /** Distinct long forms as written ("US-Japan …", "Japan-US …"), earliest first. */
  longForms: string[];
  aliases: Alias[];
  /** Short forms as written other than the headword: plurals, dotted forms ("U.S."). */
  spellings: string[];
  /** Misspellings the corpus makes of the defined form ("FIRMMA" for "FIRRMA"). */
  misspellings: string[];
  /** Documents that mention it by any of its names, earliest paper first. */
  usage: Usage[];
  curated: CuratedText | null;
}

/** The searchable keys of the glossary (see lookup/build-index.ts). */
export interface LookupIndex {
  /** Compact key of a short form or a misspelling ("us", "rd", "firrma") → entry ids. */
  shortForms: ReadonlyMap<string, readonly string[]>;
  /** Content key of a long form, with and without its "US-Japan" prefix → entry ids. */
  longForms: ReadonlyMap<string, readonly string[]>;
  /** Content key of an alias ("economic 2 plus 2") → entry ids. */
  aliases: ReadonlyMap<string, readonly string[]>;
  /** The distinctive core of an alias ("2 plus 2") → entry ids, and the qualifiers the papers use for something else ("security"). */
  aliasCores: ReadonlyMap<string, { ids: readonly string[]; otherQualifiers: readonly string[] }>;
  /** Lower-case words the papers use as ordinary words ("core", "us"): such acronyms must be typed in capitals. */
  ordinaryWords: ReadonlySet<string>;
}

/** A document's facts the glossary needs for ordering and naming. */
export interface GlossaryDocument {
  file: string;
  title: string;
  published: string;
}

export interface Glossary {
  /** Sorted by acronym, case-insensitive. */
  entries: GlossaryEntry[];
  byId: ReadonlyMap<string, GlossaryEntry>;
  /** Earliest published first: the order "first occurs" and "earliest definition" refer to. */
  documents: GlossaryDocument[];
  index: LookupIndex;
  /** Curated entries that matched nothing (a hide or a note for an acronym no paper uses). */
  problems: CuratedProblem[];
}

/** One entry of corpus/glossary.yaml, validated. */
export interface CuratedEntry {
  acronym: string;
  expansion?: string;
  note?: string;
  /** Drop what extraction found for this acronym (or only the meaning `expansion` names). */
  hide?: boolean;
  /** File name and 1-based line, for messages. */
  file: string;
  line: number;
}

export interface CuratedProblem {
  file: string;
  line: number;
  message: string;
}
