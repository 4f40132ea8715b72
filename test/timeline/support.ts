import { loadCorpus } from '../../src/corpus/load.js';
import type { CorpusDocument } from '../../src/corpus/types.js';
import { projectPath } from '../../src/shared/paths.js';
import { buildTimeline } from '../../src/timeline/build.js';
import { loadTeamEvents } from '../../src/timeline/team/load.js';
import type { Timeline } from '../../src/timeline/types.js';

/** The real corpus and its timeline, built once per test file (they are read-only). */
let documents: CorpusDocument[] | undefined;
let papersOnly: Timeline | undefined;
let withTeam: Timeline | undefined;

export function realDocuments(): CorpusDocument[] {
  documents ??= loadCorpus(projectPath('corpus', 'documents')).documents;
  return documents;
}

/** The timeline of the papers alone, as read: no team items. */
export function papersTimeline(): Timeline {
  papersOnly ??= buildTimeline(realDocuments());
  return papersOnly;
}

/** The timeline as the bot builds it: the papers and corpus/events.yaml. */
export function fullTimeline(): Timeline {
  withTeam ??= buildTimeline(realDocuments(), loadTeamEvents(projectPath('corpus', 'events.yaml')).events);
  return withTeam;
}

export function fixture(name: string): string {
  return projectPath('test', 'timeline', 'fixtures', name);
}
