import { commands } from '../../../commands/index.js';
import type { ChatConfig } from '../../config/chat.js';
import { ConfigError } from '../../config/error.js';
import { UsageError } from './usage-error.js';

/** `briefbot slack-manifest [--url URL] [--name NAME]`: the Slack app manifest, JSON, to paste. */
export async function slackManifestCli(args: { url: string | undefined; name: string | undefined }, write: (line: string) => void): Promise<void> {
  if (args.url !== undefined) {
    let url: URL;
    try {
      url = new URL(args.url);
    } catch {
      throw new UsageError(`--url must be the bot's public address, e.g. https://briefbot.example.com/slack/events, not "${args.url}"`);
    }
    if (url.protocol !== 'https:') throw new UsageError('--url must be https: Slack sends commands only to https addresses');
  }
  const { slackManifest } = await import('../slack/manifest.js');
  const manifest = slackManifest(commands, { ...(args.name ? { name: args.name } : {}), ...(args.url ? { requestUrl: args.url } : {}) });
  write(JSON.stringify(manifest, null, 2));
}

/** `briefbot discord-register [--guild ID]`: register the slash commands with Discord. */
export async function discordRegisterCli(chat: ChatConfig, args: { guild: string | undefined }, write: (line: string) => void): Promise<void> {
  if (!chat.discord) throw new ConfigError('DISCORD_TOKEN is not set: discord-register needs the bot token (Developer Portal → your application → Bot → Reset Token).');
  if (args.guild !== undefined && !/^\d{17,20}$/.test(args.guild)) {
    throw new UsageError(`--guild must be a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID), not "${args.guild}"`);
  }
  const { registerDiscordCommands } = await import('../discord/register.js');
  const result = await registerDiscordCommands({ commands, token: chat.discord.token, apiUrl: chat.discord.apiUrl, ...(args.guild ? { guildId: args.guild } : {}) });
  const where = result.scope === 'guild' ? `server ${args.guild} (available at once)` : 'every server the bot is in (global commands can take up to an hour to appear)';
  write(`Registered ${result.names.length} commands for application ${result.applicationId} in ${where}: ${result.names.map((n) => `/${n}`).join(' ')}`);
}
