import { describe, expect, it } from 'vitest';
import { renderEmbeds } from '../../src/platforms/discord/render.js';
import { renderMessage } from '../../src/platforms/slack/render.js';
import { renderReply } from '../../src/platforms/terminal/render.js';
import { answerReply, EXCERPT_LABELS, notWrittenLabel } from '../../src/present/answer.js';
import { parseDocument } from '../../src/corpus/index.js';
import { SearchIndex } from '../../src/search/index.js';
import { ask } from '../../src/search/ask.js';
import type { Reply } from '../../src/present/types.js';
import { realKnowledge } from '../support/corpus.js';

/** Each platform's rendering of a reply, as text to search. */
const PLATFORMS: [string, (reply: Reply) => string][] = [
  ['Slack', (reply) => JSON.stringify(renderMessage(reply, []).blocks)],
  ['Discord', (reply) => JSON.stringify(renderEmbeds(reply))],
  ['terminal and CLI', (reply) => renderReply(reply, { color: false })],
];

/** A "possibly relevant" answer as each platform shows it: the plain label on every excerpt, never "nothing answers". */
describe('a possibly relevant answer on every platform', () => {
  const answer = ask(realKnowledge(), 'who showed up at the second economic 2+2', 3);
  const reply = answerReply(answer, { offset: 0, maxResults: 10 });

  it('is the outcome the question gets', () => {
    expect(answer.answer).toBe('possible');
  });

  it.each(PLATFORMS)('%s shows the label once per excerpt', (_platform, render) => {
    const shown = render(reply);
    expect(shown.split(EXCERPT_LABELS.possible).length - 1).toBe(answer.results.length);
    expect(shown).not.toMatch(/Nothing in the papers answers|Closest passage/);
  });
});

/** A found answer whose lower passages, alone, would only be possibly relevant: each says so. */
describe('a found answer with passages that match only part of the question', () => {
  const answer = ask(realKnowledge(), 'who blocked the nippon steel merger', 3);
  const reply = answerReply(answer, { offset: 0, maxResults: 10 });
  const partial = answer.results.filter((item) => item.outcome === 'possible').length;

  it('is found, with the best passage found and at least one lower passage only possibly relevant', () => {
    expect(answer.answer).toBe('found');
    expect(answer.results[0]!.outcome).toBe('found');
    expect(partial).toBeGreaterThan(0);
  });

  it('labels exactly those lower passages, and leaves the answering one unlabelled', () => {
    const labels = reply.blocks.flatMap((b) => (b.type === 'excerpt' ? [b.label ?? null] : []));
    expect(labels[0]).toBeNull();
    expect(labels.filter((label) => label === EXCERPT_LABELS.partial)).toHaveLength(partial);
    expect(renderReply(reply, { color: false }).split(EXCERPT_LABELS.partial).length - 1).toBe(partial);
  });
});

/** Held at "possible" only because the sum asked for is not written: the passage does match the question, and the reply says what it may lack. */
describe('a possibly relevant answer that may not give the figure asked for', () => {
  const document = parseDocument('paper.md', '---\ntitle: Training\nauthors: [A. Writer]\npublished: 2024\nkind: report\n---\n\nThe United States committed funding to launch an Open RAN training academy in Southeast Asia to improve access to skilled workers.\n');
  const sources = { search: new SearchIndex([document]), documents: new Map([[document.file, document]]) };
  const answer = ask(sources, 'how much funding did the united states commit to the open ran training academy in southeast asia', 3);
  const reply = answerReply(answer, { offset: 0, maxResults: 10 });

  it('is possible for want of the figure, and says which', () => {
    expect(answer.answer).toBe('possible');
    expect(answer.notWritten).toEqual(['figure']);
  });

  it.each(PLATFORMS)('%s labels the excerpt with what it may not give, and never says no passage matches', (_platform, render) => {
    const shown = render(reply);
    expect(shown).toContain(notWrittenLabel(['figure']));
    expect(shown).toContain('may not give the figure asked for');
    expect(shown).not.toMatch(/No passage matches the whole question|Nothing in the papers answers/);
  });

  it('is not said of an answer that was possible for other reasons', () => {
    expect(ask(realKnowledge(), 'who showed up at the second economic 2+2', 3).notWritten).toEqual([]);
    expect(ask(sources, 'when did the academy open its doors to students from the region', 3).notWritten).toEqual([]);
  });
});
