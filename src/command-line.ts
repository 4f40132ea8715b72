import { commands } from '../commands/index.js';
import { commandPrefix } from './config/chat.js';
import { ConfigError, loadConfig, loadEnvFile, type Config } from './config/config.js';
import { Dispatcher } from './dispatch/dispatcher.js';
import { prepareKnowledge } from './knowledge/prepare.js';
import { acronymCli } from './platforms/cli/acronym.js';
import { parseCommandLine, type CliRequest } from './platforms/cli/args.js';
import { askCli } from './platforms/cli/ask.js';
import { corpusCheckCli } from './platforms/cli/corpus-check.js';
import { feedbackCli } from './platforms/cli/feedback.js';
import type { CliIo, CliKnowledge } from './platforms/cli/io.js';
import { timelineCli } from './platforms/cli/timeline.js';
import { usageText } from './platforms/cli/usage.js';
import { UsageError } from './dispatch/usage-error.js';
import { terminalLogger } from './platforms/terminal/logger.js';

/** The corpus, loaded and indexed (seconds), with the command path over it: only for commands that read it. */
function withKnowledge(config: Config, io: CliIo): CliKnowledge {
  const knowledge = prepareKnowledge(config.corpusDir);
  return { knowledge, dispatcher: new Dispatcher({ knowledge, commands, logger: terminalLogger(io.err) }) };
}

async function run(request: CliRequest, io: CliIo): Promise<number> {
  if (request.command === 'help') {
    io.out(usageText(commands));
    return 0;
  }
  loadEnvFile();
  if (request.command === 'slack-manifest') {
    // Needs no tokens, and loads Slack's code only: the manifest comes from the command definitions
    // and the prefix they are declared under.
    const { slackManifestCli } = await import('./platforms/slack/manifest-command.js');
    await slackManifestCli(commands, { ...request, prefix: commandPrefix(process.env) }, io.out);
    return 0;
  }
  const config = loadConfig();
  const cli: CliIo = { ...io, color: config.color };
  switch (request.command) {
    case 'start': {
      // Loaded here only: the store and the scheduler are for the running bot, not one-shot commands.
      const { startBot } = await import('./start.js');
      await startBot(config);
      return 0;
    }
    case 'ask':
      return askCli(request, withKnowledge(config, cli), cli);
    case 'acronym':
    case 'acronyms':
      return acronymCli(request, withKnowledge(config, cli), cli);
    case 'events':
    case 'upcoming':
    case 'digest':
      timelineCli(request, prepareKnowledge(config.corpusDir), cli);
      return 0;
    case 'corpus-check':
      return corpusCheckCli(request, config.corpusDir, cli);
    case 'feedback': {
      const { connectStore } = await import('./store/connect.js');
      const store = await connectStore(config);
      try {
        const since = request.since === undefined ? undefined : new Date(`${request.since}T00:00:00Z`);
        feedbackCli(request, await store.feedback.list(since), cli);
      } finally {
        await store.close();
      }
      return 0;
    }
    case 'migrate-store': {
      // Loaded here only: the drivers are for this command and the running bot.
      const { importSqlite } = await import('./store/postgres/import-sqlite.js');
      const counts = await importSqlite(request.from, request.to);
      io.out(`Moved into PostgreSQL: ${Object.entries(counts).map(([table, n]) => `${n} ${table}`).join(', ')}.`);
      return 0;
    }
    case 'add': {
      const { addCli } = await import('./platforms/cli/add.js');
      return addCli(request, request.corpusDir ?? config.corpusDir, cli);
    }
    case 'discord-register': {
      const { discordRegisterCli } = await import('./platforms/discord/register-command.js');
      await discordRegisterCli(commands, config.chat, request, io.out);
      return 0;
    }
  }
}

const isParseArgsError = (error: unknown): error is TypeError =>
  error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');

/**
 * One run of the command line → its exit code: 0, 2 for a mistake in how it was typed (found
 * before the corpus is loaded), 78 for the configuration, 1 for anything else.
 */
export async function runCommandLine(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(parseCommandLine(argv, commands), io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`briefbot: ${error.message}\n\n${usageText(commands)}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      io.err(`briefbot: configuration: ${error.message}`);
      return 78; // EX_CONFIG
    }
    // Expected failures (a database that cannot be opened…) explain themselves in the message.
    io.err(`briefbot: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
