import { migration001 } from './001-subscriptions-and-posts.js';
import { migration002 } from './002-button-actions.js';
import { migration003 } from './003-feedback-and-conversations.js';
import type { Migration } from './types.js';

/** Every migration, in version order. */
export const migrations: readonly Migration[] = [migration001, migration002, migration003];
