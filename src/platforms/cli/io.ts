import type { Readable } from 'node:stream';
import type { Dispatcher } from '../../dispatch/dispatcher.js';
import type { Knowledge } from '../../knowledge/knowledge.js';

/** Where a CLI run reads and writes: the process's streams, or a test's buffers. */
export interface CliIo {
  stdin: Readable;
  out(line: string): void;
  err(line: string): void;
  color: boolean;
}

/** What the commands that read the corpus get, loaded only once the command line is known to be valid. */
export interface CliKnowledge {
  knowledge: Knowledge;
  /** The chat's command path, for output rendered as the chat renders it. */
  dispatcher: Dispatcher;
}
