import { describe, expect, it } from 'vitest';
import { withoutChatNoise } from '../../src/shared/text/chat-noise.js';
import { ask } from '../../src/search/index.js';
import { realKnowledge } from '../support/corpus.js';

describe('chat noise around a question', () => {
  it.each([
    ['<!channel> what is jucip', 'what is jucip'],
    ['@everyone what is jucip', 'what is jucip'],
    ['<@U123|ann> <#C1|general> what is *jucip* :thinking_face: 🤔', 'what is jucip'],
    ['see <https://example.com/a|the paper> on `export controls` https://x.io/y', 'see the paper on export controls'],
    ['~old~ question 👍🏽', 'old question'],
  ])('%s → %s', (typed, words) => expect(withoutChatNoise(typed)).toBe(words));

  it('never counts as question words: "@everyone what is jucip" answers as "what is jucip" does', () => {
    const knowledge = realKnowledge();
    const noisy = ask(knowledge, '@everyone <!here> what is jucip 🙏 https://example.com', 3);
    const clean = ask(knowledge, 'what is jucip', 3);
    expect(noisy.answer).toBe('found');
    expect(noisy.results.map((r) => r.hit.passage.id)).toEqual(clean.results.map((r) => r.hit.passage.id));
    expect(noisy.query).toBe('@everyone <!here> what is jucip 🙏 https://example.com');
  });

  it('reports unknown words as typed: not stems, not Japanese character pairs', () => {
    const knowledge = realKnowledge();
    const answer = ask(knowledge, 'jucip qwertyuiop zxcvbnmlkj いつ始まった', 3);
    const unknown = answer.results[0]?.hit.unknownWords ?? [];
    expect(unknown).toContain('qwertyuiop');
    expect(unknown).toContain('zxcvbnmlkj');
    expect(unknown.some((word) => word.length === 2 && /\p{Script=Han}|\p{Script=Hiragana}/u.test(word))).toBe(false);
  });
});
