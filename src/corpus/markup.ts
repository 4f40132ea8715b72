/**
 * Markdown and HTML typesetting in captured text, taken off so the reader gets words. What carries
 * words of its own (a link's address, a struck-out correction, an image's alt text) is returned
 * with a name, so the loader can account for it (see removed-categories.ts).
 */

export interface Stripped {
  text: string;
  /** Pieces taken out that hold words, with their category. */
  taken: { text: string; category: string }[];
}

const LIST_MARKER = /^\s*(?:[-•*+]|\d{1,3}[.)])\s+/;
const HEADING_MARKUP = /^\s*#{1,6}\s+/;
/** A bullet is typesetting; an ordered list's number ("2. Export controls") is the author's and stays. */
const BULLET = /^\s*[-•*+]\s+/;

/** Whether a unit opens with a list marker ("-   ", "• ", "2. "). */
export function isListItem(text: string): boolean {
  return LIST_MARKER.test(text);
}

/** The list marker's indentation in columns: nested bullets sit deeper. */
export function listDepth(rawFirstLine: string): number {
  return /^\s*/.exec(rawFirstLine)![0].length;
}

/** A Markdown heading ("## Title"), or a line that is bold and nothing else ("**Title**", "**<u>Title</u>**:"). */
export function isHeadingMarkup(text: string): boolean {
  const body = text.replace(LIST_MARKER, '').replace(/<\/?u>/gi, '').trim();
  // One bold span or several ("**Climate Change** **and Recovery**"), nothing else but a colon.
  return HEADING_MARKUP.test(text) || /^(?:(\*\*|__)[^*_]+?\1\s*:?\s*)+$/.test(body);
}

export function stripMarkup(text: string): Stripped {
  const taken: Stripped['taken'] = [];
  let out = text
    .replace(HEADING_MARKUP, '')
    .replace(BULLET, '')
    .replace(/~~(.+?)~~/g, (_, struck: string) => {
      taken.push({ text: struck, category: 'struck-out text' });
      return '';
    })
    // Neither brackets nor parentheses may nest inside a link here: a line of many "[" stays linear.
    .replace(/!\[([^[\]]*)\]\(([^()\s]*)\)/g, (_, alt: string, url: string) => {
      taken.push({ text: `${alt} ${url}`.trim(), category: 'image' });
      return '';
    })
    .replace(/\[([^[\]]+)\]\(([^()\s]+)\)/g, (_, label: string, url: string) => {
      taken.push({ text: url, category: 'link address' });
      return label;
    })
    .replace(/<!--.*?-->|<\/?[a-z][^>]*>/gi, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1');
  // Emphasis: bold and italic markers around words are typesetting, not text.
  // Neither span may cross its own marker, so a line of many unmatched "*" or "__" stays linear.
  out = out
    .replace(/\*{1,3}([^*]+?)\*{1,3}/g, '$1')
    .replace(/(_{2,3})([^\s_](?:[^_]*?[^\s_])?)\1/g, '$2')
    .replace(/\*{2,}/g, '');
  return { text: out.replace(/\s+/g, ' ').trim(), taken };
}
