import type { Knowledge } from '../knowledge.js';

/** The knowledge in use, with what a reload compares the next build with. */
export interface LoadedKnowledge {
  knowledge: Knowledge;
  /** The source files' hash when it was read (fingerprint.ts). */
  fingerprint: string;
  curatedProblems: number;
  teamProblems: number;
}

/**
 * The one place the running bot's knowledge is swapped. Everything that answers holds `view`, a
 * Knowledge that reads the current one on every access: a swap is one assignment, so whatever
 * asks next gets the new knowledge whole, and a command, which reads it synchronously (commands/
 * await nothing between its reads), never sees half of each.
 */
export class LiveKnowledge {
  private loaded: LoadedKnowledge;
  readonly view: Knowledge;

  constructor(initial: LoadedKnowledge) {
    this.loaded = initial;
    const current = () => this.loaded.knowledge;
    // A Proxy rather than a copy of the fields: a field added to Knowledge is passed through too.
    this.view = new Proxy({} as Knowledge, {
      get: (_, key) => Reflect.get(current(), key),
      has: (_, key) => Reflect.has(current(), key),
      ownKeys: () => Reflect.ownKeys(current()),
      getOwnPropertyDescriptor: (_, key) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
        return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
      },
    });
  }

  get current(): LoadedKnowledge {
    return this.loaded;
  }

  swap(next: LoadedKnowledge): void {
    this.loaded = next;
  }
}
