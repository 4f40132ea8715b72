/**
 * Transcript furniture: who speaks, and the lines a press office adds around the words spoken
 * (times, places, "As delivered", stage directions, embargo terms). None of it is anybody's text,
 * so none of it may become a section, passage text or an acronym ("PRIME MINISTER KISHIDA:").
 */

/** "PRESIDENT BIDEN:", "MS. JEAN-PIERRE:", "Q", "Q:" opening a paragraph. */
const SPEAKER_LABEL = /^(Q(?=[\s\u00a0:])|(?:[A-Z][A-Z.'’-]*[\s\u00a0]+){0,3}[A-Z][A-Z.'’-]*[A-Z.])(?::|(?<=^Q))[\s\u00a0]*/;

/** The label opening a paragraph, and the paragraph without it; undefined when it opens with none. */
export function speakerLabel(text: string): { label: string; speaker: string; rest: string } | undefined {
  const match = SPEAKER_LABEL.exec(text);
  if (!match) return undefined;
  const name = match[1]!;
  // One capital word and a colon is a lead-in ("NOTE:", "UPDATE:"), unless it is a role.
  if (name !== 'Q' && !/\s/.test(name) && !/^(MODERATOR|OPERATOR|INTERPRETER|PARTICIPANT|PARTICIPANTS|AUDIENCE|STAFF)$/.test(name)) {
    return undefined;
  }
  return { label: match[0].trim(), speaker: speakerName(name), rest: text.slice(match[0].length) };
}

/** The speaker of a reporter's question ("Q"): the passage after it is the answer. */
export const QUESTION_SPEAKER = 'Question';

/** How a citation names the speaker: "PRIME MINISTER KISHIDA" → "Prime Minister Kishida", "Q" → "Question". */
export function speakerName(label: string): string {
  if (label === 'Q') return QUESTION_SPEAKER;
  return label
    .replace(/[\s\u00a0]+/g, ' ')
    .toLowerCase()
    .replace(/(^|[\s\-’'.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "(As interpreted.)", "(Laughter.)", "(Cross-talk.)", "(Reporter approaches microphone.)". */
const STAGE_DIRECTION = /\((?:[A-Z][a-z’'-]*)(?:[\s\u00a0]+[a-z’'-]+){0,5}\.\)/g;

/** The paragraph without its stage directions, and the directions taken out. */
export function takeStageDirections(text: string): { rest: string; directions: string[] } {
  const directions: string[] = [];
  const rest = text.replace(STAGE_DIRECTION, (direction) => {
    directions.push(direction);
    return '';
  });
  return { rest: rest.replace(/\s+/g, ' ').trim(), directions };
}

/** A paragraph that is one piece of furniture, with its category. */
const FURNITURE: readonly [string, RegExp][] = [
  ['timestamp', /^\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?$/i],
  ['delivery note', /^\(?AS (?:DELIVERED|PREPARED(?: FOR DELIVERY)?)\)?$/i],
  ['date line', /^\((?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2})\)$/],
  ['end mark', /^(?:#\s?#\s?#|-30-|END|END \d{1,2}:\d{2}.*)$/],
  ['thematic break', /^(?:[-*_=]\s*){3,}$/],
  ['embargo notice', /^(?:EMBARGOED\b|FOR IMMEDIATE RELEASE$)/i],
];

/** Read with Markdown's escapes undone: "\\*\\*\\*" is a thematic break, "\\###" an end mark. */
export function furnitureCategory(text: string): string | undefined {
  const plain = text.replace(/\\/g, '').trim();
  return FURNITURE.find(([, pattern]) => pattern.test(plain))?.[0];
}

/** A sentence that sets an embargo ("…the call will be held under embargo until 5:00 a.m."). */
export function isEmbargoSentence(sentence: string): boolean {
  return /\bembargo(?:ed)? until\b|\bunder (?:an? |the )?(?:[\d:.]+ [ap]\.m\. )?embargo\b/i.test(sentence);
}
