/** The glossary's one entry point: what Knowledge, the presentation layer, the CLI and the platforms use. */
export { buildGlossary } from './build.js';
export { loadCuratedGlossary } from './load-curated.js';
export { queryExpansions } from './lookup/expand-query.js';
export { acronymJson, acronymsJson } from './lookup/json-contract.js';
export { lookup, type LookupResult } from './lookup/lookup-term.js';
export { glossaryPage } from './lookup/pages.js';
export type { CuratedEntry, Glossary, GlossaryEntry, SentenceRef } from './types.js';
