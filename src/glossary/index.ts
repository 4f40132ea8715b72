/** The glossary's one entry point: what Knowledge, the presentation layer, the CLI and the platforms use. */
export { buildGlossary } from './build.js';
export { loadCuratedGlossary } from './load-curated.js';
export { parseCuratedGlossary, type CuratedGlossary } from './parse-curated.js';
export { expandQuery, queryExpansions, type QueryExpansion } from './lookup/expand-query.js';
export { acronymJson, acronymsJson, entryJson, type AcronymJson, type EntryJson } from './lookup/json-contract.js';
export { lookup, type LookupResult } from './lookup/lookup-term.js';
export { glossaryPage, PAGE_SIZE, type GlossaryPage } from './lookup/pages.js';
export type { CuratedEntry, CuratedProblem, Glossary, GlossaryEntry, SentenceRef } from './types.js';
