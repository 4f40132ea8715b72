import { describe, expect, it } from 'vitest';
import { DocumentError, parseDocument } from '../../src/corpus/parse-document.js';

const BODY = `\n${'The two leaders agreed to deepen cooperation on semiconductor supply chains. '.repeat(4)}\n`;

/** A web capture's own front matter, as the shared corpora and many HTML-to-Markdown tools write it. */
const CAPTURE = `---
date: '2024-04-10'
modified_time: 2024-04-10 15:59:30-04:00
published_time: 2024-04-10 15:59:29-04:00
source_url: https://www.example.gov/briefing-room/2024/04/10/remarks/
tags: speeches-remarks
title: "Remarks by President\\_Biden and\\
  \\ Prime Minister Kishida"
---
${BODY}`;

describe('front matter in the capture form (title, date, source_url, tags)', () => {
  it('is read as the project form: published from date, url from source_url, the site as publisher', () => {
    const { meta } = parseDocument('remarks.md', CAPTURE);
    expect(meta).toEqual({
      title: 'Remarks by President Biden and Prime Minister Kishida',
      authors: [],
      publisher: 'example.gov',
      published: '2024-04-10',
      publishedInferred: false,
      notesMissing: [],
      url: 'https://www.example.gov/briefing-room/2024/04/10/remarks/',
      kind: 'speeches remarks',
    });
  });

  it('reports a bad date with its line, as the project form does', () => {
    const bad = CAPTURE.replace("date: '2024-04-10'", "date: '2024-02-30'");
    expect(() => parseDocument('remarks.md', bad)).toThrow(DocumentError);
    try {
      parseDocument('remarks.md', bad);
    } catch (error) {
      expect((error as DocumentError).line).toBe(2);
      expect((error as Error).message).toMatch(/front matter field "date".*not a day on the calendar/);
    }
  });

  it('refuses a field neither form knows, naming it', () => {
    const extra = CAPTURE.replace('tags: speeches-remarks', 'tags: speeches-remarks\nauthor_bio: x');
    expect(() => parseDocument('remarks.md', extra)).toThrow(/unknown field\(s\) author_bio/);
  });
});
