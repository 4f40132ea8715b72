import type { ChatConfig } from '../../config/chat.js';
import { ConfigError } from '../../config/error.js';
import { commandNames } from '../../dispatch/command-names.js';
import type { Command } from '../../dispatch/types.js';
import { UsageError } from '../../dispatch/usage-error.js';
import { registerDiscordCommands } from './register.js';

/** `briefbot discord-register [--guild ID]`: register the slash commands and the message commands with Discord. */
export async function discordRegisterCli(commands: readonly Command[], chat: ChatConfig, args: { guild: string | undefined }, write: (line: string) => void): Promise<void> {
  if (!chat.discord) throw new ConfigError('DISCORD_TOKEN is not set: discord-register needs the bot token (Developer Portal → your application → Bot → Reset Token).');
  if (args.guild !== undefined && !/^\d{17,20}$/.test(args.guild)) {
    throw new UsageError(`--guild must be a server id (17–20 digits; Developer Mode → right-click the server → Copy Server ID), not "${args.guild}"`);
  }
  const names = commandNames(chat.commandPrefix, commands);
  const result = await registerDiscordCommands({ commands, names, token: chat.discord.token, apiUrl: chat.discord.apiUrl, ...(args.guild ? { guildId: args.guild } : {}) });
  const where = result.scope === 'guild' ? `server ${args.guild} (available at once)` : 'every server the bot is in (global commands can take up to an hour to appear)';
  const menu = result.messageCommands.map((name) => `, and the message command “${name}” (right-click a message → Apps)`).join('');
  write(`Registered ${result.names.length} commands for application ${result.applicationId} in ${where}: ${result.names.map((n) => `/${n}`).join(' ')}${menu}`);
}
