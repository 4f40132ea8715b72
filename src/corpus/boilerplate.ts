/**
 * Lines that are not the author's text, as captured from web pages and PDFs. Each rule has a
 * name so tests (and a curious reader) can see why a line went. Rules that depend on the
 * document itself (title, byline, bios, repeated running heads) live in clean.ts.
 */
interface BoilerplateRule {
  name: string;
  pattern: RegExp;
}

const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { name: 'download link', pattern: /^Download\b.{0,120}$/i },
  { name: 'breadcrumb', pattern: /^Publications\s.{0,120}$/ },
  { name: 'site navigation', pattern: /^(Connect with us|Our Partners|Click here for the details|View Profile|List of Research( Activities)?|Researcher Profile|Economy & Tech|Share( this)?|Print|Index( Index)*)$/i },
  { name: 'disclaimer', pattern: /^(Disclaimer:|(The )?(views|opinions) expressed (in|by))/i },
  { name: 'copyright footer', pattern: /(^(©|\(c\)|copyright)\s)|(\|\s*Privacy Policy)|(^\d{4}\s.{0,60}\|\s*\S)/i },
  { name: 'design-agency footer', pattern: /\b(WordPress|Web) Design\b|Digital Marketing by\b/i },
  { name: 'republication note', pattern: /^\[Note\]/i },
  { name: 'bare link', pattern: /^<?https?:\/\/\S+>?$/ },
  // A caption ends with its credit in parentheses: "(Photo provided by …)", "(© Sankei)", "(AP via Kyodo)".
  { name: 'photo caption', pattern: /\((Photo\b[^)]*|©[^)]*|AP via [^)]*|Photo Credit:[^)]*|[^)]*\/Pool)\)\s*$/i },
  { name: 'figure placeholder', pattern: /^(Figure|Chart|Table|Graph)\s+\d+[.:]/i },
  { name: 'figure legend', pattern: /^\([^)]*=[^)]*\)$/ },
  { name: 'figure source', pattern: /^Source:\s.{0,80}$/ },
  { name: 'document label', pattern: /^(Essay|Working Paper|Commentary|Policy Brief|Report)$/i },
];

export function boilerplateRuleFor(line: string): BoilerplateRule | undefined {
  return BOILERPLATE_RULES.find((rule) => rule.pattern.test(line));
}
