/**
 * How the team writes versus how the papers write: chat shorthand and domain synonyms. Each
 * expansion is searched with a lower weight than the question's own words, so an exact match
 * still wins. Acronyms the papers define come from the glossary, not from here.
 */
const SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    chip: ['semiconductor'],
    chips: ['semiconductors'],
    semis: ['semiconductors'],
    semiconductor: ['chip'],
    semiconductors: ['chips'],
    pm: ['prime minister'],
    eo: ['executive order'],
    govt: ['government'],
    govts: ['governments'],
    gov: ['government'],
    admin: ['administration'],
    econ: ['economic'],
    tech: ['technology'],
    info: ['information'],
    us: ['united states'],
    usa: ['united states'],
    america: ['united states'],
    american: ['united states'],
    washington: ['united states'],
    tokyo: ['japan'],
    japanese: ['japan'],
    dc: ['washington'],
    rules: ['regulations', 'controls'],
    ban: ['restrict', 'prohibit'],
    banned: ['restricted', 'prohibited'],
    curbs: ['restrictions', 'controls'],
    penalties: ['punishment', 'fines'],
    money: ['funding', 'investment'],
    fund: ['funding'],
    deal: ['agreement', 'acquisition'],
    merger: ['acquisition', 'deal'],
    meeting: ['met'],
    met: ['meeting'],
    invest: ['investment'],
    secret: ['classified', 'confidential'],
    leak: ['leaking', 'leaks'],
    frontrunner: ['forerunner'],
    'front-runner': ['forerunner'],
    gap: ['divergence', 'differences'],
    divergence: ['gap', 'differences'],
    eu: ['european union', 'europe'],
    brussels: ['european union'],
  }),
);

/**
 * The phrases a single typed word may stand for (already lower case). The table is a Map: the
 * word is the user's, and "constructor" or "toString" must find nothing, not Object's members.
 */
export function synonymsOf(word: string): readonly string[] {
  return SYNONYMS.get(word) ?? [];
}
