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
});
