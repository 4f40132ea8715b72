/** The glossary's public face: what Knowledge, the CLI, search and /acronym use. */
export { buildGlossary } from './build.js';
export { parseCuratedGlossary, type CuratedGlossary } from './parse-curated.js';
export { expandQuery, queryExpansions, type QueryExpansion } from './lookup/expand-query.js';
export { acronymJson, acronymsJson, entryJson, type AcronymJson, type EntryJson } from './lookup/json-contract.js';
export { loadCuratedGlossary } from './load-curated.js';
export { lookup, type LookupResult } from './lookup/lookup-term.js';
export type { CuratedEntry, CuratedProblem, Glossary, GlossaryEntry } from './types.js';
