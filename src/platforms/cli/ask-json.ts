import type { Answer } from '../../search/index.js';
import { citationText } from '../../present/citation-text.js';

/**
 * The `briefbot ask --json` contract. Keep it stable: scripts depend on it.
 * {"query", "answer": "found"|"possible"|"none", "confidence", "results": [{"doc","title","section","passage","excerpt","score","citation"}]}
 * "possible": the passages may be relevant, but none matches the whole question; "confidence" is
 * the best passage's, 0–1 (src/search/confidence.ts).
 */
export function answerJson(answer: Answer) {
  return {
    query: answer.query,
    answer: answer.answer,
    confidence: Math.round(answer.confidence * 1000) / 1000,
    results: answer.results.map((item) => ({
      doc: item.citation.doc,
      title: item.citation.title,
      section: item.citation.section,
      passage: item.hit.passage.text,
      excerpt: item.excerpt.text,
      score: Math.round(item.hit.score * 10_000) / 10_000,
      citation: citationText(item.citation),
    })),
  };
}
