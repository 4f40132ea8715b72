import type { types } from '@slack/bolt';
import type { TextRun } from '../../present/types.js';
import { escapeMrkdwn, escapePlain, escapedPrefix, fit } from './escape.js';

/** Text objects built from untrusted text: escaped and cut to fit, always. */

export function plain(raw: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: fit(raw, max, escapePlain) };
}

/**
 * `text` must already be escaped. `verbatim` stops Slack's automatic parsing (URLs, #channel
 * names, bare mentions) — nothing in our text is meant to become a link or a mention by itself.
 */
export function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

export const hasMarks = (spans: readonly TextRun[]): boolean => spans.some((span) => span.marked && span.text.trim() !== '');

export const spansText = (spans: readonly TextRun[]): string => spans.map((span) => span.text).join('');

/** Bold needs its asterisks against the word: " JUCIP " becomes " *JUCIP* ", not "* JUCIP *". */
function piece(span: TextRun, escaped: string): string {
  if (!span.marked) return escaped;
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(escaped) ?? [];
  return core === '' ? escaped : `${lead}*${core}*${trail}`;
}

/** Spans as mrkdwn, the matched terms in bold, within `max` characters (cut with "…"). */
export function spansMrkdwn(spans: readonly TextRun[], max: number): string {
  const pieces = spans.map((span) => piece(span, escapeMrkdwn(span.text)));
  const whole = pieces.join('');
  if (whole.length <= max) return whole;
  const budget = max - 1;
  let out = '';
  for (const [index, span] of spans.entries()) {
    const next = pieces[index]!;
    if (out.length + next.length <= budget) {
      out += next;
      continue;
    }
    const room = budget - out.length - (span.marked ? 2 : 0);
    out += piece(span, escapedPrefix(span.text, room, escapeMrkdwn));
    break;
  }
  return `${out.trimEnd()}…`;
}

/** plain_text when nothing is marked (no formatting needed), mrkdwn with bold terms otherwise. */
export function spansObject(spans: readonly TextRun[], max: number): types.PlainTextElement | types.MrkdwnElement {
  return hasMarks(spans) ? mrkdwn(spansMrkdwn(spans, max)) : plain(spansText(spans), max);
}
