import { describe, expect, it } from 'vitest';
import { isFollowUp } from '../../src/search/index.js';

describe('a follow-up question', () => {
  it.each(['when was it launched', 'who leads it?', 'and who attended', 'what about the second one', 'how much did they pledge', 'when was that'])(
    '“%s” leans on the earlier question',
    (question) => expect(isFollowUp(question)).toBe(true),
  );

  it.each([
    'what is JUCIP',
    'when was the EPCC launched',
    'who blocked the Nippon Steel deal',
    'export controls on chips',
    'and what did Raimondo say',
    'is "economic coercion" defined',
    'when did the us and japan set up a working group on semiconductor supply chains',
    '',
  ])('“%s” names a topic of its own (or nothing at all)', (question) => expect(isFollowUp(question)).toBe(false));
});
