import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../../src/knowledge/add/file-name.js';

describe('the name a document is added under', () => {
  it.each([
    ['Kurt W. Tong', '2022-05', 'Configuring the U.S.-Japan Alliance To Cooperate on Economic Security', 'tong-2022-configuring-us-japan-alliance-cooperate.md'],
    ['bidenwhitehouse.archives.gov', '2021-02-24', 'Fact Sheet: Securing America’s Critical Supply Chains', 'bidenwhitehouse-2021-securing-americas-critical-supply-chains.md'],
    ['Mariko Togashi', '2024', 'Ōkubo’s legacy', 'togashi-2024-okubos-legacy.md'],
  ])('%s, %s, %s → %s', (author, published, title, name) => {
    expect(documentFileName(author, published, title)).toBe(name);
  });
});
