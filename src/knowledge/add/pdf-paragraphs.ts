/** A line of a PDF page: its text, baseline (y grows upwards) and font size. */
export interface PdfLine {
  page: number;
  y: number;
  size: number;
  text: string;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;

/**
 * Lines → paragraphs. A PDF has no paragraphs, only lines placed on a page: a paragraph ends where
 * the gap to the next line is clearly wider than the document's usual line spacing, or the type
 * size changes (a heading). A page break ends one only after a finished sentence: paragraphs run
 * on across pages. Each paragraph becomes one line, so no wrapped line can pass for a heading.
 */
export function pdfParagraphs(lines: readonly PdfLine[]): string[] {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    if (lines[i]!.page === lines[i - 1]!.page && gap > 0) gaps.push(gap);
  }
  const spacing = median(gaps);
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    let breaks = previous === undefined;
    if (previous !== undefined) {
      if (previous.page !== line.page) breaks = ENDS_SENTENCE.test(previous.text);
      else {
        const gap = previous.y - line.y;
        breaks = gap <= 0 || (spacing > 0 && gap > spacing * 1.4) || Math.abs(previous.size - line.size) > 0.15 * Math.max(previous.size, line.size);
      }
    }
    if (breaks) {
      if (current !== '') paragraphs.push(current);
      current = line.text;
    } else {
      // A line ending in a hyphen joins the next with no space and keeps the hyphen: a word broken
      // at the line's end cannot be told from a compound ("US-" / "Japan"), and no letter is lost.
      current = /[A-Za-z]-$/.test(current) ? `${current}${line.text}` : `${current} ${line.text}`;
    }
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}
