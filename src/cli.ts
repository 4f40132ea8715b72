#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { acronymCli } from './platforms/cli/acronym.js';
import { askCli } from './platforms/cli/ask.js';
import { discordRegisterCli, slackManifestCli } from './platforms/cli/platforms.js';
import { timelineCli } from './platforms/cli/timeline.js';
import { UsageError } from './platforms/cli/usage-error.js';
import { ConfigError, loadConfig, loadEnvFile } from './config.js';
import { prepareKnowledge, terminalContext } from './knowledge/context.js';

const USAGE = `Usage: briefbot <command> [options]

Commands:
  start                        start the bot (no chat tokens: the terminal chat)
  ask "<question>"             answer from the papers, with citations
      --limit N                how many excerpts (1-10, default 3)
      --json                   one JSON object: {query, answer, results[]}
      --stdin                  with --json: one question per line in, one JSON object per line out
  events --json                the dated events of the papers and corpus/events.yaml
  upcoming --date YYYY-MM-DD   anniversaries and deadlines from that day
      --days N                 the window (1-90, default 7)
      --tz ZONE                IANA time zone (default UTC)
      --json                   {from, to, items[]}
  digest --date YYYY-MM-DD [--tz ZONE]   the daily digest exactly as it would be posted
  acronym <term> [--json]      explain an acronym: {term, matches[], suggestions[]}
  acronyms [--json]            the whole glossary
  slack-manifest               print the Slack app manifest (Socket Mode) to paste at api.slack.com/apps
      --url URL                HTTP mode instead: the bot's public https address + /slack/events
      --name NAME              the app's name in Slack (default briefbot)
  discord-register             register the slash commands with Discord (needs DISCORD_TOKEN)
      --guild ID               in one server only, at once (global commands take up to an hour)
  help                         this text`;

async function main(argv: string[]): Promise<number> {
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
    },
  });
  const [command = 'start', ...rest] = positionals;
  if (values.help || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === 'slack-manifest') {
    // Needs no configuration: the manifest comes from the command definitions alone.
    await slackManifestCli({ url: values.url, name: values.name }, (line) => console.log(line));
    return 0;
  }
  loadEnvFile();
  const config = loadConfig();
  switch (command) {
    case 'start': {
      // Loaded here only: the store and the scheduler are for the running bot, not one-shot commands.
      const { startBot } = await import('./start.js');
      await startBot(config);
      return 0;
    }
    case 'ask': {
      const limit = values.limit === undefined ? 3 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10) throw new UsageError(`--limit must be a whole number from 1 to 10, not "${values.limit}"`);
      const context = terminalContext(prepareKnowledge(config), 'cli');
      await askCli({ question: rest.join(' ') || undefined, limit, json: values.json, stdin: values.stdin, color: config.color }, context, (line) => console.log(line));
      return 0;
    }
    case 'acronym':
    case 'acronyms': {
      const context = terminalContext(prepareKnowledge(config), 'cli');
      await acronymCli({ command, term: rest.join(' '), json: values.json, color: config.color }, context, (line) => console.log(line));
      return 0;
    }
    case 'events':
    case 'upcoming':
    case 'digest': {
      const args = { command, date: values.date, days: values.days, tz: values.tz, json: values.json, color: config.color } as const;
      timelineCli(args, prepareKnowledge(config), (line) => console.log(line));
      return 0;
    }
    case 'discord-register':
      await discordRegisterCli(config.chat, { guild: values.guild }, (line) => console.log(line));
      return 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`briefbot: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof ConfigError) {
      console.error(`briefbot: configuration: ${error.message}`);
      process.exitCode = 78; // EX_CONFIG
    } else {
      // Expected failures (a database that cannot be opened…) explain themselves in the message.
      console.error(`briefbot: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  },
);
