import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_DAYS } from '../../src/store/button-actions.js';
import { tempStores } from './temp-store.js';

let stores: ReturnType<typeof tempStores>;
afterEach(() => stores.cleanup());

describe('button actions in the store', () => {
  it('keeps an action across a reopen, and drops those older than KEEP_DAYS as new ones arrive', () => {
    stores = tempStores();
    const day0 = new Date('2026-11-01T00:00:00Z');
    stores.open().buttonActions.save('bb:old', '{"c":"ask","a":{"question":"old"}}', day0);
    const reopened = stores.open();
    expect(reopened.buttonActions.find('bb:old')).toBe('{"c":"ask","a":{"question":"old"}}');
    expect(reopened.buttonActions.find('bb:missing')).toBeNull();
    reopened.buttonActions.save('bb:new', '{"c":"ask","a":{"question":"new"}}', new Date(day0.getTime() + (KEEP_DAYS + 1) * 86_400_000));
    expect(reopened.buttonActions.find('bb:old')).toBeNull();
    expect(reopened.buttonActions.find('bb:new')).not.toBeNull();
  });

  it('says it did not keep an action while another process holds the write lock, instead of failing the reply', () => {
    stores = tempStores();
    const store = stores.open();
    const other = new Database(stores.path);
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(store.buttonActions.save('bb:busy', '{"c":"ask","a":{}}', new Date())).toBe(false);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(store.buttonActions.save('bb:busy', '{"c":"ask","a":{}}', new Date())).toBe(true);
    expect(store.buttonActions.find('bb:busy')).toBe('{"c":"ask","a":{}}');
  });
});
