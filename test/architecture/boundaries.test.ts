import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/shared/paths.js';

/**
 * The layer rules of docs/ARCHITECTURE.md are enforced by ESLint (eslint.config.js). These cases
 * prove the configuration really rejects a wrong arrow and accepts a right one, so a mistake in the
 * config cannot silently let everything through.
 */
const eslint = new ESLint({ cwd: projectPath() });

async function problems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: projectPath(file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  const refused: [string, string, RegExp][] = [
    ['src/timeline/example.ts', "import { x } from '../present/types.js';", /timeline layer may not import/],
    ['src/search/example.ts', "import { x } from '../store/database.js';", /search layer may not import/],
    ['src/corpus/example.ts', "import { x } from 'node:fs';", /does no I\/O/],
    ['src/store/example.ts', "import { x } from '../schedule/scheduler.js';", /store layer may not import/],
    ['src/present/example.ts', "import { x } from '../dispatch/dispatcher.js';", /present layer may not import/],
    ['commands/example.ts', "import { x } from '../src/platforms/slack/start.js';", /commands layer may not import/],
    ['commands/example.ts', "import { x } from '@slack/bolt';", /src\/platforms\/slack/],
    ['src/dispatch/example.ts', "import { x } from 'discord.js';", /src\/platforms\/discord/],
    ['src/platforms/slack/example.ts', "import { x } from '../../start.js';", /Nothing imports the application files/],
    ['commands/example.ts', "import { x } from '../src/glossary/lookup/lookup.js';", /through src\/glossary\/index.ts/],
    ['src/present/example.ts', "import { x } from '../timeline/upcoming.js';", /through src\/timeline\/index.ts/],
    ['src/platforms/slack/example.ts', "import { x } from '../discord/render.js';", /may not import another platform/],
    ['src/platforms/common/example.ts', "import { x } from '../terminal/render.js';", /may not import another platform/],
    ['src/shared/example.ts', "import { x } from '../config/config.js';", /shared layer may not import/],
  ];
  it.each(refused)('%s: %s is refused', async (file, source, message) => {
    const found = await problems(file, source);
    expect(found.length).toBe(1);
    expect(found[0]).toMatch(message);
  });

  const allowed: [string, string][] = [
    ['src/timeline/example.ts', "import { x } from '../shared/time/calendar.js';"],
    ['src/timeline/example.ts', "import { x } from '../search/index.js';"],
    ['src/present/example.ts', "import { x } from '../timeline/index.js';"],
    ['src/platforms/slack/example.ts', "import { x } from '@slack/bolt';"],
    ['commands/example.ts', "import { x } from '../src/present/build.js';"],
    ['src/glossary/extract/example.ts', "import { x } from '../assemble/example.js';"],
    ['src/platforms/cli/example.ts', "import { x } from '../terminal/render.js';"],
    ['src/platforms/discord/example.ts', "import { x } from '../../config/chat.js';"],
  ];
  it.each(allowed)('%s: %s is allowed', async (file, source) => {
    expect(await problems(file, source)).toEqual([]);
  });
});
