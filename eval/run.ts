import type { Knowledge } from '../src/knowledge/knowledge.js';
import { calibrateThreshold, leaveOneDocumentOut, type DocumentFigures } from './calibrate.js';
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
  /** With the "none" threshold calibrated on the configuration's tuning questions. */
  calibrated: Figures;
}

export interface ConfigurationReport {
  name: string;
  corpora: readonly string[];
  documents: number;
  passages: number;
  threshold: { today: number; calibrated: number };
  rows: SetRow[];
  leaveOneDocumentOut: DocumentFigures[];
  /** Questions where ask() decided otherwise than its threshold predicts (0 unless ask() changed its rule). */
  thresholdDisagreements: number;
  outcomes: { set: string; outcome: QuestionOutcome }[];
}

export function inSplit(outcome: QuestionOutcome, split: SplitChoice): boolean {
  return split === 'all' || outcome.split === split;
}

/** Every figure for one corpus configuration; `knowledge` is built over its corpora, `sets` are about them. */
export function runConfiguration(configuration: CorpusConfiguration, knowledge: Knowledge, sets: readonly LoadedSet[], splits: readonly SplitChoice[]): ConfigurationReport {
  const outcomes = sets.flatMap((set) => evaluate(knowledge, set.questions).map((outcome) => ({ set: set.name, outcome })));
  const all = outcomes.map((o) => o.outcome);
  const today = knowledge.search.options.minCoverage;
  const calibrated = calibrateThreshold(
    all.filter((o) => o.split === 'tuning'),
    today,
  );
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
    threshold: { today, calibrated },
    rows,
    leaveOneDocumentOut: leaveOneDocumentOut(all, today),
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
