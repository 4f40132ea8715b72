/**
 * Coordinate ascent over named numeric parameters, the plain learning-to-rank search for a handful
 * of weights (Metzler & Croft, "Linear feature-based models for information retrieval", 2007):
 * in each round every parameter in turn is multiplied by each step factor, the others held; the
 * best value is kept only if it beats the current objective by more than `margin`, so that a
 * change worth one question's rank — noise on a few hundred questions — does not drive the fit.
 * Rounds stop when one changes nothing. Multiplicative steps keep each weight's sign and scale; a
 * parameter at 0 stays at 0 (every multiple of 0 is 0), which is how a method turned off stays off.
 */
export type Point = Readonly<Record<string, number>>;

export interface Parameter {
  name: string;
  /** The largest value allowed (a share, BM25's b): a step past it tries the maximum instead. */
  max?: number;
}

export interface AscentOptions {
  /** Factors each parameter is multiplied by, 0 among them to try turning a method off. */
  steps: readonly number[];
  /** How much a change must raise the objective to be kept. */
  margin: number;
  rounds: number;
  /** Told of every point tried (after its objective is known), for a progress log. */
  tried?: (point: Point, value: number) => void;
}

export interface Change {
  name: string;
  from: number;
  to: number;
  /** The objective after the change. */
  value: number;
}

export interface Round {
  round: number;
  /** The objective at the round's start and end. */
  from: number;
  to: number;
  changes: Change[];
}

export interface AscentResult {
  start: number;
  best: Point;
  value: number;
  rounds: Round[];
  /** Distinct points whose objective was computed. */
  evaluations: number;
}

export function coordinateAscent(start: Point, parameters: readonly Parameter[], objective: (point: Point) => number, options: AscentOptions): AscentResult {
  for (const { name } of parameters) if (typeof start[name] !== 'number') throw new Error(`coordinate ascent: the start has no value for "${name}"`);
  // A point reached twice (×0.5 then ×2) is not asked again: each costs a full pass over the questions.
  const known = new Map<string, number>();
  const valueOf = (point: Point) => {
    const key = JSON.stringify(Object.keys(point).sort().map((name) => [name, point[name]]));
    let value = known.get(key);
    if (value === undefined) {
      value = objective(point);
      known.set(key, value);
      options.tried?.(point, value);
    }
    return value;
  };
  let best = { ...start };
  let value = valueOf(best);
  const first = value;
  const rounds: Round[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const from = value;
    const changes: Change[] = [];
    for (const { name, max } of parameters) {
      const current = best[name]!;
      const tried = [...new Set(options.steps.map((step) => roundValue(Math.min(current * step, max ?? Infinity))))].filter((v) => v !== current);
      let bestHere: { to: number; value: number } | null = null;
      for (const to of tried) {
        const v = valueOf({ ...best, [name]: to });
        if (bestHere === null || v > bestHere.value) bestHere = { to, value: v };
      }
      if (bestHere !== null && bestHere.value > value + options.margin) {
        changes.push({ name, from: current, to: bestHere.to, value: bestHere.value });
        best = { ...best, [name]: bestHere.to };
        value = bestHere.value;
      }
    }
    rounds.push({ round, from, to: value, changes });
    if (changes.length === 0) break;
  }
  return { start: first, best, value, rounds, evaluations: known.size };
}

/** Four significant digits: 0.15 × 1.33 is 0.1995, not 0.19950000000000001, in the log and in options.ts. */
function roundValue(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(4));
}
