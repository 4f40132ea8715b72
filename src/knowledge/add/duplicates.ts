import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The text with every run of white space made one space: re-wrapping or re-indenting changes nothing. */
export const normalisedText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A URL without what does not change the page: scheme, "www.", a trailing slash, the fragment. */
export function normalisedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname.replace(/^www\./, '').toLowerCase()}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

interface Existing {
  file: string;
  body: string;
  url: string | null;
}

/** Each document already in the folder: its body (after the front matter) and its URL in either front matter form. */
function existingDocuments(dir: string): Existing[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
  return files.map((file) => {
    const text = readFileSync(join(dir, file), 'utf8').replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    const close = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
    let url: string | null = null;
    if (close > 0) {
      try {
        const data = parse(lines.slice(1, close).join('\n')) as Record<string, unknown> | null;
        const found = data?.url ?? data?.source_url;
        url = typeof found === 'string' ? found : null;
      } catch {
        // A document whose front matter does not parse is the loader's to report; its text still counts.
      }
    }
    return { file, body: lines.slice(close + 1).join('\n'), url };
  });
}

/**
 * The document already in the corpus that this one repeats — the same text once white space is
 * normalised, or the same URL — with why; null when it is new.
 */
export function findDuplicate(dir: string, body: string, url: string | null): { file: string; reason: string } | null {
  const text = normalisedText(body);
  const key = url === null ? null : normalisedUrl(url);
  for (const existing of existingDocuments(dir)) {
    if (normalisedText(existing.body) === text) return { file: existing.file, reason: 'the same text' };
    if (key !== null && existing.url !== null && normalisedUrl(existing.url) === key) return { file: existing.file, reason: `the same URL (${existing.url})` };
  }
  return null;
}
