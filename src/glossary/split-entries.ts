/** A piece of the curated file read as one YAML document, and the file line it starts on. */
export interface EntrySource {
  text: string;
  /** 1-based line in the file. */
  line: number;
}

/** An entry of a block list starts with "-" at the start of its line. */
const ENTRY_START = /^-(?:[ \t]|$)/;
/** Lines that may come before the first entry: blank, comments, a document start. */
const PREAMBLE = /^(?:\s*(?:#.*)?|---\s*)$/;

/**
 * The file cut into its top-level entries, each to be parsed alone: an unclosed quote then runs
 * only to the end of its own entry, never into (and over) the valid entry after it. A file that
 * is not a plain block list (a mapping, a flow list "[…]", text before the first "-") is one
 * piece, read whole, so its shape is reported as it stands.
 */
export function splitEntries(source: string): EntrySource[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const starts = lines.flatMap((line, i) => (ENTRY_START.test(line) ? [i] : []));
  const first = starts[0];
  if (first === undefined || !lines.slice(0, first).every((line) => PREAMBLE.test(line))) return [{ text: lines.join('\n'), line: 1 }];
  return starts.map((start, i) => ({ text: lines.slice(start, starts[i + 1] ?? lines.length).join('\n'), line: start + 1 }));
}
