import { describe, expect, it } from 'vitest';
import timelineCommand from '../../commands/timeline.js';
import upcomingCommand from '../../commands/upcoming.js';
import { runCommand, runTextCommand } from '../../src/dispatch/run.js';
import type { CommandContext } from '../../src/dispatch/types.js';
import { plainText } from '../../src/present/build.js';
import type { Reply } from '../../src/present/types.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { yearSpan } from '../../src/timeline/query.js';
import { loadTeamEvents } from '../../src/timeline/team/load.js';
import { realKnowledge, testContext } from '../support/corpus.js';
import { fixture, fullTimeline } from './support.js';

/** /upcoming and /timeline against the real papers, the real search and an injected clock. */
const knowledge = { ...realKnowledge(), timeline: fullTimeline() };
const context = (now = '2026-11-10T09:00:00Z', known: object = knowledge): CommandContext =>
  testContext({ knowledge: known as CommandContext['knowledge'], now: () => new Date(now), commands: [upcomingCommand, timelineCommand] });
const run = (line: string, now?: string) => runTextCommand(line, context(now));

/** Every page of a reply, pressing "More" until there is none. */
async function allPages(line: string): Promise<string> {
  let reply = await run(line);
  const pages = [plainText(reply)];
  // Past the first page there is also "Back": follow "More" only.
  const more = (r: Reply) => r.buttons?.find((b) => b.id === 'more');
  for (let button = more(reply); button; button = more(reply)) {
    reply = await runCommand(button.command === 'timeline' ? timelineCommand : upcomingCommand, button.args, context());
    pages.push(plainText(reply));
  }
  return pages.join('\n');
}
const headlines = (reply: Reply) => reply.blocks.flatMap((b) => (b.type === 'text' ? [b.spans.map((s) => s.text).join('')] : []));

describe('/upcoming', () => {
  it('shows the coming week from the injected clock, nearest first, each quoted and cited', async () => {
    const reply = await run('/upcoming');
    expect(reply.title).toBe('Coming up, 10 Nov 2026 to 16 Nov 2026 (UTC)');
    expect(plainText(reply)).toContain('Sat 14 Nov — 3 years ago, 14 Nov 2023: the second meeting of the ministerial-level EPCC');
    const excerpts = reply.blocks.filter((b) => b.type === 'excerpt');
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt.type === 'excerpt' && excerpt.citation.passage).toBeGreaterThan(0);
  });

  it('pages with a More button that runs /upcoming again from where it stopped', async () => {
    const first = await run('/upcoming 30');
    expect(first.buttons).toEqual([{ id: 'more', label: 'More', command: 'upcoming', args: { days: 30, zone: 'UTC', offset: 5 } }]);
    const second = await runCommand(upcomingCommand, first.buttons![0]!.args, context());
    expect(headlines(second)[0]).not.toBe(headlines(first)[0]);
    expect(plainText(second)).toMatch(/Showing 6–10 of \d+/);
  });

  it('counts days in the named zone: already the 14th in Tokyo', async () => {
    expect(plainText(await run('/upcoming 1 Asia/Tokyo', '2026-11-13T20:00:00Z'))).toContain('14 Nov 2023: the second meeting');
    expect(plainText(await run('/upcoming 1', '2026-11-13T20:00:00Z'))).not.toContain('14 Nov 2023: the second meeting');
  });

  it('says so when nothing falls in the window, and where to look further', async () => {
    // Every month has a month-precision event in the papers, so only the team's calendar can be quiet.
    const quiet = { ...knowledge, timeline: buildTimeline([], loadTeamEvents(fixture('good-events.yaml')).events) };
    const reply = await runTextCommand('/upcoming 3', context('2026-06-10T09:00:00Z', quiet));
    expect(plainText(reply)).toMatch(/No anniversaries or deadlines in these 3 days\. Look further ahead with \/upcoming 90\./);
  });

  it.each(['/upcoming 0', '/upcoming 91', '/upcoming soon', '/upcoming 7 Asia/Tokio'])('answers "%s" with a usage hint', async (line) => {
    const reply = await run(line);
    expect(reply.visibility).toBe('ephemeral');
    expect(plainText(reply)).toMatch(/Usage: \/upcoming \[days\] \[zone\]/);
  });

  it('names the closest zones for a misspelt one', async () => {
    expect(plainText(await run('/upcoming 7 Asia/Tokio'))).toContain('Did you mean Asia/Tokyo');
  });
});

describe('/timeline', () => {
  it('lists a year’s events in date order, a page at a time', async () => {
    const reply = await run('/timeline 2023');
    expect(reply.title).toBe('Timeline: 2023');
    const dated = headlines(reply).filter((h) => /^\S.*: /.test(h) && !h.startsWith('Showing'));
    expect(dated).toHaveLength(5);
    expect(dated[0]).toMatch(/^2023: /);
    expect(reply.buttons).toEqual([{ id: 'more', label: 'More', command: 'timeline', args: { query: '2023', offset: 5 } }]);
    const next = await runCommand(timelineCommand, reply.buttons![0]!.args, context());
    expect(plainText(next)).toMatch(/Showing 6–10 of \d+/);
  });

  it('finds the events about a topic the way /ask finds passages', async () => {
    const text = plainText(await run('/timeline Camp David'));
    expect(text).toContain('August 2023: the first Trilateral Summit at Camp David');
  });

  it('does not call a source note’s publication date a disagreement: /timeline JHLC', async () => {
    const text = await allPages('/timeline JHLC');
    expect(text).toMatch(/16 May 2023: the 15th JHLC convened in Tokyo/);
    expect(text).not.toMatch(/disagree/i);
  });

  it('without a topic lists every event told in the papers or the team calendar, not the notes’ publications', async () => {
    const text = plainText(await run('/timeline'));
    const told = fullTimeline().events.filter((e) => e.origin !== 'note').length;
    expect(text).toContain(`Showing 1–5 of ${told}`);
  });

  it('says what the timeline spans when a year has nothing', async () => {
    // The span is the corpus's own, so adding a paper does not break this.
    const [first, last] = yearSpan(fullTimeline())!;
    expect(plainText(await run('/timeline 1900'))).toBe(`No dated events for 1900. The timeline runs from ${first} to ${last}.`);
  });

  it.each(['/timeline 20245', '/timeline 23'])('answers "%s" with a usage hint', async (line) => {
    expect(plainText(await run(line))).toMatch(/is not a year: write four digits[\s\S]*Usage: \/timeline \[query\]/);
  });

  it('refuses a topic longer than it takes, with a usage hint', async () => {
    expect(plainText(await run(`/timeline ${'chips '.repeat(30)}`))).toMatch(/Usage: \/timeline/);
  });
});
