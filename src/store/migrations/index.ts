import { migration001 } from './001-subscriptions-and-posts.js';
import type { Migration } from './types.js';

/** Every migration, in version order. */
export const migrations: readonly Migration[] = [migration001];
