import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { Dispatcher } from '../../../src/dispatch/dispatcher.js';
import { addDocument } from '../../../src/knowledge/add/add-document.js';
import { loadLiveKnowledge } from '../../../src/knowledge/reload/load-live.js';
import type { LiveKnowledge } from '../../../src/knowledge/reload/live-knowledge.js';
import { buildParts, type KnowledgeParts } from '../../../src/knowledge/reload/parts.js';
import { Reloader, type ReloadOutcome, type ReloaderOptions } from '../../../src/knowledge/reload/reloader.js';
import { runChat } from '../../../src/platforms/terminal/chat.js';
import { terminalRequester } from '../../../src/platforms/terminal/user.js';
import type { Logger } from '../../../src/shared/logger.js';
import { projectPath } from '../../../src/shared/paths.js';
import { formatLocal } from '../../../src/shared/time/format.js';

const PAPER = 'tong-2022-configuring-us-japan-alliance.md';

/** A document none of the shipped papers could answer for: the question below finds it or nothing. */
const NEW_DOCUMENT = `---
title: Rapidus and the Hokkaido Foundry
authors: [Aiko Sato]
publisher: Example Institute
published: 2025-02-10
kind: brief
---

Rapidus, the chipmaker founded in 2022, is building a foundry in Chitose, Hokkaido, to make
two-nanometre logic chips. The Japanese government has committed large subsidies to the plant,
which began pilot production in April 2025 with technology licensed from IBM.

The foundry depends on a supply of ultrapure water and electricity that Hokkaido's planners say
the island can provide, and on engineers trained at the IBM research centre in Albany, New York.
`;
const BASE_DOCUMENT = `---
title: Export Controls After 2022
authors: [Min Lee]
published: 2024-01-15
kind: brief
---

In October 2022 the United States restricted exports of advanced chips and chipmaking tools to
China. Japan and the Netherlands agreed in January 2023 to align their own controls with them.
`;
// Words the old paper has too ("Japanese government subsidies"): a name no passage has ("Rapidus")
// matches nothing on its own, not even the "rapid" its stem is near.
const QUESTION = '/ask Japanese government subsidies for the Rapidus foundry in Chitose Hokkaido';
const NEW_TITLE = 'Rapidus and the Hokkaido Foundry';

let corpus: string;
let live: LiveKnowledge;
let reloader: Reloader;
let logged: { level: string; message: string }[];
let input: PassThrough;
let output: PassThrough;
let chatDone: Promise<void>;
let outcomes: ReloadOutcome[];
let outcomeWaiters: ((outcome: ReloadOutcome) => void)[];

const logger: Logger = {
  info: (_, message) => logged.push({ level: 'info', message }),
  warn: (_, message) => logged.push({ level: 'warn', message }),
  error: (_, message) => logged.push({ level: 'error', message }),
};

/** The next check's outcome (from the watcher or a direct check). */
const nextOutcome = (): Promise<ReloadOutcome> => new Promise((resolve) => outcomeWaiters.push(resolve));

/**
 * The build in this thread: the first test runs the real worker thread; the others test what the
 * reloader does with a build's result, and need not pay a worker's start-up each.
 */
const inThread = async (dir: string): Promise<KnowledgeParts> => buildParts(dir);

/** The bot as `briefbot start` runs it in a terminal: the live knowledge, its reloader, the chat. */
function startBot(options: Partial<ReloaderOptions> = { build: inThread }): void {
  const loaded = loadLiveKnowledge(corpus, () => {});
  live = loaded.live;
  reloader = new Reloader({
    corpusDir: corpus,
    live,
    logger,
    knownWarnings: loaded.warnings,
    debounceMs: 50,
    onOutcome: (outcome) => {
      outcomes.push(outcome);
      outcomeWaiters.shift()?.(outcome);
    },
    ...options,
  });
  reloader.start();
  input = new PassThrough();
  output = new PassThrough();
  const dispatcher = new Dispatcher({ knowledge: live.view, commands, logger });
  chatDone = runChat({ input, output, interactive: false, color: false, dispatcher, requester: terminalRequester('terminal') });
}

/** Type a line into the chat; its reply. */
function say(line: string): Promise<string> {
  const reply = new Promise<string>((resolve) => output.once('data', (chunk: Buffer) => resolve(chunk.toString())));
  input.write(`${line}\n`);
  return reply;
}

beforeEach(() => {
  corpus = mkdtempSync(join(tmpdir(), 'briefbot-reload-'));
  mkdirSync(join(corpus, 'documents'));
  copyFileSync(projectPath('corpus', 'documents', PAPER), join(corpus, 'documents', PAPER));
  copyFileSync(projectPath('corpus', 'glossary.yaml'), join(corpus, 'glossary.yaml'));
  copyFileSync(projectPath('corpus', 'events.yaml'), join(corpus, 'events.yaml'));
  logged = [];
  outcomes = [];
  outcomeWaiters = [];
});

afterEach(async () => {
  input.end();
  await chatDone;
  await reloader.stop();
  rmSync(corpus, { recursive: true, force: true });
});

