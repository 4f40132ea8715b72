import { ApplicationCommandType, DiscordAPIError, REST, Routes, type RESTGetCurrentApplicationResult, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { CommandNames } from '../../dispatch/command-names.js';
import type { Command } from '../../dispatch/types.js';
import { DEFAULT_DISCORD_API_URL } from '../../config/chat.js';
import { discordRegistrationBody } from './command-data.js';

export interface RegisterOptions {
  token: string;
  /** The REST base without the version; Discord's by default. */
  apiUrl?: string;
  /** Register in this server only (shows at once, good for testing); globally without it. */
  guildId?: string;
  /** Retries of a failed request (discord.js's default is 3). */
  retries?: number;
  /** The commands to register (the registry, as Slack's manifest receives it). */
  commands: readonly Command[];
  /** The names they are registered under (BRIEFBOT_COMMAND_PREFIX); their own by default. */
  names?: CommandNames;
}

export interface Registration {
  scope: 'guild' | 'global';
  applicationId: string;
  /** The slash command names Discord now has, as it answered. */
  names: string[];
  /** The message context-menu commands (right-click a message → Apps), as it answered. */
  messageCommands: string[];
}

/**
 * Registers the slash commands and the message context-menu commands: the application's id from GET /applications/@me, then one PUT that
 * replaces the whole set (so a command removed from the code disappears from Discord too).
 */
export async function registerDiscordCommands(options: RegisterOptions): Promise<Registration> {
  const rest = new REST({ api: options.apiUrl ?? DEFAULT_DISCORD_API_URL, ...(options.retries !== undefined ? { retries: options.retries } : {}) }).setToken(options.token);
  try {
    const application = (await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult;
    const body = discordRegistrationBody(options.commands, options.names);
    const route = options.guildId ? Routes.applicationGuildCommands(application.id, options.guildId) : Routes.applicationCommands(application.id);
    const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
    const named = (type: ApplicationCommandType) => registered.filter((command) => command.type === type).map((command) => command.name);
    return { scope: options.guildId ? 'guild' : 'global', applicationId: application.id, names: named(ApplicationCommandType.ChatInput), messageCommands: named(ApplicationCommandType.Message) };
  } catch (error) {
    throw new Error(`Discord: registering the commands failed: ${hint(error)}`, { cause: error });
  } finally {
    // The REST client's sweepers are timers; a one-shot registration should not leave them behind.
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** The error, and the fix when there is a usual one. */
function hint(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DiscordAPIError && error.status === 401) {
    return `${message}. Check DISCORD_TOKEN: the Developer Portal → your application → Bot → Reset Token gives a new one.`;
  }
  if (error instanceof DiscordAPIError && error.status === 403) {
    return `${message}. For --guild, the bot must be in that server, invited with the applications.commands scope.`;
  }
  return message;
}
