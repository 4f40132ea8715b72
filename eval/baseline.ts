import MiniSearch from 'minisearch';
import { withoutMarkers, type CorpusDocument } from '../src/corpus/index.js';
import type { DevQuestion } from './dev-set.js';
import { containsPhrase } from './match.js';
import { RANK_DEPTH } from './metrics.js';

/** Off-the-shelf MiniSearch (default options) over the same passages: the bar to beat. */
export function baselineReport(documents: readonly CorpusDocument[], questions: readonly DevQuestion[]) {
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  const passages = documents.flatMap((d) => d.passages);
  mini.addAll(passages.map((p) => ({ id: p.id, text: withoutMarkers(p.text) })));
  const byId = new Map(passages.map((p) => [p.id, p]));
  const answerable = questions.filter((q) => q.phrase !== null);
  const ranks = answerable.map((q) => {
    const results = mini.search(q.q).slice(0, RANK_DEPTH);
    const index = results.findIndex((r) => {
      const passage = byId.get(String(r.id))!;
      return passage.doc === q.doc && containsPhrase(passage.text, q.phrase!);
    });
    return index < 0 ? null : index + 1;
  });
  const share = (n: number) => (answerable.length === 0 ? 0 : n / answerable.length);
  return {
    hitAt1: share(ranks.filter((r) => r === 1).length),
    hitAt3: share(ranks.filter((r) => r !== null && r <= 3).length),
    mrr: share(ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0)),
  };
}
