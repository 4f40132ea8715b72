/**
 * The readable part of a page (Readability's article) as the loader's text: one paragraph per
 * block, a blank line between, headings as Markdown headings and list items as bullets. Each
 * block's text is one line: a paragraph is never cut where the HTML happened to wrap.
 */

/** The smallest DOM surface this needs: linkedom's and the browser's nodes both have it. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Blocks whose whole text is one paragraph, whatever inline markup or nested blocks they hold. */
const LEAF_BLOCKS = new Set(['P', 'LI', 'DT', 'DD', 'PRE', 'FIGCAPTION', 'CAPTION', 'TR', 'ADDRESS']);
/** Never text: scripts, styles, forms and media. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'FORM', 'BUTTON', 'SELECT', 'IFRAME', 'IMG', 'VIDEO', 'AUDIO', 'CANVAS']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A table row's cells, separated so they do not run together. */
function rowText(row: DomNode): string {
  return Array.from(row.childNodes)
    .map((cell) => collapse(cell.textContent ?? ''))
    .filter((cell) => cell !== '')
    .join(' | ');
}

export function htmlParagraphs(root: DomNode): string[] {
  const blocks: string[] = [];
  let inline = '';
  const flush = () => {
    const text = collapse(inline);
    if (text !== '') blocks.push(text);
    inline = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') {
      // Two <br> in a row separate paragraphs in much hand-written HTML; one is a line break inside one.
      inline += '\n';
      if (/\n\s*\n\s*$/.test(inline)) flush();
      return;
    }
    if (name === 'SPAN' || name === 'A' || name === 'EM' || name === 'STRONG' || name === 'B' || name === 'I' || name === 'SUP' || name === 'SUB' || name === 'SMALL' || name === 'ABBR' || name === 'CITE' || name === 'Q' || name === 'CODE' || name === 'TIME' || name === 'U' || name === 'MARK') {
      for (const child of Array.from(node.childNodes)) visit(child);
      return;
    }
    flush();
    const text = name === 'TR' ? rowText(node) : collapse(node.textContent ?? '');
    if (HEADINGS.has(name)) {
      if (text !== '') blocks.push(`## ${text}`);
    } else if (name === 'LI') {
      if (text !== '') blocks.push(`- ${text}`);
    } else if (LEAF_BLOCKS.has(name)) {
      if (text !== '') blocks.push(text);
    } else {
      for (const child of Array.from(node.childNodes)) visit(child);
    }
    flush();
  };
  visit(root);
  flush();
  return blocks;
}
