import { extname } from 'node:path';
import { UsageError } from '../../dispatch/usage-error.js';
import { ADDABLE_TYPES } from '../../knowledge/add/add-document.js';
import { isoFromField } from '../../knowledge/add/dates.js';

/** `briefbot add FILE… [--corpus DIR] [--title T] [--author A]… [--date D] [--url U] [--kind K] [--dry-run]`, checked. */
export interface AddRequest {
  command: 'add';
  files: string[];
  /** Undefined: the configured corpus (BRIEFBOT_CORPUS_DIR, corpus/ by default). */
  corpusDir: string | undefined;
  title: string | undefined;
  authors: string[] | undefined;
  date: string | undefined;
  url: string | undefined;
  kind: string | undefined;
  dryRun: boolean;
}

interface AddFlags {
  corpus: string | undefined;
  title: string | undefined;
  author: string[] | undefined;
  date: string | undefined;
  url: string | undefined;
  kind: string | undefined;
  dryRun: boolean;
}

const DATE_SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The files and flags of `add`: what can be wrong with them is found before any file is read. */
export function addRequest(files: string[], flags: AddFlags): AddRequest {
  if (files.length === 0) throw new UsageError('add needs a file, e.g. briefbot add paper.pdf');
  const unknown = files.find((file) => !ADDABLE_TYPES.includes(extname(file).toLowerCase()));
  if (unknown !== undefined) throw new UsageError(`cannot add "${unknown}": briefbot add reads ${ADDABLE_TYPES.join(', ')} files`);
  const perDocument = [flags.title && '--title', flags.author && '--author', flags.date && '--date', flags.url && '--url'].filter(Boolean);
  if (files.length > 1 && perDocument.length > 0) throw new UsageError(`${perDocument.join(', ')} describe one document: add the files one at a time`);
  if (flags.date !== undefined && (!DATE_SHAPE.test(flags.date) || isoFromField(flags.date) !== flags.date)) {
    throw new UsageError(`--date must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, not "${flags.date}"`);
  }
  if (flags.url !== undefined && !/^https?:\/\/\S+$/i.test(flags.url)) throw new UsageError(`--url must be an http(s) address, not "${flags.url}"`);
  const blank = (['title', 'kind'] as const).find((name) => flags[name] !== undefined && flags[name].trim() === '');
  if (blank) throw new UsageError(`--${blank} must not be empty`);
  return {
    command: 'add',
    files,
    corpusDir: flags.corpus,
    title: flags.title?.trim(),
    authors: flags.author?.map((author) => author.trim()).filter((author) => author !== ''),
    date: flags.date,
    url: flags.url,
    kind: flags.kind?.trim(),
    dryRun: flags.dryRun,
  };
}
