import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse-document.js';
import { countWords } from '../../src/corpus/sentences.js';
import { isListItem, stripMarkup } from '../../src/corpus/markup.js';
import { splitUnits } from '../../src/corpus/units.js';
import { sharedDocuments } from './documents.js';
import { rewrap } from './rewrap-text.js';

const FRONT = '---\ntitle: A Wrapped Paper\nauthors: [Ada Author]\npublished: 2024-05\nkind: essay\n---\n';

describe('headings', () => {
  it('are never one line of a wrapped paragraph, however short and unpunctuated the line', () => {
    const paragraph =
      'The two governments agreed in Tokyo to coordinate their export controls with partners in Europe on Advanced Semiconductors and Quantum Computing Equipment Makers Everywhere and also agreed to review supply chains.';
    const text = rewrap(`${FRONT}${paragraph}\n`, 56);
    // The wrapped text has a line that, read alone, looks like a heading: short, capitals, no full stop.
    expect(text.split('\n')).toContain('Semiconductors and Quantum Computing Equipment Makers');
    const document = parseDocument('wrapped.md', text);
    expect(document.sections).toEqual([]);
    expect(document.passages.map((p) => p.text)).toEqual([paragraph]);
  });

  it('are a short paragraph standing alone, or Markdown heading and bold markup', () => {
    const body = (topic: string) => `The ministers met in Tokyo and agreed to work together on ${topic}. `.repeat(3);
    const text = `${FRONT}
Export Controls

${body('export controls')}

## Supply Chains

${body('supply chains')}

**<u>Critical Minerals</u>**

${body('critical minerals')}
`;
    expect(parseDocument('headed.md', text).sections).toEqual(['Export Controls', 'Supply Chains', 'Critical Minerals']);
  });
});

describe('the repeated running head rule', () => {
  it('never deletes words from inside a sentence: line-end fragments that recur stay', () => {
    const paragraph = (topic: string) =>
      `The partnership on ${topic} will deepen ties between the two\ncountries.\nIt will also benefit the wider\nregion.\n`;
    const text = `${FRONT}\n${['chips', 'minerals', 'batteries', 'shipbuilding'].map(paragraph).join('\n')}`;
    const passages = parseDocument('fragments.md', text).passages.map((p) => p.text).join('\n');
    expect(passages.match(/two countries\./g)).toHaveLength(4);
    expect(passages.match(/wider region\./g)).toHaveLength(4);
  });

  it('still removes a real running head: a short unpunctuated paragraph printed again and again', () => {
    const body = (topic: string) => `The ministers met in Tokyo and agreed to work together on ${topic}. `.repeat(3);
    const text = `${FRONT}\n${body('chips')}\n\nUS-Japan Review | Spring\n\n${body('minerals')}\n\nUS-Japan Review | Spring\n\n${body('ships')}\n`;
    const document = parseDocument('heads.md', text);
    expect(document.passages.map((p) => p.text).join(' ')).not.toContain('US-Japan Review');
    expect(document.removed.filter((r) => r.category === 'repeated running head or block')).toHaveLength(2);
  });
});

describe('bullet lists', () => {
  const FACT_SHEET = `${FRONT}
**<u>Competitiveness and Innovation</u>**

-   **Digital Economy**:
    -   The United States and Japan launched the Global Digital
        Connectivity Partnership in May 2021.
    -   The two countries promoted an open, free, global and secure
        Internet at the 12th Policy Cooperation Dialogue.
-   **Open RAN:**
    -   Japan funded an R&D lab in Texas to verify the interoperability of
        5G base stations.  Our countries intend to fund joint research.
`;

  it('make passages of whole bullets under their heading', () => {
    const document = parseDocument('fact-sheet.md', FACT_SHEET);
    expect(document.passages.map((p) => [p.section, p.text])).toEqual([
      ['Digital Economy', 'The United States and Japan launched the Global Digital Connectivity Partnership in May 2021.\n\nThe two countries promoted an open, free, global and secure Internet at the 12th Policy Cooperation Dialogue.'],
      ['Open RAN', 'Japan funded an R&D lab in Texas to verify the interoperability of 5G base stations. Our countries intend to fund joint research.'],
    ]);
    expect(document.sections).toEqual(['Competitiveness and Innovation', 'Digital Economy', 'Open RAN']);
  });

  it('in the whitehouse-japan fact sheets: every bullet that fits a passage is in one passage, whole', () => {
    for (const { file, text } of sharedDocuments('whitehouse-japan').filter((d) => d.file.includes('fact-sheet'))) {
      const document = parseDocument(file, text);
      const passages = document.passages.map((p) => p.text);
      const body = text.slice(text.indexOf('\n---', 3) + 4);
      for (const unit of splitUnits(body, 1).filter((u) => isListItem(u.text))) {
        const bullet = stripMarkup(unit.text).text;
        if (countWords(bullet) > 180 || document.sections.includes(bullet.replace(/\s*:$/, ''))) continue;
        expect(passages.some((p) => p.includes(bullet)), `${file}: ${bullet.slice(0, 60)}`).toBe(true);
      }
    }
  });
});
