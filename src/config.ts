import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { projectPath } from './paths.js';

/** Configuration from the environment, read and checked once at start. See .env.example. */
export interface Config {
  corpusDir: string;
  color: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, isTty = Boolean(process.stdout.isTTY)): Config {
  const corpusDir = env.BRIEFBOT_CORPUS_DIR?.trim() || projectPath('corpus', 'documents');
  const absolute = isAbsolute(corpusDir) ? corpusDir : resolve(corpusDir);
  if (!existsSync(absolute)) {
    throw new ConfigError(`BRIEFBOT_CORPUS_DIR: folder "${absolute}" does not exist. Point it at a folder of corpus documents (*.md) or unset it to use corpus/documents.`);
  }
  return { corpusDir: absolute, color: isTty && env.NO_COLOR === undefined };
}

/** A .env file in the working folder is read if there is one; real environment variables win. */
export function loadEnvFile(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