describe('reload without restart', () => {
  it('a document added with briefbot add is answered from, without a restart (the watcher and the worker thread)', async () => {
    // A corpus of one short paper, so the worker thread's build costs little on a busy machine.
    for (const file of [join('documents', PAPER), 'glossary.yaml', 'events.yaml']) rmSync(join(corpus, file));
    writeFileSync(join(corpus, 'documents', 'lee-2024-export-controls.md'), BASE_DOCUMENT);
    startBot({});
    const before = await say(QUESTION);
    expect(before).not.toContain(NEW_TITLE);
    const reloaded = nextOutcome();
    const source = join(corpus, '..', `${corpus.split('/').at(-1)}-rapidus.md`);
    writeFileSync(source, NEW_DOCUMENT);
    try {
      await addDocument(source, { corpusDir: corpus });
    } finally {
      rmSync(source, { force: true });
    }
    expect(await reloaded).toMatchObject({ status: 'reloaded', documents: 2, skipped: 0 });
    expect(await say(QUESTION)).toContain(NEW_TITLE);
    const sources = await say('/sources');
    expect(sources).toContain('2 papers in the corpus');
    expect(sources).toContain('Min Lee');
    expect(sources).toContain(`Corpus loaded ${formatLocal(live.view.loadedAt, 'UTC')} UTC; no document skipped.`);
    expect(logged.some((entry) => entry.level === 'info' && entry.message.startsWith('corpus reloaded: 2 documents'))).toBe(true);
  });

  it('a document the bot holds, broken mid-edit, keeps the previous knowledge and the log says why', async () => {
    startBot();
    const held = live.current;
    const reload = nextOutcome();
    writeFileSync(join(corpus, 'documents', PAPER), readFileSync(join(corpus, 'documents', PAPER), 'utf8').replace(/^published: .*$/m, 'published: someday'));
    const outcome = await reload;
    expect(outcome.status).toBe('refused');
    expect(live.current).toBe(held);
    const warning = logged.find((entry) => entry.level === 'warn')!.message;
    expect(warning).toMatch(/^corpus reload refused, still answering from the corpus loaded at \S+: tong-2022-configuring-us-japan-alliance\.md:\d+: skipped, front matter field "published"/);
    expect(await say('/sources')).toContain('Kurt W. Tong');
  });

  it('a broken glossary.yaml keeps the previous knowledge too; a new document that does not load is skipped and /sources says why', async () => {
    startBot();
    const held = live.current;
    const refused = nextOutcome();
    writeFileSync(join(corpus, 'glossary.yaml'), '- acronym: [unclosed\n');
    expect((await refused).status).toBe('refused');
    expect(live.current).toBe(held);
    copyFileSync(projectPath('corpus', 'glossary.yaml'), join(corpus, 'glossary.yaml'));
    const skipped = nextOutcome();
    writeFileSync(join(corpus, 'documents', 'draft.md'), '---\ntitle: Draft\n---\n\nNot ready.\n');
    expect(await skipped).toMatchObject({ status: 'reloaded', documents: 1, skipped: 1 });
    const sources = await say('/sources');
    expect(sources).toContain('1 document skipped');
    expect(sources).toContain('draft.md');
  });

  it('a question asked while the rebuild runs is answered from the previous knowledge, the next from the new', async () => {
    let started!: () => void;
    const building = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The real build, held at its end until the test has asked its question.
    const build = async (dir: string): Promise<KnowledgeParts> => {
      const parts = buildParts(dir);
      started();
      await gate;
      return parts;
    };
    startBot({ build });
    writeFileSync(join(corpus, 'documents', 'sato-2025-rapidus-hokkaido-foundry.md'), NEW_DOCUMENT);
    const reload = reloader.check();
    await building;
    const during = await say(QUESTION);
    // Answered, from the one paper the bot had: nothing about Rapidus there.
    expect(during).toContain('Kurt W. Tong');
    expect(during).not.toContain(NEW_TITLE);
    release();
    expect(await reload).toMatchObject({ status: 'reloaded', documents: 2 });
    expect(await say(QUESTION)).toContain(NEW_TITLE);
  });

  it('a save without a change rebuilds nothing; a build that fails keeps the knowledge and logs the error', async () => {
    let builds = 0;
    startBot({
      build: async () => {
        builds++;
        throw new Error('out of memory');
      },
    });
    const held = live.current;
    const path = join(corpus, 'documents', PAPER);
    utimesSync(path, new Date(), new Date());
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    writeFileSync(path, readFileSync(path, 'utf8'));
    expect(await reloader.check()).toEqual({ status: 'unchanged' });
    expect(builds).toBe(0);
    writeFileSync(join(corpus, 'documents', 'sato-2025-rapidus-hokkaido-foundry.md'), NEW_DOCUMENT);
    expect(await reloader.check()).toEqual({ status: 'failed', reason: 'out of memory' });
    expect(live.current).toBe(held);
    expect(logged).toContainEqual({ level: 'error', message: `corpus reload failed; still answering from the corpus loaded at ${held.knowledge.loadedAt.toISOString()}` });
    expect(await say(QUESTION)).not.toContain(NEW_TITLE);
  });
});
