import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { daysInMonth, parseIso } from '../shared/time/calendar.js';
import type { DocumentMeta } from './types.js';

/** Thrown for a document that cannot be used; `line` is 1-based in the file. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line: number | null,
  ) {
    super(message);
  }
}

const DATE_SHAPE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A real day on the calendar, not only the shape of one: "2023-02-30" once loaded and was cited
 * as "30 Feb 2023", and the timeline, which counts every year the text leaves out from this date,
 * could not read it. Such a document is skipped like any other bad front matter: the date is what
 * its citations print and what its dates are read against, so there is no sound way to keep it.
 */
const isoDate = z
  .union([z.string(), z.number()])
  .transform(String)
  .superRefine((value, context) => {
    if (!DATE_SHAPE.test(value)) {
      context.addIssue({ code: 'custom', message: 'must be an ISO date as precise as the text supports: YYYY, YYYY-MM or YYYY-MM-DD' });
    } else if (parseIso(value) === null) {
      const [year, month] = value.split('-').map(Number) as [number, number];
      const days = daysInMonth(year, month);
      context.addIssue({
        code: 'custom',
        message: `"${value}" is not a day on the calendar (${MONTH_NAMES[month - 1]} ${year} has ${days} days): write the real date, or YYYY-MM if the day is unsure`,
      });
    }
  });

const schema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    authors: z.array(z.string().trim().min(1)).min(1, 'must list at least one author'),
    publisher: z.string().trim().min(1).nullable().default(null),
    published: isoDate,
    published_inferred: z.boolean().default(false),
    notes_missing: z.array(z.union([z.string().regex(/^\d+$/, 'must be note numbers'), z.number().int().nonnegative()])).default([]),
    url: z.url().nullable().default(null),
    kind: z.string().trim().min(1, 'must not be empty'),
  })
  .strict();

/**
 * The other common form: a web capture's own front matter (title, date, source_url, tags, and the
 * page's published/modified times), as saved by archive and HTML-to-Markdown tools. No author is
 * named, so the citation names the site that published it.
 */
const captureSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty'),
    date: isoDate,
    source_url: z.url(),
    tags: z.union([z.string(), z.array(z.string())]).nullable().default(null),
    published_time: z.unknown().optional(),
    modified_time: z.unknown().optional(),
  })
  .strict();

/** True when the front matter is in the capture form: it has source_url and none of our own keys. */
function isCaptureForm(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'source_url' in data && !('authors' in data) && !('published' in data);
}

/** A capture's fields in the project's terms; a title's non-breaking spaces and wraps become plain spaces. */
function captureMeta(m: z.infer<typeof captureSchema>): DocumentMeta {
  const tags = m.tags === null ? [] : [m.tags].flat();
  return {
    title: m.title.replace(/\s+/g, ' '),
    authors: [],
    publisher: new URL(m.source_url).hostname.replace(/^www\./, ''),
    published: m.date,
    publishedInferred: false,
    notesMissing: [],
    url: m.source_url,
    kind: tags.map((tag) => tag.replace(/[-_]+/g, ' ')).join(', ') || 'web page',
  };
}

interface SplitDocument {
  meta: DocumentMeta;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line of the "title:" key, for a problem about the title. */
  titleLine: number;
}

/** Where a field's key starts, so a problem names the line of "published:" even when its value is on the next. */
function keyOffset(yaml: Document, key: string): number | undefined {
  const root = yaml.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

/**
 * The front matter as plain data. Only aliases make this fail (one whose anchor is missing, or so
 * many that they look like a memory attack): told at the first alias's line.
 */
function frontMatterData(yaml: Document, lineCounter: LineCounter): unknown {
  try {
    return yaml.toJS();
  } catch (error) {
    let offset: number | undefined;
    visit(yaml, {
      Alias(_, node) {
        offset = node.range?.[0];
        return visit.BREAK;
      },
    });
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DocumentError(`front matter cannot be read: ${reason}; write the value out instead of an alias (*name)`, line);
  }
}

function projectMeta(m: z.infer<typeof schema>): DocumentMeta {
  return {
    title: m.title,
    authors: m.authors,
    publisher: m.publisher,
    published: m.published,
    publishedInferred: m.published_inferred,
    notesMissing: m.notes_missing.map(String),
    url: m.url,
    kind: m.kind,
  };
}

/** Split `---` front matter from the body and validate it: the project's form or a web capture's. */
export function splitFrontMatter(text: string): SplitDocument {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    throw new DocumentError('missing front matter: the file must start with a line "---"', 1);
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) throw new DocumentError('front matter is not closed: add a line "---" after it', 1);

  const lineCounter = new LineCounter();
  const yaml = parseDocument(lines.slice(1, close).join('\n'), { lineCounter });
  const yamlError = yaml.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? 0;
    throw new DocumentError(`front matter is not valid YAML: ${yamlError.message.split('\n')[0]}`, line + 1);
  }
  const data = frontMatterData(yaml, lineCounter) ?? {};
  const capture = isCaptureForm(data);
  const parsed = capture ? captureSchema.safeParse(data) : schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0];
    const offset = typeof key === 'string' ? keyOffset(yaml, key) : undefined;
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line + 1;
    const field = key === undefined ? 'front matter' : `front matter field "${String(key)}"`;
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    throw new DocumentError(`${field}: ${message}`, line);
  }
  const body = lines.slice(close + 1).join('\n');
  if (body.trim() === '') throw new DocumentError('empty body: the document has no text after its front matter', close + 2);
  return {
    meta: capture ? captureMeta(parsed.data as z.infer<typeof captureSchema>) : projectMeta(parsed.data as z.infer<typeof schema>),
    body,
    bodyLine: close + 2,
    titleLine: lineCounter.linePos(keyOffset(yaml, 'title') ?? 0).line + 1,
  };
}
