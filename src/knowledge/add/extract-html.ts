import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoFromField } from './dates.js';
import { htmlParagraphs } from './html-paragraphs.js';
import { AddError, type Extracted, type Found, type Hints } from './types.js';

/** The meta tags a page describes itself with, most specific first: Highwire (scholarly) citation_*, Open Graph, Dublin Core, plain. */
const META = {
  title: ['citation_title', 'og:title', 'dc.title', 'twitter:title'],
  authors: ['citation_author', 'dc.creator', 'author', 'article:author', 'parsely-author', 'sailthru.author'],
  published: ['citation_publication_date', 'citation_date', 'citation_online_date', 'article:published_time', 'og:published_time', 'dc.date', 'dc.date.issued', 'date', 'pubdate', 'publish-date'],
  publisher: ['citation_publisher', 'og:site_name', 'dc.publisher', 'citation_journal_title'],
  url: ['og:url', 'citation_public_url', 'citation_abstract_html_url'],
} as const;

type Meta = Map<string, string[]>;

interface MetaElement {
  getAttribute(name: string): string | null;
}

/** Every <meta name|property="…" content="…">, keys lower-cased, values in page order. */
function readMeta(document: { querySelectorAll(selector: string): ArrayLike<MetaElement> }): Meta {
  const meta: Meta = new Map();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (element.getAttribute('name') ?? element.getAttribute('property') ?? element.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = element.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!key || !content) continue;
    meta.set(key, [...(meta.get(key) ?? []), content]);
  }
  return meta;
}

function firstMeta(meta: Meta, keys: readonly string[], accept: (value: string) => boolean = () => true): Found<string[]> | undefined {
  for (const key of keys) {
    const values = (meta.get(key) ?? []).filter(accept);
    if (values.length > 0) return { value: values, from: `meta ${key}` };
  }
  return undefined;
}

const isUrl = (value: string): boolean => /^https?:\/\//i.test(value);

/** "Surname, Given" (the citation_author convention) → "Given Surname", as the corpus writes names. */
const givenFirst = (name: string): string => {
  const parts = name.split(/\s*,\s*/);
  return parts.length === 2 && parts[0] && parts[1] && !/\b(Inc|Ltd|LLC|Jr|Sr)\b/.test(parts[1]) ? `${parts[1]} ${parts[0]}` : name;
};

function hintsFromMeta(meta: Meta, canonical: string | null, article: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null }): Hints {
  const hints: Hints = {};
  const title = firstMeta(meta, META.title);
  if (title) hints.title = { value: title.value[0]!, from: title.from };
  else if (article.title) hints.title = { value: article.title.replace(/\s+/g, ' ').trim(), from: 'the page title' };
  const authors = firstMeta(meta, META.authors, (value) => !isUrl(value));
  if (authors) hints.authors = { value: [...new Set(authors.value.flatMap((value) => (authors.from === 'meta citation_author' ? [givenFirst(value)] : value.split(/\s*;\s*/))))], from: authors.from };
  else if (article.byline) hints.authors = { value: [article.byline.replace(/^by\s+/i, '').trim()], from: 'the byline on the page' };
  for (const key of META.published) {
    const date = (meta.get(key) ?? []).map(isoFromField).find((value) => value !== null);
    if (date) {
      hints.published = { value: date, from: `meta ${key}` };
      break;
    }
  }
  const published = article.publishedTime ? isoFromField(article.publishedTime) : null;
  if (!hints.published && published) hints.published = { value: published, from: "the page's published time" };
  const publisher = firstMeta(meta, META.publisher);
  if (publisher) hints.publisher = { value: publisher.value[0]!, from: publisher.from };
  else if (article.siteName) hints.publisher = { value: article.siteName, from: "the page's site name" };
  const url = firstMeta(meta, META.url, isUrl);
  if (url) hints.url = { value: url.value[0]!, from: url.from };
  else if (canonical && isUrl(canonical)) hints.url = { value: canonical, from: 'link rel=canonical' };
  if (meta.has('citation_title')) hints.kind = { value: 'paper', from: 'meta citation_title (a scholarly page)' };
  else if (meta.get('og:type')?.[0]) hints.kind = { value: meta.get('og:type')![0]!, from: 'meta og:type' };
  return hints;
}

/**
 * A web page: its meta tags say what it is, Mozilla's Readability finds the article among the
 * page's menus, footers and sidebars (a DOM, not patterns over the markup), and the article
 * becomes paragraphs.
 */
export function extractHtml(file: string, html: string): Extracted {
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    // Readability changes the document it reads: the meta tags were read first.
    article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 0 }).parse();
  } catch (error) {
    throw new AddError(`${file}: the HTML cannot be read (${error instanceof Error ? error.message : String(error)}): save the page again as HTML, or as text`);
  }
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : null;
  const paragraphs = content ? htmlParagraphs(content as unknown as Parameters<typeof htmlParagraphs>[0]) : [];
  if (paragraphs.join('').replace(/[#\-\s|]/g, '') === '') {
    throw new AddError(`${file}: no readable article text found in the HTML: is it the page itself (not a login or cookie page)? Save it again, or as text`);
  }
  return { body: paragraphs.join('\n\n'), hints: hintsFromMeta(meta, canonical, article ?? {}) };
}
