import { commandNames } from '../../dispatch/command-names.js';
import type { Command } from '../../dispatch/types.js';
import { UsageError } from '../../dispatch/usage-error.js';
import { slackManifest } from './manifest.js';

/** `briefbot slack-manifest [--url URL] [--name NAME]`: the Slack app manifest, JSON, to paste. */
export async function slackManifestCli(
  commands: readonly Command[],
  args: { url: string | undefined; name: string | undefined; prefix: string },
  write: (line: string) => void,
): Promise<void> {
  if (args.url !== undefined) {
    let url: URL;
    try {
      url = new URL(args.url);
    } catch {
      throw new UsageError(`--url must be the bot's public address, e.g. https://briefbot.example.com/slack/events, not "${args.url}"`);
    }
    if (url.protocol !== 'https:') throw new UsageError('--url must be https: Slack sends commands only to https addresses');
  }
  // Declared under the names the running bot answers to (BRIEFBOT_COMMAND_PREFIX).
  const manifest = slackManifest(commandNames(args.prefix, commands).declared(commands), { ...(args.name ? { name: args.name } : {}), ...(args.url ? { requestUrl: args.url } : {}) });
  write(JSON.stringify(manifest, null, 2));
}

