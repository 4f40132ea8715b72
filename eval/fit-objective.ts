import type { SearchOptions } from '../src/search/index.js';
import type { Parameter, Point } from './coordinate-ascent.js';
import { ALLOWED_HIT3_DROP } from './format.js';
import { distractorChanges, type SetFigures } from './rank-settings.js';

/**
 * What `eval/fit-ranking.ts` fits: the re-ranker's weights (rank.ts sums them) and the index's
 * BM25 parameters and field boosts. Left out: the text field's boost (the BM25 score is divided by
 * the best candidate's, so only the boosts' ratios count and the text's is the unit); the options
 * at 0 (a multiple of 0 stays 0); the counts and lengths (candidates, windows, budgets), which
 * decide what is looked at rather than how much it weighs.
 */
export const FITTED_PARAMETERS: readonly Parameter[] = [
  { name: 'coverageWeight' },
  { name: 'phraseWeight' },
  { name: 'proximityWeight' },
  { name: 'answerKindWeight' },
  { name: 'sectionWeight' },
  { name: 'neighbourWeight' },
  { name: 'shortPassageWeight' },
  { name: 'expansionWeight' },
  { name: 'bm25.k' },
  // BM25's length normalisation is a share: 1 discounts a long passage fully.
  { name: 'bm25.b', max: 1 },
  { name: 'bm25.d' },
  { name: 'boost.section' },
  { name: 'boost.title' },
];

/** The fitted parameters' values in `options`, named as in FITTED_PARAMETERS ("bm25.k"). */
export function pointOf(options: SearchOptions, parameters: readonly Parameter[] = FITTED_PARAMETERS): Point {
  return Object.fromEntries(
    parameters.map(({ name }) => {
      const [outer, inner] = name.split('.') as [keyof SearchOptions, string | undefined];
      const value = inner === undefined ? options[outer] : (options[outer] as unknown as Record<string, unknown>)[inner];
      if (typeof value !== 'number') throw new Error(`fit-ranking: search option "${name}" is not a number`);
      return [name, value];
    }),
  );
}

/** The search options a point stands for: `options` with the point's values put in, nested ones too. */
export function settingOf(point: Point, options: SearchOptions): Partial<SearchOptions> {
  const setting: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(point)) {
    const [outer, inner] = name.split('.') as [keyof SearchOptions, string | undefined];
    if (inner === undefined) setting[outer] = value;
    else setting[outer] = { ...(options[outer] as object), ...(setting[outer] as object | undefined), [inner]: value };
  }
  return setting as Partial<SearchOptions>;
}

/**
 * The fit's objective: the sum over (set, configuration) of MRR, less `penalty` times how far each
 * set's hit@3 falls past the allowed drop when the shared documents are beside its own corpus (the
 * eval's distractor figure: hit@3 may drop by at most ALLOWED_HIT3_DROP).
 */
export function fitObjective(results: readonly SetFigures[], penalty: number): number {
  const mrr = results.reduce((sum, r) => sum + r.figures.mrr, 0);
  const shortfall = distractorChanges(results).reduce((sum, c) => sum + Math.max(0, -ALLOWED_HIT3_DROP - c.hitAt3), 0);
  return mrr - penalty * shortfall;
}
