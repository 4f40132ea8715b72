/**
 * A real PostgreSQL server for the tests, on 127.0.0.1 at a free port, its data in a fresh
 * `briefbot-pg-*` temp folder that `stop()` removes. The server binaries are Debian's `postgresql`
 * package (.ci/run installs it); PG_BIN may name another bin folder. PostgreSQL refuses to run as
 * root, so under root (CI) initdb, pg_ctl and the server run as the package's `postgres` user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SUPERUSER = 'briefbot';
export const PASSWORD = 'briefbot-test';

/** The bin folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBin(): string {
  const given = process.env.PG_BIN;
  if (given) return given;
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((name) => existsSync(join(base, name, 'bin', 'pg_ctl'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) {
    throw new Error(
      'PostgreSQL server binaries not found (no /usr/lib/postgresql/*/bin/pg_ctl): the store tests run against a real server. ' +
        'Install Debian\'s package (apt-get install postgresql; .ci/run does this), or set PG_BIN to a folder holding initdb and pg_ctl.',
    );
  }
  return join(base, newest, 'bin');
}

const isRoot = (): boolean => process.getuid?.() === 0;

/** Under root: the `postgres` user's ids (Debian's package creates it). */
function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string): number => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root, but there is no "postgres" user to run the PostgreSQL server as: install Debian\'s postgresql package (it creates one)');
  }
}

function run(bin: string, args: string[]): void {
  const command = isRoot() ? ['runuser', '-u', 'postgres', '--', bin, ...args] : [bin, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface PostgresServer {
  port: number;
  /** A URL for `database` as the superuser (password authentication, as in production). */
  url(database: string): string;
  /** Stop the server (fast shutdown: connections are cut), keeping its data. */
  halt(): void;
  /** Start it again on the same port and data. */
  resume(): void;
  /** Stop and delete everything. */
  stop(): void;
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBin();
  const parent = tmpdir();
  const dir = mkdtempSync(join(parent, 'briefbot-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const pwfile = join(dir, 'password');
  writeFileSync(pwfile, `${PASSWORD}\n`);
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    // The server's user must reach its folder: traverse-only for others on a private temp folder.
    if ((statSync(parent).mode & 0o001) === 0) chmodSync(parent, statSync(parent).mode | 0o011);
    chownSync(dir, uid, gid);
    chownSync(pwfile, uid, gid);
  }
  const port = await freePort();
  const pgCtl = join(bin, 'pg_ctl');
  // fsync off: a test server's data does not outlive the run, and it makes the tests far faster.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
  const resume = (): void => run(pgCtl, ['start', '-w', '-t', '60', '-D', data, '-l', log, '-o', options]);
  const halt = (): void => run(pgCtl, ['stop', '-w', '-t', '60', '-m', 'fast', '-D', data]);
  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, `--pwfile=${pwfile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-locale', '--no-sync']);
    resume();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    port,
    url: (database) => `postgres://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    halt,
    resume,
    stop() {
      try {
        if (existsSync(join(data, 'postmaster.pid'))) halt();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
