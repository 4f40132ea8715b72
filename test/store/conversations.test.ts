import { afterEach, describe, expect, it } from 'vitest';
import { CONVERSATION_HOURS } from '../../src/store/conversations.js';
import { storeFactories, type TestStores } from './store-factories.js';

let stores: TestStores;
afterEach(() => stores.cleanup());

const t0 = new Date('2026-11-02T10:00:00Z');
const later = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);

describe.each(storeFactories)('conversation memory in the store on $name', (factory) => {
  it("keeps each thread's last question across a restart, per platform and conversation", async () => {
    stores = await factory.create();
    const store = await stores.open();
    await store.conversations.remember('slack', 'C1:171.1', 'what is JUCIP', t0);
    await store.conversations.remember('slack', 'C1:171.1', 'what is the EPCC', later(1));
    await store.conversations.remember('discord', 'C1:171.1', 'export controls', t0);
    const reopened = await stores.open();
    expect(await reopened.conversations.earlier('slack', 'C1:171.1', later(2))).toBe('what is the EPCC');
    expect(await reopened.conversations.earlier('discord', 'C1:171.1', later(2))).toBe('export controls');
    expect(await reopened.conversations.earlier('slack', 'C2', later(2))).toBeNull();
  });

  it(`forgets a question older than ${CONVERSATION_HOURS} hours`, async () => {
    stores = await factory.create();
    const store = await stores.open();
    await store.conversations.remember('slack', 'D1', 'what is JUCIP', t0);
    expect(await store.conversations.earlier('slack', 'D1', later(CONVERSATION_HOURS - 1))).toBe('what is JUCIP');
    expect(await store.conversations.earlier('slack', 'D1', later(CONVERSATION_HOURS + 1))).toBeNull();
  });
});
