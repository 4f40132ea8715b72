/**
 * Slack's one place for escaping. Questions, user names and the papers' text are untrusted: in
 * Slack, `<!channel>`, `<@U123>` or `<https://evil|click>` in a message are live mentions and
 * links, and `*`, `_`, `~` and backticks restyle the text around them.
 *
 * - mrkdwn: `&`, `<`, `>` become entities, as Slack's formatting guide asks ("Escaping text").
 *   mrkdwn has no backslash escape, so a stray formatting character is swapped for a look-alike
 *   that Slack does not parse: the reader sees the same text, and no span of it turns bold.
 * - plain_text is never parsed for mentions, links or styling; only `<` and `>` become entities,
 *   so that no control sequence reaches Slack in any form. `&` stays as typed: "R&D" is common in
 *   the papers and Slack escapes a bare `&` itself.
 * - @channel, @here and @everyone typed as words get a word joiner after the `@`: older clients
 *   and notifications may still treat the bare words as broadcasts.
 */

const LOOK_ALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ ASTERISK OPERATOR
  _: '\u02cd', // ˍ MODIFIER LETTER LOW MACRON
  '~': '\u223c', // ∼ TILDE OPERATOR
  '`': '\u02cb', // ˋ MODIFIER LETTER GRAVE ACCENT
};

const BROADCAST = /@(channel|here|everyone)\b/gi;

function breakBroadcasts(text: string): string {
  return text.replace(BROADCAST, '@\u2060$1');
}

/** Untrusted text inside a mrkdwn text object (or a message's `text` fallback). */
export function escapeMrkdwn(text: string): string {
  const entities = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return breakBroadcasts(entities.replace(/[*_~`]/g, (c) => LOOK_ALIKES[c]!));
}

/** Untrusted text inside a plain_text object. */
export function escapePlain(text: string): string {
  return breakBroadcasts(text.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/**
 * A mrkdwn link `<url|label>`, or null when the address is not one the syntax can carry intact
 * (a space, `<`, `>` or `|` in it would end the link early and leave the rest as markup).
 */
export function mrkdwnLink(url: string, label: string): string | null {
  if (!/^https?:\/\/[^\s<>|]+$/.test(url)) return null;
  return `<${url.replace(/&/g, '&amp;')}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
}

/**
 * The longest escaped prefix of `raw` that fits in `room` characters, cut at a character (never
 * inside an entity or a surrogate pair) — without an ellipsis, for callers that add their own.
 */
export function escapedPrefix(raw: string, room: number, escape: (text: string) => string): string {
  if (room <= 0) return '';
  const whole = escape(raw);
  if (whole.length <= room) return whole;
  // Escaping only lengthens text, so the raw prefix never needs to be longer than the room. An
  // escaped character is 1 to 5 long ("&amp;"), so each pass drops excess/5 characters (at least one):
  // close to the longest fit, in a few passes even for 3,000 characters.
  let keep = Math.min(raw.length, room);
  for (;;) {
    if (keep > 0 && /[\ud800-\udbff]/.test(raw[keep - 1]!)) keep -= 1;
    const escaped = escape(raw.slice(0, keep));
    if (escaped.length <= room) return escaped;
    keep -= Math.ceil((escaped.length - room) / 5);
  }
}

/** Escape `raw` and fit it in `max` characters, ending in "…" when it had to be cut. */
export function fit(raw: string, max: number, escape: (text: string) => string): string {
  const whole = escape(raw);
  if (whole.length <= max) return whole;
  return `${escapedPrefix(raw, max - 1, escape).trimEnd()}…`;
}
