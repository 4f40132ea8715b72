import { stringify } from 'yaml';
import { dateInProse } from './dates.js';
import { AddError, type Extracted, type Found } from './types.js';

/** What the person typed: each wins over what the file says. */
export interface Overrides {
  title?: string;
  authors?: string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  url?: string;
  kind?: string;
}

/** The project's front matter (src/corpus/front-matter.ts), with where each field came from. */
export interface Composed {
  frontMatter: {
    title: string;
    authors: string[];
    publisher: string | null;
    published: string;
    published_inferred?: true;
    notes_missing?: string[];
    url: string | null;
    kind: string;
  };
  /** "title: … (from PDF info Title)" for each field. */
  inferred: string[];
  /** What a person should check before relying on it. */
  check: string[];
}

const TYPED = 'given on the command line';

/** The site a URL belongs to, as a name: "bidenwhitehouse.archives.gov". */
const siteOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

function pick<T>(typed: T | undefined, found: Found<T> | undefined): Found<T> | undefined {
  return typed !== undefined ? { value: typed, from: TYPED } : found;
}

/**
 * The project's front matter from what the file says and what was typed. The corpus needs a
 * title, an author, a date and a kind; what the file does not say is inferred where it sensibly can
 * be (and said to be checked), or asked for.
 */
export function compose(file: string, extracted: Extracted, overrides: Overrides, defaultKind: string): Composed {
  const { hints, body } = extracted;
  const inferred: string[] = [];
  const check: string[] = [];
  const note = (field: string, found: Found<unknown>) => inferred.push(`${field}: ${JSON.stringify(found.value)} (from ${found.from})`);

  const url = pick(overrides.url, hints.url);
  const publisher = hints.publisher ?? (url && siteOf(url.value) ? { value: siteOf(url.value)!, from: 'the URL' } : undefined);

  let title = pick(overrides.title, hints.title);
  if (!title) {
    const firstLine = body.split('\n').map((line) => line.replace(/^#+\s*|\*\*/g, '').trim()).find((line) => line !== '');
    if (!firstLine || firstLine.split(/\s+/).length > 25) throw new AddError(`${file}: no title found in the file: give one with --title "…"`, 2);
    title = { value: firstLine, from: 'the first line of the text' };
    check.push('the title was taken from the first line of the text');
  }

  let authors = pick(overrides.authors, hints.authors);
  if (!authors) {
    const organisation = publisher?.value;
    if (!organisation) throw new AddError(`${file}: no author found in the file: give one with --author "Name" (repeat it for several)`, 2);
    authors = { value: [organisation], from: `${publisher!.from}: no person is named, so the publisher is the author` };
    check.push(`no author is named: "${organisation}" (the publisher) stands as the author; give --author if a person wrote it`);
  }

  let published = pick(overrides.date, hints.published);
  let publishedInferred = hints.published?.from.includes('marked inferred') === true && overrides.date === undefined;
  if (!published) {
    const inText = dateInProse(body.slice(0, 3000));
    if (!inText) throw new AddError(`${file}: no date found in the file: give one with --date YYYY[-MM[-DD]]`, 2);
    published = { value: inText, from: 'the first date written in the text' };
    publishedInferred = true;
  }
  if (publishedInferred) check.push(`the date ${published.value} is inferred (published_inferred: true): check it against the document`);
  if (published.from.startsWith('PDF info CreationDate')) check.push(`the date ${published.value} is when the PDF was made: check the publication date printed in it`);

  const kind = pick(overrides.kind, hints.kind) ?? { value: defaultKind, from: 'the file type' };
  if (kind.from === 'the file type' || kind.from.startsWith('meta og:type')) check.push(`the kind "${kind.value}" is a guess: give --kind (paper, report, fact sheet, speech, transcript…)`);

  note('title', title);
  note('authors', authors);
  if (publisher && !authors.from.includes('the publisher is the author')) note('publisher', publisher);
  note('published', published);
  if (url) note('url', url);
  note('kind', kind);
  if (!url) check.push('no URL found: add url: to the front matter if the document is online');

  return {
    frontMatter: {
      title: title.value,
      authors: authors.value,
      // A publisher standing in for the author is not named twice in the citation.
      publisher: publisher !== undefined && !authors.from.includes('the publisher is the author') ? publisher.value : null,
      published: published.value,
      ...(publishedInferred ? { published_inferred: true as const } : {}),
      ...(hints.notesMissing ? { notes_missing: hints.notesMissing } : {}),
      url: url?.value ?? null,
      kind: kind.value,
    },
    inferred,
    check,
  };
}

/** The file as the loader reads it: the front matter, then the body. */
export function documentText(composed: Composed, body: string): string {
  return `---\n${stringify(composed.frontMatter, { lineWidth: 0 })}---\n\n${body.trim()}\n`;
}
