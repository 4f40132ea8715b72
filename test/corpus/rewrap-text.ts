import { OPENS_UNIT, splitUnits, wrapWidth } from '../../src/corpus/units.js';

/**
 * A document re-wrapped at a width, as wrapping tools do it: lines filled greedily, broken only at
 * plain spaces (a non-breaking space glues), a list item's marker kept and its continuation lines
 * indented, and, like pandoc, no continuation line starting
 * with what would read as a list marker, a heading, a note or a speaker.
 */
const LIST_PREFIX = /^\s*(?:[-•*+]|\d{1,3}[.)])\s+/;

function wrapParagraph(lines: string[], width: number): string {
  const joined = lines.map((l) => l.trim()).join(' ');
  const prefix = LIST_PREFIX.exec(lines[0]!)?.[0].replace(/^\s*/, /^\s*/.exec(lines[0]!)![0]) ?? '';
  const indent = ' '.repeat(prefix.length);
  // A token of white space alone (a stray non-breaking space) is no word: passages read it as a space.
  const tokens = joined.slice(prefix.trimStart().length).split(' ').filter((t) => t.trim() !== '');
  const out: string[] = [];
  let line = prefix;
  tokens.forEach((token, k) => {
    const fresh = line === prefix;
    // A line may not start with what reads as a new paragraph: the word stays on the line before.
    const opensUnit = OPENS_UNIT.test(tokens.slice(k, k + 6).join(' '));
    if (!fresh && line.length + 1 + token.length > width && !opensUnit) {
      out.push(line);
      line = indent + token;
    } else line = fresh ? line + token : `${line} ${token}`;
  });
  out.push(line);
  return out.filter((l) => l.trim() !== '').map((l) => l.replace(/[ \t]+$/, '')).join('\n');
}

export function rewrap(text: string, width: number): string {
  const lines = text.split('\n');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  const body0 = lines.slice(close + 1).join('\n');
  const units = splitUnits(body0, 1);
  // A text printed one paragraph per line has a paragraph on every line: re-wrapped, they need blank lines.
  const onePerLine = wrapWidth(body0.split('\n').map((text, i) => ({ text, width: text.length, hardBreak: false, line: i + 1 }))) === null;
  // Paragraphs stay apart as they were: a blank line between runs of lines, a hard break (two
  // spaces) between the paragraphs of one run, as a Markdown-preserving re-wrapper keeps them.
  const body = units
    .map((unit, i) => {
      const wrapped = wrapParagraph(unit.lines.map((l) => l.text), width);
      const next = units[i + 1];
      if (next === undefined) return wrapped;
      return !onePerLine && next.line === unit.lines[unit.lines.length - 1]!.line + 1 ? `${wrapped}  \n` : `${wrapped}\n\n`;
    })
    .join('');
  return `${lines.slice(0, close + 1).join('\n')}\n${body}\n`;
}

