import { OPENS_UNIT, splitUnits } from '../../src/corpus/units.js';

/**
 * A document re-wrapped at a width, as wrapping tools do it: lines filled greedily, broken only at
 * plain spaces (a non-breaking space glues), a list item's marker kept and its continuation lines
 * indented, paragraphs separated by a blank line, and, like pandoc, no continuation line starting
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
  const units = splitUnits(lines.slice(close + 1).join('\n'), 1);
  const body = units.map((unit) => wrapParagraph(unit.lines.map((l) => l.text), width)).join('\n\n');
  return `${lines.slice(0, close + 1).join('\n')}\n${body}\n`;
}

