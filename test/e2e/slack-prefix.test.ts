import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformDeps } from '../support/platform-deps.js';
import { SlackHarness } from './fakes/slack-harness.js';
import { headerText as header, sectionTexts } from './fakes/slack-blocks.js';

/** BRIEFBOT_COMMAND_PREFIX=brief, through real Bolt: the commands are /brief-ask…, and the bot says so. */
describe('Slack with a command prefix', () => {
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await SlackHarness.start('http', platformDeps({ commandPrefix: 'brief' }));
  });
  afterAll(() => slack.stop());

  it('answers /brief-ask, and /brief-help lists the commands under their prefixed names', async () => {
    const ask = (await slack.command('brief-ask', 'what is JUCIP')).response.body;
    expect(header(ask)).toBe('From the papers: what is JUCIP');
    const help = (await slack.command('brief-help', '')).response.body;
    const text = sectionTexts(help).join('\n');
    expect(text).toMatch(/\/brief-ask/);
    expect(text).not.toMatch(/(^|[\s(])\/ask\b/);
  });

  it('an unprefixed name the old manifest still declares is told the new name', async () => {
    const old = (await slack.command('sourcez', '')).response.body;
    expect(sectionTexts(old).join('\n')).toMatch(/Did you mean \/brief-sources\?/);
  });
});
