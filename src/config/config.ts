import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadChatConfig, type ChatConfig } from './chat.js';
import { ConfigError } from './error.js';
import { projectPath } from '../shared/paths.js';

export { ConfigError };

/** Configuration from the environment, read and checked once at start. See .env.example. */
export interface Config {
  /** The corpus folder: documents/*.md, glossary.yaml, events.yaml. */
  corpusDir: string;
  /** SQLite file for subscriptions and posted digests; its folder is created on first start. */
  databasePath: string;
  /** DATABASE_URL: a PostgreSQL database instead of the SQLite file, for several replicas (checked when opened). */
  databaseUrl?: string | null;
  color: boolean;
  /** Slack, Discord, admins, rate limit, log level. */
  chat: ChatConfig;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, isTty = Boolean(process.stdout.isTTY)): Config {
  const corpusDir = env.BRIEFBOT_CORPUS_DIR?.trim() || projectPath('corpus');
  const absolute = isAbsolute(corpusDir) ? corpusDir : resolve(corpusDir);
  if (!existsSync(join(absolute, 'documents'))) {
    throw new ConfigError(
      `BRIEFBOT_CORPUS_DIR: "${absolute}" has no documents/ folder. Point it at a corpus folder (documents/*.md, glossary.yaml, events.yaml) or unset it to use the project's corpus/.`,
    );
  }
  const databasePath = resolve(env.DATABASE_PATH?.trim() || join('data', 'briefbot.db'));
  if (existsSync(databasePath) && statSync(databasePath).isDirectory()) {
    throw new ConfigError(`DATABASE_PATH: "${databasePath}" is a folder. Give the path of a file, e.g. ./data/briefbot.db.`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  return { corpusDir: absolute, databasePath, databaseUrl, color: isTty && !env.NO_COLOR, chat: loadChatConfig(env) };
}

/** A .env file in the working folder is read if there is one; real environment variables win. */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
