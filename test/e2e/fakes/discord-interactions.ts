import { APP_ID, BOT_ID } from './discord-rest.js';
import { CHANNEL_ID, GUILD_ID } from './discord-gateway.js';

/** Permissions as Discord sends them: none, and Manage Server (0x20). */
export const NO_PERMISSIONS = '0';
export const MANAGE_GUILD = String(0x20);

export interface Asker {
  id?: string;
  name?: string;
  /** The member's permissions in the channel; leave out for a DM. */
  permissions?: string;
}

export type InteractionPayload = Record<string, unknown> & { id: string; token: string };

let counter = 0;

/** Who sent it and where: a member in the test server's channel, or a user in a DM. */
function origin(asker: Asker): Record<string, unknown> {
  const user = { id: asker.id ?? '940000000000000001', username: 'ayumi', global_name: asker.name ?? 'Ayumi', discriminator: '0', avatar: null };
  // discord.js 14.28 reads authorizing_integration_owners on every interaction: 0 = guild install, 1 = user install.
  if (asker.permissions === undefined) {
    const channel = { id: '950000000000000001', type: 1 };
    return { user, channel_id: channel.id, channel, context: 1, authorizing_integration_owners: { '0': '0' } };
  }
  return {
    context: 0, authorizing_integration_owners: { '0': GUILD_ID },
    guild_id: GUILD_ID, channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID },
    member: { user, roles: [], joined_at: '2024-01-01T00:00:00.000Z', permissions: asker.permissions, deaf: false, mute: false, flags: 0 },
  };
}

function interaction(type: number, data: object, asker: Asker): InteractionPayload {
  counter += 1;
  return {
    id: String(960000000000000000n + BigInt(counter)), token: `interaction-token-${counter}`, application_id: APP_ID, type, version: 1, data,
    app_permissions: '2248473465835073', locale: 'en-US', entitlements: [], ...origin(asker),
  };
}

type OptionValue = string | number;
const optionsOf = (values: Record<string, OptionValue>, focused?: string) =>
  Object.entries(values).map(([name, value]) => ({ name, type: typeof value === 'number' ? 4 : 3, value, ...(name === focused ? { focused: true } : {}) }));

/** A slash command as typed: `/ask question:what is JUCIP` is slash('ask', { question: 'what is JUCIP' }). */
export function slash(name: string, values: Record<string, OptionValue> = {}, asker: Asker = { permissions: NO_PERMISSIONS }): InteractionPayload {
  return interaction(2, { id: '970000000000000001', name, type: 1, options: optionsOf(values) }, asker);
}

/** The user typing into an option with autocomplete. */
export function autocomplete(name: string, option: string, typed: string, asker: Asker = { permissions: NO_PERMISSIONS }): InteractionPayload {
  return interaction(4, { id: '970000000000000001', name, type: 1, options: optionsOf({ [option]: typed }, option) }, asker);
}

/** Where the pressed message is, when not an ephemeral answer in the test channel: a public answer in a thread. */
export interface PressedOn {
  threadId?: string;
  ephemeral?: boolean;
}

/** A button press on an earlier message of the bot's: by default an ephemeral one in the test channel. */
export function button(customId: string, asker: Asker = { permissions: NO_PERMISSIONS }, on: PressedOn = {}): InteractionPayload {
  const inChannel = interaction(3, { custom_id: customId, component_type: 2 }, asker);
  const pressed = on.threadId ? { ...inChannel, channel_id: on.threadId, channel: { id: on.threadId, type: 11, guild_id: GUILD_ID, parent_id: CHANNEL_ID } } : inChannel;
  const author = { id: BOT_ID, username: 'briefbot', discriminator: '0', avatar: null, global_name: null, bot: true };
  const message = {
    id: '980000000000000001', channel_id: pressed.channel_id, type: 20, author, content: '', timestamp: '2024-01-01T00:00:00.000Z', edited_timestamp: null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, flags: on.ephemeral === false ? 0 : 64,
  };
  return { ...pressed, message };
}

/** The message a context-menu command is used on: written by someone else, in the test channel (or the DM), text and embeds as given. */
export interface Target {
  content: string;
  embeds?: object[];
  attachments?: object[];
}

/**
 * A message command (type 2 with data.type 3) used on a message: Discord puts the message, its text
 * included even without the Message Content intent, in `data.resolved.messages` under `target_id`.
 */
export function messageMenu(name: string, target: Target, asker: Asker = { permissions: NO_PERMISSIONS }): InteractionPayload {
  counter += 1;
  const targetId = String(985000000000000000n + BigInt(counter));
  const sent = interaction(2, {}, asker);
  const author = { id: '941000000000000009', username: 'kenji', global_name: 'Kenji', discriminator: '0', avatar: null };
  const message = {
    id: targetId, channel_id: sent.channel_id, type: 0, author, content: target.content, timestamp: '2024-01-01T00:00:00.000Z', edited_timestamp: null,
    tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: target.attachments ?? [], embeds: target.embeds ?? [], components: [], pinned: false, flags: 0,
  };
  return { ...sent, data: { id: '970000000000000009', name, type: 3, target_id: targetId, resolved: { messages: { [targetId]: message } } } };
}
