import { loadConfiguration } from '/work/wt-ranking/eval/load-configuration.js';
import { CONFIGURATIONS, QUESTION_SETS, questionSetPath } from '/work/wt-ranking/eval/sets.js';
import { readDevSet } from '/work/wt-ranking/eval/dev-set.js';
import { splitOf } from '/work/wt-ranking/eval/split.js';
import { containsPhrase } from '/work/wt-ranking/eval/match.js';
import { questionWords } from '/work/wt-ranking/src/search/index.js';
const cfgName = process.argv[2] ?? 'shipped';
const setName = process.argv[3] ?? 'papers';
const split = process.argv[4] ?? 'tuning';
const cfg = CONFIGURATIONS.find(c => c.name === cfgName)!;
const k = loadConfiguration(cfg, () => {});
const qs = readDevSet(questionSetPath(setName));
for (const q of qs) {
  if (q.style === 'none' || splitOf(q.q) !== split) continue;
  const words = questionWords(q.q);
  const hits = k.search.find(words, 10, k.expand(words));
  const right = (p: any) => p.doc === q.doc && containsPhrase(p.text, q.phrase!);
  const i = hits.findIndex(h => right(h.passage));
  if (i === 0) continue;
  console.log(`\n### rank=${i < 0 ? '-' : i + 1} ${q.q}`);
  console.log(`   want ${q.doc}: "${q.phrase}"`);
  hits.slice(0, 3).forEach((h, j) => console.log(`   ${j + 1}. s=${h.score.toFixed(2)} c=${h.coverage.toFixed(2)} ${h.passage.id} [${h.passage.section ?? ''}] ${h.passage.text.slice(0, 110).replace(/\n/g, ' ')}`));
  if (i > 0) { const h = hits[i]; console.log(`   *${i+1}. s=${h.score.toFixed(2)} c=${h.coverage.toFixed(2)} ${h.passage.id} ${h.passage.text.slice(0,110)}`); }
}
