import type { Knowledge } from '../src/knowledge/knowledge.js';
import { SearchIndex, questionWords, type SearchOptions } from '../src/search/index.js';
import { readDevSet, type DevQuestion } from './dev-set.js';
import { loadConfiguration } from './load-configuration.js';
import { containsPhrase } from './match.js';
import { RANK_DEPTH } from './metrics.js';
import type { SplitChoice } from './run.js';
import { CONFIGURATIONS, QUESTION_SETS, questionSetPath, unavailable, type CorpusConfiguration } from './sets.js';
import { splitOf } from './split.js';

/**
 * Ranking figures for a search option setting, as `eval/sweep.ts` and `eval/fit-ranking.ts` need
 * them: only the ranks of the answerable questions (no excerpts, no confidence), with a fresh index
 * per setting over corpora read once. Building the index is the small part (about 0.3 s for the
 * papers with whitehouse-japan); asking the questions is most of a setting's cost.
 */
export interface RankedSet {
  set: string;
  questions: DevQuestion[];
}

export interface LoadedRankingConfiguration {
  configuration: CorpusConfiguration;
  sets: RankedSet[];
  knowledge: Knowledge;
}

export interface RankFigures {
  hitAt1: number;
  hitAt3: number;
  mrr: number;
}

export interface SetFigures {
  configuration: string;
  set: string;
  figures: RankFigures;
}

/** Every configuration (of `configurations`) whose corpora are here, each with the answerable questions of its sets in `split`. */
export function loadRankingConfigurations(split: SplitChoice, warn: (line: string) => void, configurations: readonly CorpusConfiguration[] = CONFIGURATIONS): LoadedRankingConfiguration[] {
  return configurations.filter((configuration) => unavailable(configuration) === null).map((configuration) => {
    const sets = QUESTION_SETS.filter((s) => (configuration.corpora as readonly string[]).includes(s.corpus)).map((s) => ({
      set: s.name,
      questions: readDevSet(questionSetPath(s.name)).filter((q) => q.style !== 'none' && (split === 'all' || splitOf(q.q) === split)),
    }));
    return { configuration, sets, knowledge: loadConfiguration(configuration, warn) };
  });
}

/** 1-based rank of each question's first right passage in the top RANK_DEPTH, or null. */
export function ranks(knowledge: Knowledge, search: SearchIndex, questions: readonly DevQuestion[]): (number | null)[] {
  return questions.map((question) => {
    const words = questionWords(question.q);
    const hits = search.find(words, RANK_DEPTH, knowledge.expand(words));
    const index = hits.findIndex((hit) => hit.passage.doc === question.doc && containsPhrase(hit.passage.text, question.phrase!));
    return index < 0 ? null : index + 1;
  });
}

export function rankFigures(found: readonly (number | null)[]): RankFigures {
  const n = Math.max(found.length, 1);
  return {
    hitAt1: found.filter((r) => r === 1).length / n,
    hitAt3: found.filter((r) => r !== null && r <= 3).length / n,
    mrr: found.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / n,
  };
}

/** Each (configuration, set)'s figures with the index built for `setting`, configurations in order. */
export function scoreSetting(loaded: readonly LoadedRankingConfiguration[], setting: Partial<SearchOptions>): SetFigures[] {
  return loaded.flatMap(({ configuration, sets, knowledge }) => {
    const search = new SearchIndex(knowledge.corpus.documents, setting);
    return sets.map(({ set, questions }) => ({ configuration: configuration.name, set, figures: rankFigures(ranks(knowledge, search, questions)) }));
  });
}

/** Each set's figures over its own corpus: the first configuration that asks it. */
export function ownCorpusFigures(results: readonly SetFigures[]): SetFigures[] {
  return results.filter((result, i) => results.findIndex((other) => other.set === result.set) === i);
}

/**
 * Per set asked in more than one configuration, the change in hit@3 from its first (its own
 * corpus) to each later one (the shared documents beside it as distractors).
 */
export function distractorChanges(results: readonly SetFigures[]): { set: string; configuration: string; hitAt3: number }[] {
  const first = new Map<string, RankFigures>();
  const changes: { set: string; configuration: string; hitAt3: number }[] = [];
  for (const { configuration, set, figures } of results) {
    const own = first.get(set);
    if (own === undefined) first.set(set, figures);
    else changes.push({ set, configuration, hitAt3: figures.hitAt3 - own.hitAt3 });
  }
  return changes;
}
