import { describe, expect, it } from 'vitest';
import { coordinateAscent, type Point } from '../../eval/coordinate-ascent.js';
import { FITTED_PARAMETERS, fitObjective, pointOf, settingOf } from '../../eval/fit-objective.js';
import type { SetFigures } from '../../eval/rank-settings.js';
import { SearchIndex } from '../../src/search/index.js';

const STEPS = [0, 0.5, 0.75, 1.33, 2];

describe('coordinate ascent', () => {
  it('finds the maximum of a separable objective reachable by its steps', () => {
    // Peaks at a = 4, b = 0.25 (from 1: ×2 ×2, and ×0.5 ×0.5); c at 0 stays 0.
    const objective = (p: Point) => -((p.a! - 4) ** 2) - Math.abs(Math.log(p.b! / 0.25)) - (p.c! - 1) ** 2;
    const fit = coordinateAscent({ a: 1, b: 1, c: 0 }, [{ name: 'a' }, { name: 'b' }, { name: 'c' }], objective, { steps: STEPS, margin: 0, rounds: 10 });
    expect(fit.best).toEqual({ a: 4, b: 0.25, c: 0 });
    expect(fit.value).toBe(objective({ a: 4, b: 0.25, c: 0 }));
    // Every round raised the objective or was the last; the last changed nothing.
    expect(fit.rounds.at(-1)!.changes).toEqual([]);
    for (const round of fit.rounds.slice(0, -1)) expect(round.to).toBeGreaterThan(round.from);
  });

  it('keeps no change that raises the objective by the margin or less', () => {
    // a = 2 is better by exactly 0.01, b = 0.5 by 0.02: with a margin of 0.01 only b moves.
    const objective = (p: Point) => (p.a === 2 ? 0.01 : 0) + (p.b === 0.5 ? 0.02 : 0);
    const fit = coordinateAscent({ a: 1, b: 1 }, [{ name: 'a' }, { name: 'b' }], objective, { steps: STEPS, margin: 0.01, rounds: 5 });
    expect(fit.best).toEqual({ a: 1, b: 0.5 });
    for (const round of fit.rounds) for (const change of round.changes) expect(change.value - round.from).toBeGreaterThan(0.01);
  });

  it('asks the objective once per distinct point and keeps within a maximum', () => {
    let calls = 0;
    const tried: number[] = [];
    const objective = (p: Point) => {
      calls += 1;
      return p.b!;
    };
    const fit = coordinateAscent({ b: 0.6 }, [{ name: 'b', max: 1 }], objective, { steps: STEPS, margin: 0, rounds: 5, tried: (p) => tried.push(p.b!) });
    expect(fit.best.b).toBe(1);
    expect(Math.max(...tried)).toBe(1);
    expect(calls).toBe(fit.evaluations);
    expect(new Set(tried).size).toBe(tried.length);
  });

  it('refuses a start without a value for a parameter', () => {
    expect(() => coordinateAscent({ a: 1 }, [{ name: 'b' }], () => 0, { steps: STEPS, margin: 0, rounds: 1 })).toThrow(/"b"/);
  });
});

describe('the ranking fit', () => {
  const figures = (configuration: string, set: string, mrr: number, hitAt3: number): SetFigures => ({ configuration, set, figures: { hitAt1: 0, hitAt3, mrr } });

  it('sums MRR and is penalised only past the allowed distractor drop', () => {
    const own = [figures('shipped', 'dev', 0.9, 0.95), figures('shipped', 'papers', 0.8, 0.9)];
    const within = [...own, figures('both', 'dev', 0.85, 0.95), figures('both', 'papers', 0.7, 0.895)];
    expect(fitObjective(within, 5)).toBeCloseTo(0.9 + 0.8 + 0.85 + 0.7, 10);
    const past = [...own, figures('both', 'dev', 0.85, 0.95), figures('both', 'papers', 0.7, 0.87)];
    expect(fitObjective(past, 5)).toBeCloseTo(0.9 + 0.8 + 0.85 + 0.7 - 5 * 0.02, 10);
  });

  it('reads and writes the fitted options, nested ones beside their siblings', () => {
    const options = new SearchIndex([]).options;
    const point = pointOf(options);
    expect(Object.keys(point)).toEqual(FITTED_PARAMETERS.map((p) => p.name));
    const setting = settingOf({ ...point, 'bm25.b': 0.75, coverageWeight: 3 }, options);
    expect(setting.bm25).toEqual({ ...options.bm25, b: 0.75 });
    expect(setting.boost).toEqual(options.boost);
    expect(setting.coverageWeight).toBe(3);
  });
});
