/**
 * A small, valid text PDF written by hand (PDF 1.4, one Helvetica font): what a word processor
 * exports, without a word processor. Each paragraph is a list of lines set 14 points apart; a
 * paragraph starts 28 points below the last one; a title is set larger. No `lines` at all makes a
 * page without a text layer, as a scan has.
 */
export interface PdfSpec {
  info?: Record<string, string>;
  title?: string;
  /** Pages of paragraphs of lines. */
  pages: string[][][];
}

const escape = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

function pageContent(paragraphs: string[][], title: string | undefined): string {
  const ops: string[] = ['BT'];
  let started = false;
  if (title !== undefined) {
    ops.push('/F1 20 Tf', '72 740 Td', `(${escape(title)}) Tj`, '/F1 11 Tf', '0 -40 Td');
    started = true;
  } else ops.push('/F1 11 Tf', '72 720 Td');
  paragraphs.forEach((lines, p) => {
    if (p > 0) ops.push('0 -28 Td');
    lines.forEach((line, l) => {
      if (l > 0) ops.push('0 -14 Td');
      ops.push(`(${escape(line)}) Tj`);
    });
  });
  void started;
  ops.push('ET');
  return ops.join('\n');
}

export function makePdf(spec: PdfSpec): Buffer {
  const objects: string[] = [];
  const pageCount = spec.pages.length;
  // 1 catalog, 2 pages, 3 font, 4 info, then a page and its content per page.
  const pageIds = spec.pages.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageCount} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = `<< ${Object.entries(spec.info ?? {})
    .map(([key, value]) => `/${key} (${escape(value)})`)
    .join(' ')} >>`;
  spec.pages.forEach((paragraphs, i) => {
    const content = pageContent(paragraphs, i === 0 ? spec.title : undefined);
    objects[pageIds[i]!] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`;
    objects[pageIds[i]! + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, 'latin1');
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
