/**
 * Sentences about the document itself rather than the world it tells of: when a press call may be
 * reported ("embargoed until 8:00 p.m. tonight", "held under embargo until tomorrow at 5:00 a.m."),
 * how it may be attributed ("on background"), when a page was captured or last updated, when the
 * press office will say more ("we'll have more on that tomorrow"). Their
 * dates are the document's handling, not events, so they give none. The corpus loader sets such
 * lines aside as boilerplate when it recognises them; this catches the ones left inside a passage.
 */
const NOTICE = [
  /\b(?:under\s+(?:an?\s+)?embargo|embargo(?:ed)?\s+(?:until|till|for|to)|embargo\s+(?:lifts|ends|is\s+lifted))\b/i,
  /\b(?:this\s+call|the\s+call|this\s+briefing|the\s+briefing)\s+(?:is|will\s+be)\s+(?:on\s+background|off\s+the\s+record|held\s+on\s+background)\b/i,
  /\b(?:for\s+immediate\s+release|as\s+prepared\s+for\s+delivery|page\s+(?:last\s+)?(?:updated|captured)|captured\s+(?:on|from)\s+the\s+web)\b/i,
  // The briefing room's own schedule: "we'll have more on that tomorrow", "another background call tomorrow afternoon".
  /\b(?:have|share)\s+more\s+on\s+(?:that|this|those)\b|\banother\s+(?:background\s+|press\s+)?(?:call|briefing|gaggle)\b/i,
];

export function isHandlingNotice(sentence: string): boolean {
  return NOTICE.some((pattern) => pattern.test(sentence));
}
