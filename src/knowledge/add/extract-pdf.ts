import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { isoFromField } from './dates.js';
import { pdfParagraphs, type PdfLine } from './pdf-paragraphs.js';
import { AddError, type Extracted, type Hints } from './types.js';

interface TextItem {
  str: string;
  transform: number[];
  hasEOL?: boolean;
}

/** A document info Title that names the file or the tool rather than the paper. */
const PLACEHOLDER_TITLE = /^(untitled|microsoft (word|powerpoint)|document\d*$)|\.(docx?|pdf|indd|pptx?|rtf|tex)$/i;

/** "A. Smith; B. Jones", "A. Smith and B. Jones", "A. Smith, B. Jones" (each a full name) → the names. */
export function splitAuthors(raw: string): string[] {
  const parts = raw.split(/\s*;\s*|\s+and\s+|\s*&\s*/).flatMap((part) => {
    const pieces = part.split(/\s*,\s*/);
    // "Doe, Jane" is one name; "Jane Doe, John Roe" is two.
    return pieces.every((piece) => piece.split(/\s+/).length >= 2) ? pieces : [part];
  });
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** One page's text items → lines (top to bottom as the producer wrote them), with their baseline and size. */
function pageLines(items: readonly TextItem[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    const size = Math.abs(item.transform[3] ?? 0) || Math.abs(item.transform[0] ?? 0);
    // A new baseline starts a new line even when the producer did not mark the end of the last.
    if (current === null || Math.abs(current.y - y) > Math.max(1, size * 0.5)) {
      current = { page, y, size, text: '' };
      lines.push(current);
    }
    current.text += item.str;
    current.size = Math.max(current.size, size);
    if (item.hasEOL) current = null;
  }
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text !== '');
}

/**
 * A text PDF through Mozilla's pdf.js: the document info (Title, Author, CreationDate) and the
 * text, rebuilt into paragraphs from where the lines stand on the page (pdf-paragraphs.ts). A
 * scanned PDF has no text layer: it is refused, with the advice to run OCR first.
 */
export async function extractPdf(file: string, data: Uint8Array): Promise<Extracted> {
  let pdf;
  try {
    pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new AddError(`${file}: not a readable PDF (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const lines: PdfLine[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items.flatMap((item) => ('str' in item ? [item as TextItem] : [])), number));
      page.cleanup();
    }
    const paragraphs = pdfParagraphs(lines);
    if (paragraphs.join('').trim() === '') {
      throw new AddError(`${file}: the PDF has no text layer (a scan?): run it through OCR first, or add the text as a .txt or .md file`);
    }
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> };
    const hints: Hints = {};
    const title = typeof info.Title === 'string' ? info.Title.replace(/\s+/g, ' ').trim() : '';
    if (title !== '' && !PLACEHOLDER_TITLE.test(title)) hints.title = { value: title, from: 'PDF info Title' };
    else {
      // The largest type on the first page is the title on nearly every report's cover.
      const firstPage = lines.filter((line) => line.page === 1);
      const largest = firstPage.reduce<PdfLine | null>((best, line) => (best === null || line.size > best.size ? line : best), null);
      if (largest) hints.title = { value: largest.text, from: 'the largest line on page 1' };
    }
    const author = typeof info.Author === 'string' ? splitAuthors(info.Author) : [];
    if (author.length > 0) hints.authors = { value: author, from: 'PDF info Author' };
    const created = typeof info.CreationDate === 'string' ? isoFromField(info.CreationDate) : null;
    if (created) hints.published = { value: created, from: 'PDF info CreationDate (when the file was made, maybe not when the paper was published)' };
    return { body: paragraphs.join('\n\n'), hints };
  } finally {
    await pdf.destroy();
  }
}
