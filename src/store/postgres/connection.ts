import pg from 'pg';
import { errorText, type Logger } from '../../shared/logger.js';
import { classified, postgresProblem } from './errors.js';

/** Waits before each new try of a statement whose connection could not be had: about 3 s in all. */
export const RECONNECT_DELAYS_MS: readonly number[] = [100, 200, 400, 800, 1_600];

export type Param = string | number | boolean | Date | null;

/**
 * When a statement may be sent again after a failure: `connect` only when it never reached the
 * server (no connection could be had), `always` for reads, which change nothing. A write whose
 * connection broke mid-statement may have committed: it is reported, not repeated, and the
 * scheduler's own bookkeeping (src/schedule/when-writable.ts) decides what to do.
 */
export type Retry = 'connect' | 'always';

/**
 * node-postgres's pool behind the store. A lost connection (the server restarted, a fail-over, a
 * network cut) is never fatal: the pool's 'error' event is logged (unhandled, it would end the
 * process), the broken client is dropped, and statements try a new connection with backoff,
 * logged, before failing as 'unavailable' (src/store/problems.ts).
 */
export class Connection {
  readonly pool: pg.Pool;

  constructor(
    url: string,
    readonly where: string,
    private readonly logger: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    // Ten connections serve a replica's commands and its scheduler; a connect that hangs (a dropped
    // packet, a host gone) gives up after 5 s rather than holding a command until Slack's 3 s pass.
    this.pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    this.pool.on('error', (error) => {
      this.logger.warn({ err: error, database: where }, `store: a PostgreSQL connection was lost (${errorText(error)}); the next statement opens a new one`);
    });
  }

  async query<Row extends pg.QueryResultRow>(sql: string, params: readonly Param[] = [], retry: Retry = 'connect'): Promise<pg.QueryResult<Row>> {
    for (let attempt = 0; ; attempt++) {
      let client: pg.PoolClient | undefined;
      let connected = false;
      try {
        client = await this.checkOut();
        connected = true;
        const result = await client.query<Row>(sql, params as Param[]);
        this.checkIn(client);
        return result;
      } catch (error) {
        // A client whose connection failed must not go back to the pool.
        if (client) this.checkIn(client, postgresProblem(error) === 'unavailable' ? (error as Error) : undefined);
        const delay = RECONNECT_DELAYS_MS[attempt];
        const again = postgresProblem(error) === 'unavailable' && delay !== undefined && (!connected || retry === 'always');
        if (!again) throw classified(error, this.where);
        this.logger.warn({ attempt: attempt + 1, retryInMs: delay, database: this.where }, `store: PostgreSQL unreachable (${errorText(error)}); retrying in ${delay} ms`);
        await this.sleep(delay);
      }
    }
  }

  /** Run `work` in one transaction on one connection (migrations). Not retried: the caller starts over. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.checkOut();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      this.checkIn(client);
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      this.checkIn(client, error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  /**
   * A client from the pool, listened to while it is out: the pool listens only to idle clients,
   * and the server's "terminating connection" (57P01, on a restart) can reach a client between
   * check-out and its query, where an unheard 'error' event would end the process.
   */
  private async checkOut(): Promise<pg.PoolClient> {
    const client = await this.pool.connect();
    client.on('error', this.onClientError);
    return client;
  }

  private checkIn(client: pg.PoolClient, error?: Error): void {
    client.off('error', this.onClientError);
    client.release(error);
  }

  private readonly onClientError = (error: Error): void => {
    this.logger.warn({ err: error, database: this.where }, `store: a PostgreSQL connection was lost (${errorText(error)}); the next statement opens a new one`);
  };

  end(): Promise<void> {
    return this.pool.end();
  }
}
