import type { Command, OptionSpec } from '../../dispatch/types.js';
import { describeOption } from '../../dispatch/usage.js';
import { cliFlags } from './args.js';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** [what is typed, what it does]; a line starting with "--" is an option of the command above it. */
function lines(commands: readonly Command[]): (readonly [string, string])[] {
  const described = (name: string): string => lowerFirst(commands.find((command) => command.name === name)!.description);
  const flag = (option: OptionSpec): string => lowerFirst(describeOption(option));
  const flags = cliFlags(commands);
  return [
    ['start', 'start the bot (no chat tokens: the terminal chat)'],
    ['ask "<question>"', described('ask')],
    ['--limit N', flag(flags.limit)],
    ['--json', 'one JSON object: {query, answer, results[]}'],
    ['--stdin', 'with --json: one question per line in, one JSON object per line out'],
    ['events --json', 'the dated events of the papers and corpus/events.yaml'],
    ['upcoming --date YYYY-MM-DD', described('upcoming')],
    ['--days N', flag(flags.days)],
    ['--tz ZONE', flag(flags.tz)],
    ['--json', '{from, to, items[]}'],
    ['digest --date YYYY-MM-DD [--tz ZONE]', 'the daily digest exactly as it would be posted'],
    ['acronym <term> [--json]', `${described('acronym')}: {term, matches[], suggestions[]}`],
    ['acronyms [--json]', 'the whole glossary'],
    ['add FILE…', 'add a .md, .txt, .html or .pdf to the corpus, front matter filled from the file'],
    ['--title T --author A --date D', 'say what the file does not (--author repeats; --url, --kind too)'],
    ['--corpus DIR', 'the corpus folder (default: BRIEFBOT_CORPUS_DIR, corpus/)'],
    ['--dry-run', 'print what would be written, write nothing'],
    ['slack-manifest', 'print the Slack app manifest (Socket Mode) to paste at api.slack.com/apps'],
    ['--url URL', "HTTP mode instead: the bot's public https address + /slack/events"],
    ['--name NAME', "the app's name in Slack (default briefbot)"],
    ['corpus check [FILE…] [--json]', "what the loader makes of each document (all of the corpus's by default): passages, sections, notes, removed lines, warnings"],
    ['feedback [--since YYYY-MM-DD]', 'the 👍/👎 votes on answers, newest last'],
    ['--json', 'the votes as one JSON array'],
    ['--dev-questions', 'each 👎 question as a dev-question line, to complete and add to the eval'],
    ['migrate-store --from sqlite:PATH --to postgres://…', 'move the SQLite store into an empty PostgreSQL database (for replicas)'],
    ['discord-register', 'register the slash commands with Discord (needs DISCORD_TOKEN)'],
    ['--guild ID', 'in one server only, at once (global commands take up to an hour)'],
    ['help', 'this text'],
  ];
}

function line([typed, does]: readonly [string, string]): string {
  const indented = typed.startsWith('--') ? `      ${typed}` : `  ${typed}`;
  return indented.length < 31 ? `${indented.padEnd(31)}${does}` : `${indented}   ${does}`;
}

/** The help text: descriptions, ranges and defaults of the flags that are chat options come from the command definitions. */
export function usageText(commands: readonly Command[]): string {
  return ['Usage: briefbot <command> [options]', '', 'Commands:', ...lines(commands).map(line)].join('\n');
}
