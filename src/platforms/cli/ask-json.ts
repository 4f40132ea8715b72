import type { Answer } from '../../search/index.js';
import { citationText } from '../../present/citation-text.js';

/**
 * The `briefbot ask --json` contract. Keep it stable: scripts depend on it.
 * {"query", "answer": "found"|"none", "results": [{"doc","title","section","passage","excerpt","score","citation"}]}
 */
export function answerJson(answer: Answer) {
  return {
    query: answer.query,
    answer: answer.answer,
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
