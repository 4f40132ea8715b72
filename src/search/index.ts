/** The search's one entry point: the passage index, asking it a question, and citing what it finds. */
export { ask, MAX_QUESTION_LENGTH, type Answer } from './ask.js';
export type { FactKind } from './question-kind.js';
export type { TextRun } from './text-run.js';
export type { SearchOptions } from './options.js';
export { ANSWER_EVIDENCE_FOR_FOUND, confidenceOf, features as confidenceFeatures, mayBeFound, outcomeOf, signalOf, type ConfidenceModel, type ConfidenceSignal, type Outcome } from './confidence.js';
export { SearchIndex, type QueryExpansionTerms } from './search-index.js';
export { isFollowUp } from './follow-up.js';
export { withoutChatNoise as questionWords } from '../shared/text/chat-noise.js';
