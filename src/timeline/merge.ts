import { compatible } from '../shared/time/calendar.js';
import type { EventTelling } from './extract/event-telling.js';
import { features, Weights } from './similarity.js';
import { namesDiffer, sameHappening, whatHappened, type WhatHappened } from './what-happened.js';

/**
 * Tellings of the same event become one event with several sources (the second Economic
 * 2+2 ministerial is told by Jacobs's article and by an endnote of Pryor's). Two tellings are one
 * event when their dates agree (one contains the other: "November 2023" and "14 November 2023")
 * and their words do, the more so the rarer the words: a note the passage cites needs least, two
 * passages of the prose need most. Dates that differ by days within one month may still be one
 * event when the words agree strongly; the event then says its sources disagree.
 */

export interface Cluster {
  members: EventTelling[];
}

interface Scored {
  mention: EventTelling;
  title: Set<string>;
  context: Set<string>;
  /** Other dates written in the same sentence: its words are then shared, so only the title counts. */
  crowded: boolean;
  /** Notes cited anywhere in the passage. */
  passageNotes: Set<string>;
  /** What the telling says happened: of the title alone when the sentence is crowded. */
  what: WhatHappened;
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
/** A name in at most this many tellings, or this share of them, is distinctive (checked on the shipped papers and the White House texts). */
const RARE_NAME_MIN = 8;
const RARE_NAME_SHARE = 0.1;

function sameMonthDays(a: EventTelling, b: EventTelling): boolean {
  return a.source.precision === 'day' && b.source.precision === 'day' && a.source.date.slice(0, 7) === b.source.date.slice(0, 7);
}

function cites(text: Scored, note: Scored): boolean {
  return text.mention.source.doc === note.mention.source.doc && note.mention.source.noteId !== null && text.passageNotes.has(note.mention.source.noteId);
}

/** The names a date names: "November's EPCC" names the EPCC meeting; "the 2024 calendar year" no name. */
function namedByDate(telling: EventTelling): Set<string> {
  if (!telling.namesThing) return new Set();
  const { quote, phrase } = telling.source;
  const at = quote.indexOf(phrase);
  const after = at < 0 ? '' : quote.slice(at + phrase.length).split(/\s+/).slice(0, 4).join(' ');
  return whatHappened(after).names;
}

/** How well `a` matches `b` as the same event (0: not at all), by the rules above. */
function match(a: Scored, b: Scored, weights: Weights, rare: (name: string) => boolean): number {
  const [x, y] = [a.mention, b.mention];
  if (x.source.origin === 'note' && y.source.origin === 'note') return 0; // two sources, not one event
  if (x.source.quote === y.source.quote && x.source.doc === y.source.doc) return 0; // one sentence, two dates
  const agree = compatible(x.source.date, y.source.date);
  if (!agree && !sameMonthDays(x, y)) return 0;
  const title = weights.similarity(a.title, b.title);
  const context = weights.similarity(a.context, b.context);
  const [text, note] = x.source.origin === 'note' ? [b, a] : [a, b];
  if (note.mention.source.origin === 'note') {
    if (cites(text, note)) {
      const score = Math.max(title, text.crowded ? 0 : context);
      return score >= 0.25 ? score : 0;
    }
    // A note the passage does not cite dates a day; a telling that gives only a year cannot be pinned by it.
    return title >= 0.4 && agree && text.mention.source.precision !== 'year' ? title : 0;
  }
  // A title of one word ("The meeting") matches any sentence that uses it: it says too little alone.
  const titleCounts = Math.min(a.title.size, b.title.size) >= 2 ? title : 0;
  // Sharing a sentence's words is weak evidence across precisions: "the meeting tomorrow" and "a
  // portion of the 2024 calendar year" in one answer share their topic, not their event.
  const contextCounts = context >= 0.55 && (x.source.precision === y.source.precision || (x.source.precision !== 'year' && y.source.precision !== 'year'));
  const score = Math.max(titleCounts, contextCounts ? context : 0);
  if (score >= (agree ? 0.55 : 0.7)) return score;
  // Told in other words: the same act on the same named thing ("met … and announced JUCIP",
  // "first launched the group", "JUCIP, which was launched in 2021").
  const dated = new Set([...namedByDate(x), ...namedByDate(y)]);
  if (!agree || namesDiffer(x.title, y.title)) return 0; // "the COVAX AMC Summit" is not "the Global COVID-19 Summit"
  return sameHappening(a.what, b.what, dated, rare) ? Math.max(score, 0.5) : 0;
}

export function clusterMentions(mentions: readonly EventTelling[], passageNotes: (m: EventTelling) => string[]): Cluster[] {
  const scored: Scored[] = mentions.map((mention) => ({
    mention,
    title: features(mention.title),
    context: features(mention.context),
    crowded: mentions.some((other) => other !== mention && other.source.origin === 'text' && other.source.quote === mention.source.quote),
    passageNotes: new Set(passageNotes(mention)),
    what: whatHappened(mention.title),
  }));
  for (const item of scored) if (!item.crowded) item.what = whatHappened(item.mention.context);
  // A name is distinctive when few tellings use it: "JUCIP" is, "METI" in a paper on METI is not.
  const nameCount = new Map<string, number>();
  for (const item of scored) for (const name of item.what.names) nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
  const limit = Math.max(RARE_NAME_MIN, scored.length * RARE_NAME_SHARE);
  const rare = (name: string) => (nameCount.get(name) ?? 0) <= limit;
  const weights = new Weights(scored.map((s) => s.context));
  // The prose first, most precise first, so a cluster's first member is its best-dated telling.
  const order = [...scored].sort(
    (a, b) =>
      Number(a.mention.source.origin === 'note') - Number(b.mention.source.origin === 'note') ||
      PRECISION_RANK[a.mention.source.precision] - PRECISION_RANK[b.mention.source.precision],
  );
  const clusters: Scored[][] = [];
  for (const item of order) {
    let best: { cluster: Scored[]; score: number } | null = null;
    for (const cluster of clusters) {
      const lead = cluster[0]!.mention;
      if (!compatible(lead.source.date, item.mention.source.date) && !sameMonthDays(lead, item.mention)) continue;
      const score = Math.max(...cluster.map((member) => match(member, item, weights, rare)));
      if (score > 0 && (best === null || score > best.score)) best = { cluster, score };
    }
    if (best) best.cluster.push(item);
    else clusters.push([item]);
  }
  return clusters.map((cluster) => ({ members: cluster.map((s) => s.mention) }));
}
