import { parse } from 'yaml';
import { isoFromField } from './dates.js';
import { AddError, type Extracted, type Hints } from './types.js';

/** The front matter keys each field is read from, in order of preference: ours, then a web capture's and other tools'. */
const KEYS = {
  title: ['title'],
  authors: ['authors', 'author', 'creator'],
  published: ['published', 'date', 'published_time', 'citation_date'],
  publisher: ['publisher', 'site_name', 'site'],
  url: ['url', 'source_url', 'canonical_url', 'link'],
  kind: ['kind', 'type', 'tags', 'categories'],
} as const;

const strings = (value: unknown): string[] =>
  [value]
    .flat()
    .filter((item) => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).replace(/\s+/g, ' ').trim())
    .filter((item) => item !== '');

function first(data: Record<string, unknown>, keys: readonly string[]): { key: string; values: string[] } | undefined {
  for (const key of keys) {
    const values = strings(data[key]);
    if (values.length > 0) return { key, values };
  }
  return undefined;
}

/** What a front matter in any of the common forms says, in the project's terms. */
function hintsFromFrontMatter(data: Record<string, unknown>): Hints {
  const hints: Hints = {};
  const from = (key: string): string => `front matter ${key}`;
  const title = first(data, KEYS.title);
  if (title) hints.title = { value: title.values.join(' '), from: from(title.key) };
  const authors = first(data, KEYS.authors);
  if (authors) hints.authors = { value: authors.values, from: from(authors.key) };
  for (const key of KEYS.published) {
    // YAML reads an unquoted 2021-04-16 as a string under the core schema, 2021 as a number: both are strings here.
    const raw = strings(data[key])[0];
    const date = raw === undefined ? null : isoFromField(raw);
    if (date !== null) {
      hints.published = { value: date, from: data.published_inferred === true ? 'front matter published (marked inferred)' : from(key) };
      break;
    }
  }
  const publisher = first(data, KEYS.publisher);
  if (publisher) hints.publisher = { value: publisher.values[0]!, from: from(publisher.key) };
  const url = first(data, KEYS.url);
  if (url && /^https?:\/\//i.test(url.values[0]!)) hints.url = { value: url.values[0]!, from: from(url.key) };
  const kind = first(data, KEYS.kind);
  if (kind) hints.kind = { value: kind.values.map((tag) => tag.replace(/[-_]+/g, ' ')).join(', '), from: from(kind.key) };
  const missing = strings(data.notes_missing);
  if (missing.length > 0) hints.notesMissing = missing;
  return hints;
}

/**
 * A Markdown or plain text file as it is: its body is kept word for word (the loader reads it),
 * and a front matter in any common form — the project's own, a web capture's title/date/source_url
 * — says what it can.
 */
export function extractText(file: string, text: string): Extracted {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  let hints: Hints = {};
  let bodyStart = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    if (close < 0) throw new AddError(`${file}:1: the front matter is not closed: add a line "---" after it`);
    let data: unknown;
    try {
      data = parse(lines.slice(1, close).join('\n'));
    } catch (error) {
      throw new AddError(`${file}: the front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): fix it or remove it`);
    }
    if (data !== null && typeof data === 'object' && !Array.isArray(data)) hints = hintsFromFrontMatter(data as Record<string, unknown>);
    bodyStart = close + 1;
  }
  const body = lines.slice(bodyStart).join('\n').trim();
  if (body === '') throw new AddError(`${file}: no text to add (the file is empty after its front matter)`);
  return { body, hints };
}
