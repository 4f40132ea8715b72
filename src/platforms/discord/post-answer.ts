import type { Message } from 'discord.js';
import type { PinoLogger } from '../../shared/log.js';
import { channelOptions, type OutgoingMessage } from './message.js';
import { loggedError } from './rest-errors.js';

/** One place an answer can go, tried in turn until one takes it. */
interface Place {
  where: 'thread' | 'channel' | 'conversation';
  post(message: OutgoingMessage): Promise<unknown>;
}

/**
 * Where the answer to a message goes. A mention in a server channel gets a thread started on it,
 * so the answer and any talk about it stay together; if Discord refuses the thread (no Create
 * Public Threads or Send Messages in Threads, a channel that takes no threads), a reply in the
 * channel instead. A mention already in a thread, and a DM, are answered where they were written.
 */
function places(asked: Message, threadName: string): Place[] {
  const channel = asked.channel;
  // A group DM is the one text channel a bot cannot post in.
  if (!channel.isSendable()) return [];
  if (!asked.inGuild() || channel.isThread()) return [{ where: 'conversation', post: (message) => channel.send(channelOptions(message)) }];
  return [
    { where: 'thread', post: async (message) => (await asked.startThread({ name: threadName })).send(channelOptions(message)) },
    // A reply rather than a bare post, so the channel sees which message it answers; no ping (allowed_mentions).
    { where: 'channel', post: (message) => asked.reply({ ...channelOptions(message), failIfNotExists: false }) },
  ];
}

/**
 * Posts the answer to a message addressed to the bot. Never throws: every refusal is logged, and
 * when no place takes the answer the log line is all there is (Discord gave the bot no way to
 * tell the asker).
 */
export async function postAnswer(asked: Message, answer: OutgoingMessage, threadName: string, log: PinoLogger): Promise<void> {
  const fields = { message: asked.id, channel: asked.channelId, user: asked.author.id };
  for (const place of places(asked, threadName)) {
    try {
      await place.post(answer);
      return;
    } catch (error) {
      log.warn({ ...fields, err: loggedError(error), where: place.where }, `discord: could not answer a message in the ${place.where}`);
    }
  }
  log.error(fields, 'discord: could not answer a message anywhere; check the bot’s permissions in that channel');
}
