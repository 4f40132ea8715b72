import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseTeamEvents, type TeamEvents } from './parse.js';

/**
 * Read corpus/events.yaml: the timeline's only I/O, done at start-up and on reload. A missing
 * file means the team tracks nothing of its own yet; an unreadable one is reported.
 */
export function loadTeamEvents(path: string): TeamEvents {
  const file = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], problems: [] };
    return { events: [], problems: [{ file, line: null, message: `cannot read it: ${String(error)}`, severity: 'error' }] };
  }
  return parseTeamEvents(text, file);
}
