import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { LoadProblem } from '../../corpus/index.js';
import { checkItem } from './check-item.js';
import { FIELDS, ItemSchema } from './schema.js';
import { describeIssues } from './messages.js';
import type { TeamEvent } from './types.js';

/**
 * events.yaml → the team's items. Each bad item is reported with the file, its line and how to
 * fix it, and skipped; the good ones load: fail clearly, but a bad entry is not fatal.
 */
export interface TeamEvents {
  events: TeamEvent[];
  problems: LoadProblem[];
}

function lineOf(counter: LineCounter, node: Node | null | undefined): number | null {
  const offset = node?.range?.[0];
  return offset === undefined ? null : counter.linePos(offset).line;
}

/** The line of `field` in an item (its key), else the item's own line. */
function fieldLine(counter: LineCounter, item: Node, field: string | undefined): number | null {
  if (field !== undefined && isMap(item)) {
    const pair = (item as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === field);
    if (pair && isScalar(pair.key)) return lineOf(counter, pair.key);
  }
  return lineOf(counter, item);
}

export function parseTeamEvents(text: string, file: string): TeamEvents {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const problem = (line: number | null, message: string): LoadProblem => ({ file, line, message, severity: 'error' });
  if (document.errors.length > 0) {
    return {
      events: [],
      problems: document.errors.map((error) => problem(counter.linePos(error.pos[0]).line, `not valid YAML, nothing loaded: ${error.message.split('\n')[0]}`)),
    };
  }
  const root = document.contents;
  if (root === null) return { events: [], problems: [] };
  if (!isSeq(root)) return { events: [], problems: [problem(lineOf(counter, root), 'the file must be a list of items, each starting with "- title:"')] };
  const events: TeamEvent[] = [];
  const problems: LoadProblem[] = [];
  const data = document.toJS() as unknown[];
  root.items.forEach((node, index) => {
    const item = node as Node;
    const line = lineOf(counter, item);
    const raw = data[index];
    const title = isMap(item) ? String((item as YAMLMap).get('title') ?? `item ${index + 1}`) : `item ${index + 1}`;
    const parsed = ItemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const { field, message } of describeIssues(parsed.error.issues, FIELDS, raw)) {
        problems.push(problem(fieldLine(counter, item, field), `item "${title}": ${message}`));
      }
      return;
    }
    const checked = checkItem(parsed.data, line ?? 0);
    if ('field' in checked) problems.push(problem(fieldLine(counter, item, checked.field), `item "${title}": ${checked.message}`));
    else events.push(checked);
  });
  return { events, problems };
}
