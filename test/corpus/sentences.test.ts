import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/corpus/sentences.js';
import { leastGrowth } from '../support/fastest.js';

describe('splitSentences', () => {
  it('does not split after abbreviations, initials or dotted acronyms', () => {
    expect(splitSentences('The U.S. Department of Commerce met Mr. Erik M. Jacobs in Washington, D.C. on Jan. 5. It went well.')).toEqual([
      'The U.S. Department of Commerce met Mr. Erik M. Jacobs in Washington, D.C. on Jan. 5.',
      'It went well.',
    ]);
  });

  it('keeps footnote markers and closing quotes with their sentence', () => {
    expect(splitSentences('It was fine.[3] Japan’s law took effect in 2014.⁸ Next, “quoted.” Done.')).toEqual([
      'It was fine.[3]',
      'Japan’s law took effect in 2014.⁸',
      'Next, “quoted.”',
      'Done.',
    ]);
  });

  it('ends a sentence on a dotted acronym when a new sentence clearly starts', () => {
    expect(splitSentences('Tokyo follows the U.S. The gap remains.')).toEqual(['Tokyo follows the U.S.', 'The gap remains.']);
  });

  it('ends a sentence at a blank line, full stop or not', () => {
    expect(splitSentences('Indo-Pacific Economic Framework (IPEF)\n\nManagement of a two-year initiative. Done.')).toEqual([
      'Indo-Pacific Economic Framework (IPEF)',
      'Management of a two-year initiative.',
      'Done.',
    ]);
  });

  it('splits Japanese on 。', () => {
    expect(splitSentences('経済安全保障推進法は成立した。次の文。')).toEqual(['経済安全保障推進法は成立した。', '次の文。']);
  });

  it('never loses or reorders text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const squash = (s: string) => s.replace(/\s+/g, '');
        expect(squash(splitSentences(text).join(' '))).toBe(squash(text));
      }),
    );
  });

  it('takes time linear in its text: eight times the text, far less than 64 times the time (property)', () => {
    // What made splitting slow: full stops after abbreviations, initials, acronyms and markers,
    // in one long paragraph. Time is compared between sizes, never against a clock reading.
    const piece = fc.oneof(
      fc.constantFrom('U.S.', 'Mr.', 'Jan.', 'e.g.', 'A.', 'It ended.', 'the', 'Tokyo', 'said.[12]', '[2023].', 'so.¹²', '“Quoted.”', 'done!', '。', 'D.C.'),
      fc.string({ unit: fc.constantFrom('.', ' ', 'A', 'a', '[', ']', '1', '“', '?'), minLength: 1, maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 5, maxLength: 30 }), (pieces) => {
        const unit = `${pieces.join(' ')} `;
        const small = unit.repeat(Math.ceil(16_000 / unit.length));
        const large = small.repeat(8);
        expect(leastGrowth(() => splitSentences(small), () => splitSentences(large))).toBeLessThan(24);
      }),
      { numRuns: 15 },
    );
  });
});
