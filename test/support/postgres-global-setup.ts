/**
 * Vitest global setup: one PostgreSQL server for the whole run (test/support/postgres-server.ts),
 * started before any test file and stopped after the last. Each test file makes its own databases
 * on it (test/support/postgres-database.ts), so files run in parallel without sharing rows.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's URL for its `postgres` maintenance database, as the superuser. */
    postgresAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startPostgresServer();
  project.provide('postgresAdminUrl', server.url('postgres'));
  return () => server.stop();
}
