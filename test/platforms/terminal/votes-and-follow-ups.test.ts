import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { Dispatcher } from '../../../src/dispatch/dispatcher.js';
import { runChat } from '../../../src/platforms/terminal/chat.js';
import { terminalLogger } from '../../../src/platforms/terminal/logger.js';
import { terminalRequester } from '../../../src/platforms/terminal/user.js';
import { realKnowledge } from '../../support/corpus.js';
import { tempStores } from '../../store/temp-store.js';

const stores = tempStores();
afterAll(() => stores.cleanup());

async function chat(lines: string[]) {
  const store = stores.open();
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk) => (out += chunk));
  const dispatcher = new Dispatcher({ knowledge: realKnowledge(), commands, logger: terminalLogger(() => {}), feedback: store.feedback, conversations: store.conversations });
  const done = runChat({ input, output, interactive: false, color: false, dispatcher, requester: terminalRequester('terminal') });
  input.end(lines.join('\n'));
  await done;
  return { out, store };
}

describe('the terminal chat', () => {
  it('offers /good and /bad under an answer; a vote keeps the answer’s buttons, so the other vote replaces it', async () => {
    const { out, store } = await chat(['what is JUCIP', '/good', '/bad', '/more']);
    expect(out).toMatch(/type \/good for 👍/);
    expect(out).toMatch(/type \/bad for 👎/);
    expect(out).toMatch(/replaced by 👎/);
    expect(out).not.toMatch(/There is no \/more command/);
    expect((await store.feedback.list()).map((r) => [r.question, r.vote, r.platform])).toEqual([['what is JUCIP', 'bad', 'terminal']]);
  });

  it('reads a follow-up with the question before it', async () => {
    const { out } = await chat(['what is JUCIP', 'when was it launched']);
    expect(out).toMatch(/Read with your earlier question: what is JUCIP/);
    expect(out).toMatch(/first launched the group in November/);
  });
});
