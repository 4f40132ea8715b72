import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/open.js';

/**
 * Real SQLite files in a fresh temp folder. The database sits in a subfolder that does not exist
 * yet, as DATABASE_PATH's ./data/ does on a first start. `cleanup()` closes and deletes everything.
 */
export function tempStores(): { path: string; open(): Store; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'));
  const path = join(dir, 'data', 'briefbot.db');
  const opened: Store[] = [];
  return {
    path,
    open() {
      const store = openStore(path);
      opened.push(store);
      return store;
    },
    cleanup() {
      for (const store of opened) store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
