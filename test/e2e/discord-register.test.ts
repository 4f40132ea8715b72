import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { discordCommandData } from '../../src/platforms/discord/command-data.js';
import { registerDiscordCommands } from '../../src/platforms/discord/register.js';
import { TOKEN } from './fakes/discord-harness.js';
import { APP_ID, DiscordRestFake } from './fakes/discord-rest.js';

let rest: DiscordRestFake;

beforeAll(async () => {
  rest = await DiscordRestFake.start();
});

afterAll(async () => {
  await rest.close();
});

const NAMES = ['ask', 'acronym', 'upcoming', 'timeline', 'digest', 'sources', 'help'];
const MENU = { type: 3, name: 'Ask briefbot' };

describe('Discord: registering the slash commands with discord.js’s REST', () => {
  it('registers in one server with --guild: the application id first, then one PUT of every command', async () => {
    const result = await registerDiscordCommands({ commands, token: TOKEN, apiUrl: rest.url, guildId: '910000000000000001', retries: 0 });
    expect(result).toEqual({ scope: 'guild', applicationId: APP_ID, names: NAMES, messageCommands: ['Ask briefbot'] });
    const [me, put] = rest.requests.slice(-2);
    expect(me).toMatchObject({ method: 'GET', path: '/applications/@me', authorization: `Bot ${TOKEN}` });
    expect(put).toMatchObject({ method: 'PUT', path: `/applications/${APP_ID}/guilds/910000000000000001/commands` });
    expect(put!.body).toEqual([...discordCommandData(commands), MENU]);
  });

  it('registers globally without a guild', async () => {
    const result = await registerDiscordCommands({ commands, token: TOKEN, apiUrl: rest.url, retries: 0 });
    expect(result).toEqual({ scope: 'global', applicationId: APP_ID, names: NAMES, messageCommands: ['Ask briefbot'] });
    const put = rest.requests.at(-1)!;
    expect(put).toMatchObject({ method: 'PUT', path: `/applications/${APP_ID}/commands` });
    const ask = put.body.find((command: { name: string }) => command.name === 'ask');
    expect(ask).toEqual({
      type: 1,
      name: 'ask',
      description: 'Answer a question with verbatim, cited excerpts from the papers',
      options: [{ type: 3, name: 'question', description: 'Your question, in plain words', required: true }],
    });
  });

  it('registers the message command "Ask briefbot" (type 3: right-click a message → Apps) next to the slash commands, with no description or options', async () => {
    await registerDiscordCommands({ commands, token: TOKEN, apiUrl: rest.url, retries: 0 });
    const put = rest.requests.at(-1)!;
    expect(put.body.map((command: { type: number; name: string }) => `${command.type} ${command.name}`)).toEqual([...NAMES.map((name) => `1 ${name}`), '3 Ask briefbot']);
    expect(put.body.at(-1)).toEqual(MENU);
  });

  it('says why when Discord refuses the token', async () => {
    rest.fail(/^GET \/applications\/@me$/, { status: 401, code: 0, message: '401: Unauthorized' });
    await expect(registerDiscordCommands({ commands, token: TOKEN, apiUrl: rest.url, retries: 0 })).rejects.toThrow(
      'Discord: registering the commands failed: 401: Unauthorized. Check DISCORD_TOKEN: the Developer Portal → your application → Bot → Reset Token gives a new one.',
    );
  });
});
