import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import timelineCommand from '../../commands/timeline.js';
import upcomingCommand from '../../commands/upcoming.js';
import { buildKnowledge } from '../../src/knowledge/knowledge.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { plainText } from '../../src/present/build.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { eventsJson, upcomingJson } from '../../src/timeline/index.js';
import { testContext } from '../support/corpus.js';
import { realDocuments } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-dates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const paper = (title: string, published: string) => `---
title: ${title}
authors: [Ada Author]
published: ${published}
kind: essay
---
Overview

${'The ministers met in Tokyo on November 14, 2023 to agree on export controls for chips. '.repeat(4)}
`;

/** A corpus folder with a good paper and one dated a day no calendar has. */
function corpusWithImpossibleDate(): string {
  const corpus = join(dir, 'corpus');
  mkdirSync(join(corpus, 'documents'), { recursive: true });
  writeFileSync(join(corpus, 'documents', 'good.md'), paper('A Good Paper', '2023-12'));
  writeFileSync(join(corpus, 'documents', 'feb-30.md'), paper('A Paper Of No Day', '2023-02-30'));
  writeFileSync(join(corpus, 'documents', 'leap.md'), paper('A Leap Day Paper', '2024-02-29'));
  writeFileSync(join(corpus, 'glossary.yaml'), '');
  return corpus;
}

describe('a publication date that is not a day on the calendar', () => {
  it('is refused at load with the file and the line of "published:"; the rest load, and the timeline commands answer', () => {
    const warnings: string[] = [];
    const knowledge = loadKnowledge(corpusWithImpossibleDate(), (line) => warnings.push(line));
    expect(warnings).toEqual([
      'feb-30.md:4: skipped, front matter field "published": "2023-02-30" is not a day on the calendar (February 2023 has 28 days): write the real date, or YYYY-MM if the day is unsure',
    ]);
    expect(knowledge.corpus.documents.map((d) => d.file)).toEqual(['good.md', 'leap.md']);
    const context = testContext({ knowledge, now: () => new Date('2026-11-10T09:00:00Z') });
    expect(plainText(upcomingCommand.run({ days: 30 }, context))).toContain('14 Nov');
    expect(plainText(timelineCommand.run({ query: '2023' }, context))).toContain('2023');
    expect(eventsJson(knowledge.timeline).length).toBeGreaterThan(0);
    expect(() => upcomingJson(knowledge.timeline, '2026-11-10', 30)).not.toThrow();
  });

  it('leaves only that paper out of the timeline, with a warning, when a document carries one past the loader', () => {
    const [first, ...rest] = realDocuments();
    const broken = { ...first!, meta: { ...first!.meta, published: '2023-02-30' } };
    const timeline = buildTimeline([broken, ...rest]);
    expect(timeline.problems).toEqual([
      { file: first!.file, line: null, severity: 'warning', message: 'published date "2023-02-30" is not a real date, so the timeline leaves out this paper\'s dates' },
    ]);
    expect(timeline.events.some((event) => event.sources.some((source) => source.doc === first!.file))).toBe(false);
    expect(timeline.events.some((event) => event.sources.some((source) => source.doc === rest[0]!.file))).toBe(true);

    const warnings: string[] = [];
    const knowledge = buildKnowledge({ corpus: { documents: [broken, ...rest], problems: [] }, warn: (line) => warnings.push(line) });
    const context = testContext({ knowledge });
    expect(() => upcomingCommand.run({}, context)).not.toThrow();
    expect(() => timelineCommand.run({ query: 'export controls' }, context)).not.toThrow();
    expect(() => eventsJson(knowledge.timeline)).not.toThrow();
    expect(warnings).toEqual([`${first!.file}: published date "2023-02-30" is not a real date, so the timeline leaves out this paper's dates`]);
  });
});
