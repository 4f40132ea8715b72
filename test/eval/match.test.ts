import { describe, expect, it } from 'vitest';
import { containsPhrase } from '../../eval/match.js';

describe('a passage contains a phrase', () => {
  it('whatever the wrapping, case, typographic quotes, Markdown escapes or emphasis', () => {
    const passage = 'The **Economic\u00a0Policy** Consultative\nCommittee (“EPCC”) met in Japan’s capital.[12] Prime Minister _Kishida_ said \\#1.';
    expect(containsPhrase(passage, 'economic policy consultative committee ("EPCC")')).toBe(true);
    expect(containsPhrase(passage, "met in Japan's capital. Prime Minister Kishida said #1")).toBe(true);
  });

  it('but not when a word is missing or changed', () => {
    const passage = 'The ministers met in Tokyo to discuss export controls.';
    expect(containsPhrase(passage, 'ministers met in Osaka')).toBe(false);
    expect(containsPhrase(passage, 'met to discuss')).toBe(false);
  });
});
