import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boilerplateRuleFor } from '../../src/corpus/boilerplate.js';
import { leastGrowth } from '../support/fastest.js';

/** The patterns the caption and legend rules once were: the rules must still say exactly what these say. */
const PHOTO_CAPTION = /\((Photo\b[^)]*|©[^)]*|AP via [^)]*|Photo Credit:[^)]*|[^)]*\/Pool)\)\s*$/i;
const FIGURE_LEGEND = /^\([^)]*=[^)]*\)$/;

const isRule = (name: string) => (line: string) => boilerplateRuleFor(line)?.name === name;

describe('the caption and legend rules', () => {
  it('drop the lines they always did', () => {
    expect(isRule('photo caption')('Prime Minister Kishida in Tokyo (Photo provided by the Cabinet Office)')).toBe(true);
    expect(isRule('photo caption')('The summit (AP via Kyodo) ')).toBe(true);
    expect(isRule('photo caption')('Leaders meet (Reuters/Pool)')).toBe(true);
    expect(isRule('figure legend')('(blue = unfavorable)')).toBe(true);
  });

  it('say what the old patterns said, on any line (property)', () => {
    const char = fc.constantFrom('(', ')', '=', ' ', '\t', 'P', 'h', 'o', 't', '©', 'A', 'V', 'i', 'a', '/', 'l', 'x', 'Photo', 'AP via ', '/Pool', 'photo', ' Credit:');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }).map((parts) => parts.join('')), (line) => {
        const name = boilerplateRuleFor(line)?.name;
        // An earlier rule may claim the line first; compare only where neither of these two could be shadowed.
        if (name !== undefined && name !== 'photo caption' && name !== 'figure legend') return;
        expect(name === 'photo caption', line).toBe(PHOTO_CAPTION.test(line));
        if (!PHOTO_CAPTION.test(line)) expect(name === 'figure legend', line).toBe(FIGURE_LEGEND.test(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('take time linear in the line: eight times the line, far less than 64 times the time', () => {
    for (const unit of ['(', '(=', '(/Pool', '( =', '(Photo']) {
      const small = unit.repeat(Math.ceil(8000 / unit.length));
      const large = small.repeat(8);
      expect(leastGrowth(() => boilerplateRuleFor(small), () => boilerplateRuleFor(large)), unit).toBeLessThan(24);
    }
  });
});
