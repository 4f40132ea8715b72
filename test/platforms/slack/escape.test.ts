import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, escapePlain, escapedPrefix, fit, mrkdwnLink } from '../../../src/platforms/slack/escape.js';

describe('escapeMrkdwn', () => {
  it('turns &, < and > into entities, so no mention, broadcast or link survives', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <#C1> <https://evil|click> R&D')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;#C1&gt; &lt;https://evil|click&gt; R&amp;D',
    );
  });

  it('swaps stray formatting characters for look-alikes Slack does not parse', () => {
    expect(escapeMrkdwn('*bold* _italic_ ~strike~ `code` ```block```')).toBe('∗bold∗ ˍitalicˍ ∼strike∼ ˋcodeˋ ˋˋˋblockˋˋˋ');
  });

  it('breaks @channel, @here and @everyone typed as words', () => {
    expect(escapeMrkdwn('@everyone @Channel @here!')).toBe('@\u2060everyone @\u2060Channel @\u2060here!');
    expect(escapeMrkdwn('@everyone')).not.toContain('@everyone');
    expect(escapeMrkdwn('@hereford')).toBe('@hereford');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMrkdwn('The JUCIP met in 2023 (see § 4) — “quoted”.')).toBe('The JUCIP met in 2023 (see § 4) — “quoted”.');
  });
});

describe('escapePlain', () => {
  it('escapes only < and >: plain_text is never parsed, and "R&D" stays as typed', () => {
    expect(escapePlain('<!channel> R&D *not bold* @here')).toBe('&lt;!channel&gt; R&D *not bold* @\u2060here');
  });
});

describe('fit', () => {
  it('keeps text that fits as it is', () => {
    expect(fit('short', 10, escapePlain)).toBe('short');
  });

  it('cuts long text with "…", within the limit', () => {
    const cut = fit('a'.repeat(200), 150, escapePlain);
    expect(cut).toHaveLength(150);
    expect(cut.endsWith('a…')).toBe(true);
  });

  it('never cuts inside an entity', () => {
    for (let max = 2; max < 40; max++) {
      const cut = fit('<<<<<&&&&&>>>>>', max, escapeMrkdwn);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
    }
  });

  it('never splits a surrogate pair', () => {
    const cut = fit('😀😀😀😀😀', 4, escapePlain);
    expect(cut).toBe('😀…');
  });
});

describe('escapedPrefix', () => {
  it('returns the longest escaped prefix that fits, and nothing for no room', () => {
    expect(escapedPrefix('a<b', 5, escapeMrkdwn)).toBe('a&lt;');
    expect(escapedPrefix('a<b', 4, escapeMrkdwn)).toBe('a');
    expect(escapedPrefix('abc', 0, escapeMrkdwn)).toBe('');
  });
});

describe('mrkdwnLink', () => {
  it('links an http(s) address, its & escaped, the label escaped', () => {
    expect(mrkdwnLink('https://example.org/a?b=1&c=2', 'Read <the> paper')).toBe('<https://example.org/a?b=1&amp;c=2|Read &lt;the&gt; paper>');
  });

  it('refuses what would break out of the link', () => {
    for (const url of ['https://a.example/x|y', 'https://a.example/<!channel>', 'https://a.example/a b', 'javascript:alert(1)']) {
      expect(mrkdwnLink(url, 'x')).toBeNull();
    }
  });
});
