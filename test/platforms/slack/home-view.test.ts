import { describe, expect, it } from 'vitest';
import { HOME_MAX_BLOCKS, renderHome } from '../../../src/platforms/slack/home-view.js';
import type { Reply } from '../../../src/present/types.js';

describe('renderHome', () => {
  it('is a home view: a header, then the reply’s blocks as a message renders them', () => {
    const view = renderHome({ title: 'briefbot', blocks: [{ type: 'text', spans: [{ text: 'What I know', marked: true }] }, { type: 'list', items: [[{ text: '/ask what is JUCIP' }]] }] });
    expect(view).toEqual({
      type: 'home',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'briefbot' } },
        { type: 'section', text: { type: 'mrkdwn', text: '*What I know*', verbatim: true } },
        { type: 'section', text: { type: 'plain_text', text: '• /ask what is JUCIP' } },
      ],
    });
  });

  it('keeps within Slack’s 100 blocks for a home view, saying the rest did not fit', () => {
    const reply: Reply = { title: 'briefbot', blocks: Array.from({ length: 150 }, (_, i) => ({ type: 'text' as const, spans: [{ text: `line ${i}` }] })) };
    const view = renderHome(reply);
    expect(view.blocks).toHaveLength(HOME_MAX_BLOCKS);
    expect(JSON.stringify(view.blocks.at(-1))).toContain('did not fit on this page');
  });

  it('escapes what it shows: a label cannot ping or link', () => {
    const view = renderHome({ blocks: [{ type: 'list', items: [[{ text: '<!channel> <@U1> — next digest' }]] }] });
    expect(JSON.stringify(view)).not.toMatch(/<!channel>|<@U1>/);
  });
});
