import type { Knowledge } from '../src/knowledge/knowledge.js';
import type { ConfidenceModel } from '../src/search/index.js';
import { leaveOneDocumentOut, leaveOneUnanswerableOut, type DocumentFigures } from './calibrate.js';
import type { DevQuestion } from './dev-set.js';
import { evaluate, summarize, thresholdDisagreements, type Figures, type QuestionOutcome } from './metrics.js';
import type { CorpusConfiguration } from './sets.js';

export type SplitChoice = 'tuning' | 'test' | 'all';

export interface LoadedSet {
  name: string;
  questions: DevQuestion[];
}

export interface SetRow {
  set: string;
  split: SplitChoice;
  /** As ask() answers today. */
  today: Figures;
  /** With the confidence model calibrated on the tuning questions (of every configuration). */
  calibrated: Figures;
}

export interface ConfigurationReport {
  name: string;
  corpora: readonly string[];
  documents: number;
  passages: number;
  /** ask()'s confidence model (options.ts), and the one the tuning questions call for now. */
  model: { shipped: ConfidenceModel; calibrated: ConfidenceModel; calibratedOn: { sets: string[]; allSets: boolean } };
  rows: SetRow[];
  leaveOneDocumentOut: DocumentFigures[];
  /** The unanswerable questions (all splits), each decided by a model calibrated without it. */
  leftOutUnanswerable: Figures;
  /** Questions where ask() decided otherwise than the eval's replay of its model (0 unless ask() changed its rule). */
  thresholdDisagreements: number;
  outcomes: { set: string; outcome: QuestionOutcome }[];
}

export function inSplit(outcome: QuestionOutcome, split: SplitChoice): boolean {
  return split === 'all' || outcome.split === split;
}

export interface EvaluatedConfiguration {
  configuration: CorpusConfiguration;
  knowledge: Knowledge;
  sets: readonly LoadedSet[];
  outcomes: { set: string; outcome: QuestionOutcome }[];
}

/** Every question of `sets` asked of one corpus configuration; `knowledge` is built over its corpora. */
export function evaluateConfiguration(configuration: CorpusConfiguration, knowledge: Knowledge, sets: readonly LoadedSet[]): EvaluatedConfiguration {
  return { configuration, knowledge, sets, outcomes: sets.flatMap((set) => evaluate(knowledge, set.questions).map((outcome) => ({ set: set.name, outcome }))) };
}

/**
 * Every figure for one configuration. `calibrated` is the model the tuning questions of `pool` call
 * for (every configuration's: the shipped model serves any corpus); leaving out recalibrates on `pool` too.
 */
export function runConfiguration(
  evaluated: EvaluatedConfiguration,
  splits: readonly SplitChoice[],
  calibrated: ConfidenceModel,
  pool: readonly QuestionOutcome[],
  calibratedOn: { sets: string[]; allSets: boolean },
): ConfigurationReport {
  const { configuration, knowledge, sets, outcomes } = evaluated;
  const all = outcomes.map((o) => o.outcome);
  const rows = sets.flatMap((set) =>
    splits.map((split): SetRow => {
      const chosen = outcomes.filter((o) => o.set === set.name && inSplit(o.outcome, split)).map((o) => o.outcome);
      return { set: set.name, split, today: summarize(chosen), calibrated: summarize(chosen, calibrated) };
    }),
  );
  return {
    name: configuration.name,
    corpora: configuration.corpora,
    documents: knowledge.corpus.documents.length,
    passages: knowledge.search.size,
    model: { shipped: knowledge.search.options.confidence, calibrated, calibratedOn },
    rows,
    leaveOneDocumentOut: leaveOneDocumentOut(pool, all),
    leftOutUnanswerable: leaveOneUnanswerableOut(pool, all),
    thresholdDisagreements: thresholdDisagreements(knowledge, all).length,
    outcomes,
  };
}

export interface DistractorChange {
  set: string;
  split: SplitChoice;
  from: string;
  to: string;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
}

/** How each set's figures move when more documents are indexed beside its own (the first configuration that asks it is the reference). */
export function distractorChanges(reports: readonly ConfigurationReport[]): DistractorChange[] {
  const changes: DistractorChange[] = [];
  const seen = new Map<string, { report: ConfigurationReport; row: SetRow }>();
  for (const report of reports) {
    for (const row of report.rows) {
      const key = `${row.set}\n${row.split}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { report, row });
        continue;
      }
      const delta = (k: 'hitAt1' | 'hitAt3' | 'mrr') => row.today[k] - first.row.today[k];
      changes.push({ set: row.set, split: row.split, from: first.report.name, to: report.name, hitAt1: delta('hitAt1'), hitAt3: delta('hitAt3'), mrr: delta('mrr') });
    }
  }
  return changes;
}
