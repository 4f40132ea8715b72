import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { markerIds, withoutMarkers } from '../../src/corpus/footnote-markers.js';
import { countWords } from '../../src/corpus/sentences.js';
import { PASSAGE_MAX_WORDS, PASSAGE_MIN_WORDS } from '../../src/corpus/passages.js';
import { projectPath } from '../../src/shared/paths.js';

/** What the loader makes of the five papers, pinned: a change to cleaning shows up here. */
const corpus = loadCorpus(projectPath('corpus', 'documents'));
const byFile = new Map(corpus.documents.map((d) => [d.file, d]));
const allPassages = corpus.documents.flatMap((d) => d.passages);

// Strings that are page furniture, not the authors' text; none may survive cleaning.
const BOILERPLATE = [
  'Download this publication', 'Download US-Japan', 'Download Report PDF', 'Privacy Policy', 'Sitemap',
  'time4design', 'Custom WordPress', 'Connect with us', 'Our Partners', 'Economy & Tech', 'Index Index',
  'Photo provided by', '© Sankei', 'AP via Kyodo', 'REUTERS', 'Photo Credit', 'Working Paper',
  'Geoeconomic Briefing', 'Click here for the details', 'View Profile', 'List of Research', 'Researcher Profile',
  'Visiting Research Fellow', 'Mariko Togashi has been', 'Erik M. Jacobs joined', 'wrote in his own personal capacity',
  'Crystal Pryor is Managing Director', 'Views expressed in this article', 'Disclaimer:', '[Note] This article',
  'https://www.japantimes', 'Figure 1.', 'blue = unfavorable', 'Source: Pew', 'Non-Resident Scholar',
  'The US-Japan NEXT Alliance Initiative is a forum', 'Author: Erik', 'Endnotes', '***', 'Mr. Erik',
];

describe('the five papers', () => {
  it('all load without a problem: Pryor note 13, missing from the source, is recorded in its front matter', () => {
    expect(corpus.documents).toHaveLength(5);
    expect(corpus.problems).toEqual([]);
    const pryor = corpus.documents.find((d) => d.file.startsWith('pryor-'));
    expect(pryor?.unresolvedMarkers).toEqual(['13']);
    expect(pryor?.meta.notesMissing).toEqual(['13']);
  });

  it('split into the pinned number of passages', () => {
    const counts = Object.fromEntries(corpus.documents.map((d) => [d.file, d.passages.length]));
    expect(counts).toEqual({
      'jacobs-2023-economic-security-coordination-update.md': 22,
      'jacobs-2023-us-japan-supply-chain-coordination.md': 18,
      'pryor-2025-us-japanese-economic-security-policies.md': 24,
      'togashi-2024-us-japan-gap-economic-security.md': 20,
      'tong-2022-configuring-us-japan-alliance.md': 79,
    });
  });

  it.each(BOILERPLATE)('leave no "%s" in any passage', (needle) => {
    expect(allPassages.filter((p) => p.text.includes(needle)).map((p) => p.id)).toEqual([]);
  });

  it('keep headings as section names', () => {
    expect(byFile.get('tong-2022-configuring-us-japan-alliance.md')!.sections).toEqual([
      'Introduction: The Rising Prominence of Economic Security in U.S.-Japan Ties',
      'Defining the Economic Security Problem: A Focus on Protecting Technology',
      'Setting the Stage for Cooperation: Institutional Considerations and Interest Groups in Japan and the United States',
      "Setting the Stage for Cooperation: Legal Considerations in Japan and the United States, and Japan's 2022 Economic Security Legislation",
      'Comparison of the U.S. and Japanese Environments for Economic Security Policy',
      'Prior Bilateral Cooperation between the U.S. and Japan on Economic Security Policy',
      'Recommendations and the Path Forward',
    ]);
    expect(byFile.get('togashi-2024-us-japan-gap-economic-security.md')!.sections).toContain('Cooperation with the U.S. and others');
    expect(byFile.get('jacobs-2023-economic-security-coordination-update.md')!.sections[0]).toBe('US-Japan Economic Policy Consultative Committee');
  });

  it('rejoin sentences split by a page break and its footnote block', () => {
    const text = allPassages.map((p) => p.text).join('\n');
    for (const joined of [
      'foreign direct investment, requiring government approval before',
      'rare earth materials, after which China dropped the quotas',
      'a stable stream of critical imports, protects against leaks',
      'perceptions associating China with the 2020 Covid-19 pandemic',
      'the JUCIP will be utilized as a general channel for promotion',
    ]) expect(text).toContain(joined);
  });

  it('resolve every footnote marker in the body to its note, in both styles', () => {
    for (const document of corpus.documents) {
      const markers = new Set(document.passages.flatMap((p) => markerIds(p.text)));
      const unresolved = [...markers].filter((id) => document.notes[id] === undefined);
      expect(unresolved, document.file).toEqual(document.file.startsWith('pryor') ? ['13'] : []);
    }
    const tong = byFile.get('tong-2022-configuring-us-japan-alliance.md')!;
    expect(tong.notes['17']!.text).toContain('Termination of China’s Export Duties');
    const jacobs = byFile.get('jacobs-2023-economic-security-coordination-update.md')!;
    expect(Object.keys(jacobs.notes)).toHaveLength(23);
  });

  it('repair the endnote printed as [19] that is really [18]', () => {
    const pryor = byFile.get('pryor-2025-us-japanese-economic-security-policies.md')!;
    expect(pryor.notes['18']!.text).toContain('CFIUS, “Annual Report to Congress,” 2022');
    expect(pryor.notes['19']!.text).toContain('U.S. Steel and Nippon Sue Biden');
  });

  it('make passages of about 40–180 words that end on a whole sentence', () => {
    for (const passage of allPassages) {
      expect(countWords(passage.text), passage.id).toBeLessThanOrEqual(PASSAGE_MAX_WORDS);
      expect(withoutMarkers(passage.text).trim(), passage.id).toMatch(/[.?!:”"’)]$/);
    }
    const short = allPassages.filter((p) => countWords(p.text) < PASSAGE_MIN_WORDS);
    // A short passage is only ever the last of its section, with no room left in the one before.
    expect(short.length).toBeLessThanOrEqual(3);
  });

  it('keep the authors’ words verbatim', () => {
    const tong = byFile.get('tong-2022-configuring-us-japan-alliance.md')!;
    expect(tong.passages.some((p) => p.text.includes('includes 75 Chinese companies') || p.text.includes('included 75 Chinese companies.³'))).toBe(true);
  });
});
