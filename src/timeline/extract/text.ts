import { hasNote, markerIds, splitSentences, withoutMarkers, type CorpusDocument, type Passage } from '../../corpus/index.js';
import { span, toIso, type DateParts } from '../../shared/time/calendar.js';
import { formatDate } from '../../shared/time/format.js';
import { countFromDocument } from '../count-from-document.js';
import { resolveYear, tenseOf } from '../infer-year.js';
import { classify } from '../kind.js';
import { findDates, type DateMention } from '../parse/dates.js';
import { relativeDates, type Anchor } from '../relative.js';
import { titleFromSentence } from '../title/index.js';
import type { UnresolvedPhrase } from '../types.js';
import type { EventTelling } from './event-telling.js';
import { isHandlingNotice } from './handling-notice.js';
import { publishedParts, referenceDate } from './reference.js';

/** The dated events told in a document's prose, sentence by sentence, each quoted verbatim. */
interface TextExtraction {
  mentions: EventTelling[];
  unresolved: UnresolvedPhrase[];
}

interface SentenceInput {
  document: CorpusDocument;
  passage: Passage;
  sentence: string;
  clean: string;
}

/**
 * Dated after the document, or told as to come with a date the document's date has not passed:
 * "later this spring" is 2022 in a May 2022 text, too coarse to lie wholly after it.
 */
function toldAhead(input: SentenceInput, date: DateMention, parts: DateParts): boolean {
  const told = span(parts);
  const published = span(publishedParts(input.document));
  if (told.first > published.last) return true;
  if (told.last < published.first) return false;
  return /^(?:later|next|coming|this\s+coming|upcoming)\b/i.test(date.text) || tenseAround(input.clean, date) === 'future';
}

function mention(input: SentenceInput, date: DateMention, parts: DateParts, how: EventTelling['source']['yearInferred'], basis: string | null = null): EventTelling {
  const title = titleFromSentence(input.clean, date);
  return {
    source: {
      origin: 'text', doc: input.document.file, passage: input.passage.index, section: input.passage.section,
      quote: input.sentence, noteId: null, line: null, url: null,
      date: toIso(parts), precision: date.precision, phrase: date.text, yearInferred: how,
    },
    title,
    kind: classify(title, input.clean, date.deadline),
    qualifier: date.qualifier,
    context: `${title} ${input.clean}`,
    citedNotes: markerIds(input.sentence, hasNote(input.document)),
    basis,
    ahead: toldAhead(input, date, parts),
    namesThing: date.adjectival || /^of\s/i.test(date.text) || /['’]s\b/.test(date.text) || /(?:\bthe|['’]s)\s+$/.test(input.clean.slice(0, date.index)) ||
      /^['’]s\b/.test(input.clean.slice(date.index + date.text.length)),
  };
}

/**
 * The tense of the clause the date is in ("when you have the trilat on Thursday" says none, though
 * the sentence says "like we did this week"). A date standing alone before a comma ("On Monday, the
 * leaders met") takes the sentence's.
 */
function tenseAround(sentence: string, date: DateMention): 'future' | 'past' | null {
  const before = sentence.slice(0, date.index).split(/[,;:—–()]/).pop() ?? '';
  const after = sentence.slice(date.index + date.text.length).split(/[,;:—–()]/)[0] ?? '';
  const alone = `${before} ${after}`.trim().split(/\s+/).filter(Boolean).length <= 2;
  return alone ? tenseOf(sentence) : tenseOf(`${before}${date.text}${after}`);
}

/** "within nine months of the bill's passage": a deadline when events.yaml dates the anchor. */
function relativeMentions(input: SentenceInput, anchors: readonly Anchor[], out: TextExtraction): void {
  for (const found of relativeDates(input.clean, input.document.file, anchors)) {
    if (found.date === null || found.precision === null || found.anchor === null) {
      out.unresolved.push({
        doc: input.document.file, passage: input.passage.index, phrase: found.text,
        reason: `needs the date of "${found.anchorPhrase}": give it in corpus/events.yaml with anchors: [{doc: ${input.document.file}, phrase: "${found.anchorPhrase}"}]`,
      });
      continue;
    }
    const date: DateMention = {
      index: found.index, text: found.text, year: found.date.year, month: found.date.month ?? null, day: found.date.day ?? null,
      precision: found.precision, qualifier: 'by', relativeYear: null, anaphora: false, deadline: true, adjectival: false, shift: null,
    };
    const basis = `“${found.text}”, counted from ${formatDate(found.anchor.date, found.anchor.date.length === 10 ? 'day' : 'month')}: ${found.anchor.title} (the team calendar)`;
    out.mentions.push(mention(input, date, found.date, null, basis));
  }
}

export function textMentions(document: CorpusDocument, anchors: readonly Anchor[]): TextExtraction {
  const out: TextExtraction = { mentions: [], unresolved: [] };
  const published = publishedParts(document);
  const reference = referenceDate(published);
  for (const passage of document.passages) {
    let previousSentence: string | null = null;
    let lastExplicitYear: number | null = null;
    for (const sentence of splitSentences(passage.text)) {
      const input = { document, passage, sentence, clean: withoutMarkers(sentence, hasNote(document)) };
      if (isHandlingNotice(input.clean)) {
        previousSentence = input.clean;
        continue;
      }
      for (const date of findDates(input.clean, 'text', reference)) {
        if (date.shift !== null) {
          const counted = countFromDocument(date.shift, published, tenseAround(input.clean, date));
          if ('reason' in counted) {
            out.unresolved.push({ doc: document.file, passage: passage.index, phrase: date.text, reason: counted.reason });
            continue;
          }
          lastExplicitYear = counted.parts.year;
          out.mentions.push(mention(input, { ...date, precision: counted.precision }, counted.parts, 'counted'));
          continue;
        }
        const resolved = resolveYear(date, { published, sentence: input.clean, previousSentence, lastExplicitYear });
        if (resolved === null) {
          out.unresolved.push({ doc: document.file, passage: passage.index, phrase: date.text, reason: 'no year is written before it in the passage' });
          continue;
        }
        lastExplicitYear = resolved.year;
        const parts: DateParts = { year: resolved.year, month: date.month ?? undefined, day: date.day ?? undefined };
        out.mentions.push(mention(input, date, parts, resolved.how));
      }
      relativeMentions(input, anchors, out);
      previousSentence = input.clean;
    }
  }
  return out;
}
