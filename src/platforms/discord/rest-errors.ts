import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';

/** An interaction's token is in its webhook and callback URLs; it lets anyone answer for the bot for 15 minutes. */
function withoutTokens(url: string): string {
  return url.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?]+/g, '/$1/$2/:token');
}

/**
 * A REST error as a log field. discord.js's errors carry the request URL and body; the URL of an
 * interaction reply holds the interaction's token, so the log gets the route without it.
 */
export function loggedError(error: unknown): unknown {
  if (error instanceof DiscordAPIError) {
    return { type: error.name, message: error.message, code: error.code, status: error.status, method: error.method, url: withoutTokens(error.url) };
  }
  if (error instanceof HTTPError) return { type: error.name, message: error.message, status: error.status, method: error.method, url: withoutTokens(error.url) };
  return error;
}

const SEE_AND_SEND = 'give it View Channel, Send Messages and Embed Links there';

/**
 * What to tell the channel's admin when Discord refuses a post for a reason no retry can fix, or
 * null when a retry may succeed (a 5xx, a timeout, a rate limit). Shown by /digest status.
 */
export function permanentReason(error: unknown): string | null {
  if (error instanceof DiscordAPIError) {
    switch (error.code) {
      case RESTJSONErrorCodes.UnknownChannel:
        return `the channel no longer exists, or the bot is no longer in its server: add the bot again and ${SEE_AND_SEND}`;
      case RESTJSONErrorCodes.MissingAccess:
        return `the bot cannot see this channel: ${SEE_AND_SEND}`;
      case RESTJSONErrorCodes.MissingPermissions:
        return `the bot may not post in this channel: ${SEE_AND_SEND}`;
      case RESTJSONErrorCodes.CannotSendMessagesInNonTextChannel:
        return 'this channel does not take messages: subscribe a text channel instead';
      case RESTJSONErrorCodes.CannotSendMessagesToThisUser:
        return 'Discord does not let the bot message this user: subscribe a server channel instead';
    }
  }
  const status = error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : 0;
  if (status === 401) return 'Discord rejected the bot’s token (401): whoever runs briefbot must set a valid DISCORD_TOKEN and restart it';
  if (status === 403) return `Discord refused the post (403): ${SEE_AND_SEND}`;
  if (status === 404) return `Discord does not know this channel (404): check the bot is still in the server and ${SEE_AND_SEND}`;
  return null;
}
