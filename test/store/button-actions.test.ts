import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_DAYS } from '../../src/store/button-actions.js';
import { sqliteFactory, storeFactories, type TestStores } from './store-factories.js';

let stores: TestStores;
afterEach(() => stores.cleanup());

describe.each(storeFactories)('button actions in the store on $name', (factory) => {
  it('keeps an action across a reopen, and drops those older than KEEP_DAYS as new ones arrive', async () => {
    stores = await factory.create();
    const day0 = new Date('2026-11-01T00:00:00Z');
    expect(await (await stores.open()).buttonActions.save('bb:old', '{"c":"ask","a":{"question":"old"}}', day0)).toBe(true);
    const reopened = await stores.open();
    expect(await reopened.buttonActions.find('bb:old')).toBe('{"c":"ask","a":{"question":"old"}}');
    expect(await reopened.buttonActions.find('bb:missing')).toBeNull();
    await reopened.buttonActions.save('bb:new', '{"c":"ask","a":{"question":"new"}}', new Date(day0.getTime() + (KEEP_DAYS + 1) * 86_400_000));
    expect(await reopened.buttonActions.find('bb:old')).toBeNull();
    expect(await reopened.buttonActions.find('bb:new')).not.toBeNull();
  });
});

describe('button actions in the SQLite store', () => {
  it('says it did not keep an action while another process holds the write lock, instead of failing the reply', async () => {
    stores = await sqliteFactory.create();
    const store = await stores.open();
    const other = new Database(stores.location);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await store.buttonActions.save('bb:busy', '{"c":"ask","a":{}}', new Date())).toBe(false);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(await store.buttonActions.save('bb:busy', '{"c":"ask","a":{}}', new Date())).toBe(true);
    expect(await store.buttonActions.find('bb:busy')).toBe('{"c":"ask","a":{}}');
  });
});
