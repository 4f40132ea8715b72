/** Words that say nothing in a file name. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'its', 'their', 'our', 'as', 'is', 'are', 'fact', 'sheet']);

/** ASCII words of a text, lower case: "U.S.-Japan Alliance" → us, japan, alliance. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]|\.(?=\w)/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/**
 * The name the corpus's files follow: <author>-<year>-<short title>.md, e.g.
 * tong-2022-configuring-us-japan-alliance.md. A person's surname; an organisation's or a site's
 * first word ("bidenwhitehouse" for bidenwhitehouse.archives.gov).
 */
export function documentFileName(author: string, published: string, title: string): string {
  const isSite = /^[\w-]+(\.[\w-]+)+$/.test(author);
  const surname = (isSite ? words(author.replace(/^www\./, '').split('.')[0]!)[0] : words(author).at(-1)) ?? 'unknown';
  const titleWords = words(title).filter((word) => !SMALL_WORDS.has(word));
  const short = (titleWords.length > 0 ? titleWords : words(title)).slice(0, 5).join('-') || 'untitled';
  return `${surname}-${published.slice(0, 4)}-${short}.md`;
}
