import { parseArgs } from 'node:util';
import { sanitizeInput } from '../../dispatch/parse-text.js';
import type { Command, OptionSpec } from '../../dispatch/types.js';
import { parseDay } from '../../shared/time/calendar.js';
import { resolveTimeZone } from '../../shared/time/time-zones.js';
import { UsageError } from '../../dispatch/usage-error.js';
import { addRequest, type AddRequest } from './add-args.js';

/**
 * A command line, checked: everything a mistake in it can be found from is checked here, before the
 * corpus is loaded, so a typo costs no start-up time (exit code 2 with the usage).
 */
export type CliRequest =
  | { command: 'help' }
  | { command: 'start' }
  | { command: 'events' }
  | { command: 'slack-manifest'; url: string | undefined; name: string | undefined }
  | { command: 'discord-register'; guild: string | undefined }
  | { command: 'ask'; question: string | undefined; limit: number; json: boolean; stdin: boolean }
  | { command: 'acronym' | 'acronyms'; term: string; json: boolean }
  | { command: 'upcoming'; date: string; days: number; zone: string; json: boolean }
  | { command: 'digest'; date: string; zone: string }
  | { command: 'feedback'; since: string | undefined; json: boolean; devQuestions: boolean }
  | { command: 'corpus-check'; files: string[]; json: boolean }
  | { command: 'migrate-store'; from: string; to: string }
  | AddRequest;

/** The chat command option a flag stands for: its range, default and description come from there. */
function flagOption(commands: readonly Command[], command: string, option: string): OptionSpec {
  const found = commands.find((c) => c.name === command)?.options.find((o) => o.name === option);
  if (!found) throw new Error(`the CLI expects /${command} to have an option "${option}"`);
  return found;
}

export type CliFlags = Record<'limit' | 'days' | 'tz', OptionSpec>;

/** The flags that are chat options: --limit is /ask's, --days and --tz are /upcoming's. */
export function cliFlags(commands: readonly Command[]): CliFlags {
  return { limit: flagOption(commands, 'ask', 'limit'), days: flagOption(commands, 'upcoming', 'days'), tz: flagOption(commands, 'upcoming', 'zone') };
}

function integerFlag(flag: string, option: OptionSpec, raw: string | undefined): number {
  if (raw === undefined) return Number(option.default);
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < (option.min ?? n) || n > (option.max ?? n)) {
    throw new UsageError(`--${flag} must be a whole number from ${option.min} to ${option.max}, not "${raw}"`);
  }
  return n;
}

function dateFlag(date: string | undefined): string {
  if (date === undefined) throw new UsageError('--date YYYY-MM-DD is required, e.g. --date 2026-11-14');
  if (!parseDay(date)) throw new UsageError(`--date must be a real date written YYYY-MM-DD, not "${date}"`);
  return date;
}

function zoneFlag(option: OptionSpec, tz: string | undefined): string {
  const zone = resolveTimeZone(tz ?? String(option.default));
  if (zone.ok) return zone.timeZone;
  throw new UsageError(`--tz "${tz}" is not an IANA time zone${zone.suggestions.length > 0 ? `; did you mean ${zone.suggestions.join(', ')}?` : ''}`);
}

/** argv (without node and the script) → a checked request, or a UsageError. */
export function parseCommandLine(argv: string[], commands: readonly Command[]): CliRequest {
  const flags = cliFlags(commands);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      stdin: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      date: { type: 'string' },
      days: { type: 'string' },
      tz: { type: 'string' },
      url: { type: 'string' },
      name: { type: 'string' },
      guild: { type: 'string' },
      since: { type: 'string' },
      'dev-questions': { type: 'boolean', default: false },
      from: { type: 'string' },
      to: { type: 'string' },
      corpus: { type: 'string' },
      title: { type: 'string' },
      author: { type: 'string', multiple: true },
      kind: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const [command = 'start', ...rest] = positionals;
  if (values.help || command === 'help') return { command: 'help' };
  switch (command) {
    case 'start':
      return { command };
    case 'slack-manifest':
      return { command, url: values.url, name: values.name };
    case 'discord-register':
      return { command, guild: values.guild };
    case 'ask': {
      const limit = integerFlag('limit', flags.limit, values.limit);
      if (values.stdin && !values.json) throw new UsageError('--stdin writes one JSON object per line: add --json');
      const question = rest.join(' ') || undefined;
      if (!values.stdin && (question === undefined || question.trim() === '')) throw new UsageError('ask needs a question, e.g. briefbot ask "what is JUCIP"');
      return { command, question, limit, json: values.json, stdin: values.stdin };
    }
    case 'acronym':
    case 'acronyms': {
      const term = sanitizeInput(rest.join(' '));
      if (command === 'acronyms' && term !== '') throw new UsageError('acronyms lists the whole glossary and takes no term: use acronym <term>');
      if (command === 'acronym' && term === '') throw new UsageError('acronym needs a term, e.g. briefbot acronym JUCIP');
      return { command, term, json: values.json };
    }
    case 'events':
      if (!values.json) throw new UsageError('events prints JSON: add --json (in chat, /timeline shows events)');
      return { command };
    case 'upcoming': {
      const date = dateFlag(values.date);
      const days = integerFlag('days', flags.days, values.days);
      return { command, date, days, zone: zoneFlag(flags.tz, values.tz), json: values.json };
    }
    case 'digest': {
      const zone = zoneFlag(flags.tz, values.tz);
      return { command, date: dateFlag(values.date), zone };
    }
    case 'corpus': {
      const [action, ...files] = rest;
      if (action !== 'check') throw new UsageError(`corpus takes "check", e.g. briefbot corpus check corpus/documents/new-paper.md${action === undefined ? '' : `, not "${action}"`}`);
      return { command: 'corpus-check', files, json: values.json };
    }
    case 'feedback': {
      if (values.since !== undefined && !parseDay(values.since)) throw new UsageError(`--since must be a real date written YYYY-MM-DD, not "${values.since}"`);
      if (values.json && values['dev-questions']) throw new UsageError('feedback: choose --json or --dev-questions, not both');
      return { command, since: values.since, json: values.json, devQuestions: values['dev-questions'] };
    }
    case 'add':
      return addRequest(rest, { corpus: values.corpus, title: values.title, author: values.author, date: values.date, url: values.url, kind: values.kind, dryRun: values['dry-run'] });
    case 'migrate-store': {
      const from = /^sqlite:(.+)$/.exec(values.from ?? '')?.[1];
      if (!from) throw new UsageError('migrate-store needs --from sqlite:PATH, the SQLite file to move, e.g. --from sqlite:data/briefbot.db');
      if (!/^postgres(ql)?:\/\//.test(values.to ?? '')) throw new UsageError('migrate-store needs --to postgres://user:password@host:5432/database, an empty PostgreSQL database');
      return { command, from, to: values.to! };
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
