/**
 * Lines that are not the author's text, as captured from web pages and PDFs. Each rule has a
 * name so tests (and a curious reader) can see why a line went. Rules that depend on the
 * document itself (title, byline, bios, repeated running heads) live in clean.ts.
 */
import type { RemovedCategory } from './removed-categories.js';

interface BoilerplateRule {
  name: RemovedCategory;
  test(line: string): boolean;
}

const rule = (name: RemovedCategory, pattern: RegExp): BoilerplateRule => ({ name, test: (line) => pattern.test(line) });

const CAPTION_CREDIT = /Photo\b|©|AP via /iy;

/**
 * A caption ends with its credit in parentheses: "(Photo provided by …)", "(© Sankei)", "(AP via
 * Kyodo)", "(… /Pool)". The same test as the pattern
 * /\((Photo\b[^)]*|©[^)]*|AP via [^)]*|Photo Credit:[^)]*|[^)]*\/Pool)\)\s*$/i, written out because
 * that pattern scans from every "(" to the line's end: a line of many "(" took seconds.
 */
function endsWithPhotoCredit(line: string): boolean {
  const text = line.trimEnd();
  if (!text.endsWith(')')) return false;
  const close = text.length - 1;
  // The credit holds no ")": it starts at a "(" after the one before the last.
  const from = text.lastIndexOf(')', close - 1) + 1;
  const firstOpen = text.indexOf('(', from);
  if (firstOpen < 0 || firstOpen >= close) return false;
  if (/\/Pool$/i.test(text.slice(Math.max(firstOpen + 1, close - 5), close))) return true;
  for (let open = firstOpen; open >= 0 && open < close; open = text.indexOf('(', open + 1)) {
    CAPTION_CREDIT.lastIndex = open + 1;
    if (CAPTION_CREDIT.test(text) && CAPTION_CREDIT.lastIndex <= close) return true;
  }
  return false;
}

/** "(blue = unfavorable)": the same as /^\([^)]*=[^)]*\)$/, which backtracked over every "=" of a long line. */
function isFigureLegend(line: string): boolean {
  const inner = line.slice(1, -1);
  return line.length >= 2 && line.startsWith('(') && line.endsWith(')') && !inner.includes(')') && inner.includes('=');
}

const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  rule('download link', /^Download\b.{0,120}$/i),
  rule('breadcrumb', /^Publications\s.{0,120}$/),
  rule('site navigation', /^(Connect with us|Our Partners|Click here for the details|View Profile|List of Research( Activities)?|Researcher Profile|Economy & Tech|Share( this)?|Print|Index( Index)*)$/i),
  rule('disclaimer', /^(Disclaimer:|(The )?(views|opinions) expressed (in|by))/i),
  rule('copyright footer', /(^(©|\(c\)|copyright)\s)|(\|\s*Privacy Policy)|(^\d{4}\s.{0,60}\|\s*\S)/i),
  rule('design-agency footer', /\b(WordPress|Web) Design\b|Digital Marketing by\b/i),
  rule('republication note', /^\[Note\]/i),
  rule('bare link', /^<?https?:\/\/\S+>?$/),
  { name: 'photo caption', test: endsWithPhotoCredit },
  rule('figure placeholder', /^(Figure|Chart|Table|Graph)\s+\d+[.:]/i),
  { name: 'figure legend', test: isFigureLegend },
  rule('figure source', /^Source:\s.{0,80}$/),
  rule('document label', /^(Essay|Working Paper|Commentary|Policy Brief|Report)$/i),
];

export function boilerplateRuleFor(line: string): BoilerplateRule | undefined {
  return BOILERPLATE_RULES.find((candidate) => candidate.test(line));
}
