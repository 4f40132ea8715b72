/**
 * The acronyms the five papers define, made by reading every passage of every paper — not by
 * running the extractor. One row per paper and long form as the paper writes it; a paper that
 * spells an acronym out twice the same way has one row, the first place it does. Togashi (2024)
 * defines none in its body. Read off the copies in test/fixtures/seed-corpus/documents, so a paper added
 * to corpus/ changes nothing here.
 */
export const TONG = 'tong-2022-configuring-us-japan-alliance.md';
export const JACOBS_OCT = 'jacobs-2023-economic-security-coordination-update.md';
export const JACOBS_DEC = 'jacobs-2023-us-japan-supply-chain-coordination.md';
export const TOGASHI = 'togashi-2024-us-japan-gap-economic-security.md';
export const PRYOR = 'pryor-2025-us-japanese-economic-security-policies.md';

export type GoldDefinition = readonly [doc: string, shortForm: string, longForm: string];

export const DEFINED: readonly GoldDefinition[] = [
  [TONG, 'EU', 'European Union'],
  [TONG, 'CoRe', 'Competitiveness and Resilience'],
  [TONG, 'AI', 'artificial intelligence'],
  [TONG, 'APIs', 'active pharmaceutical ingredients'],
  [TONG, 'FTFEA', 'Foreign Trade and Foreign Exchange Act'],
  [TONG, 'METI', 'Ministry of Economy, Trade, and Industry'],
  [TONG, 'FDI', 'foreign direct investment'],
  [TONG, 'JETRO', 'Japan External Trade Organization'],
  [TONG, 'LDP', 'Liberal Democratic Party'],
  [TONG, 'MOD', 'Ministry of Defense'],
  [TONG, 'JBIC', 'Japan Bank for International Cooperation'],
  [TONG, 'JOGMEC', 'Japan Oil, Gas, and Metals National Corporation'],
  [TONG, 'BIS', 'Bureau of Industry and Security'],
  [TONG, 'EAR', 'Export Administration Regulation'],
  [TONG, 'CFIUS', 'Committee on Foreign Investment in the United States'],
  [TONG, 'FIRRMA', 'Foreign Investment Risk Review Modernization Act'],
  [TONG, 'IEEPA', 'International Emergency Economic Powers Act'],
  [TONG, 'INA', 'Immigration and Nationality Act'],
  [TONG, 'SDS', 'Specially Designated Secrets'],
  [TONG, 'TSMC', 'Taiwan Semiconductor Manufacturing Corporation'],
  [TONG, 'R&D', 'research and development'],
  [TONG, 'COCOM', 'Coordinating Committee for Multilateral Export Controls'],
  [TONG, 'MOFA', 'Ministry of Foreign Affairs'],
  [TONG, 'WTO', 'World Trade Organization'],
  [TONG, 'TTC', 'U.S.-EU Trade and Technology Council'],
  [TONG, 'JUCIP', 'Japan-U.S. Commercial and Industrial Partnership'],
  [TONG, 'IPEF', 'Indo-Pacific Economic Framework'],
  [TONG, 'MOUs', 'Memorandums of Understanding'],
  [JACOBS_OCT, 'DOC', 'Department of Commerce'],
  [JACOBS_OCT, 'METI', 'Ministry of Economy, Trade and Industry'],
  [JACOBS_OCT, 'EPCC', 'US-Japan Economic Policy Consultative Committee'],
  [JACOBS_OCT, 'JUCIP', 'Japan-United States Commercial and Industrial Partnership'],
  [JACOBS_OCT, 'CoRe', 'US-Japan Competitive and Resilience'],
  [JACOBS_OCT, 'R&D', 'research and development'],
  [JACOBS_OCT, 'NSTC', 'National Semiconductor Technology Center'],
  [JACOBS_OCT, 'OSTP', 'Office of Science and Technology Policy'],
  [JACOBS_OCT, 'JHLC', 'Joint High-Level Committee'],
  [JACOBS_OCT, 'USCTO', 'Chief Technology Officer of the United States'],
  [JACOBS_OCT, 'QIS', 'quantum information science'],
  [JACOBS_OCT, 'ASEAN', 'Association of Southeast Asian Nations'],
  [JACOBS_DEC, 'METI', 'Ministry of Economy, Trade and Industry'],
  [JACOBS_DEC, 'EPCC', 'Japan-US Economic Policy Consultative Committee'],
  [JACOBS_DEC, 'EPCC', 'Japan-United States Economic Policy Consultative Committee'],
  [JACOBS_DEC, 'APEC', 'Asia-Pacific Economic Co-Operation'],
  [JACOBS_DEC, 'IPEF', 'Indo-Pacific Economic Framework for Prosperity'],
  [JACOBS_DEC, 'TPP', 'Trans-Pacific Partnership'],
  [JACOBS_DEC, 'JUCIP', 'Japan-US Commercial and Industrial Partnership'],
  [JACOBS_DEC, 'NSTC', 'National Semiconductor Technology Center'],
  [JACOBS_DEC, 'LSTC', 'Leading-Edge Semiconductor Technology Center'],
  [JACOBS_DEC, 'AI', 'artificial intelligence'],
  [JACOBS_DEC, 'NIST', 'National Institute of Standards and Technology'],
  [JACOBS_DEC, 'ASEAN', 'Association of Southeast Asian Nations'],
  [JACOBS_DEC, 'JWLC', 'Joint-Working Level Committee on Science and Technology Cooperation'],
  [PRYOR, 'LDP', 'Liberal Democratic Party'],
  [PRYOR, 'ESPA', 'Economic Security Promotion Act'],
  [PRYOR, 'JUCIP', 'U.S.-Japan Commercial Industrial Partnership'],
  [PRYOR, 'METI', 'Ministry of Economy, Trade and Industry'],
  [PRYOR, 'AUKUS', 'Australia, the United Kingdom, and the United States'],
  [PRYOR, 'CFIUS', 'Committee on Foreign Investment in the United States'],
];

/**
 * The definitions outside the running text, read the same way: in notes (cited "note N") and in
 * the lines the loader sets apart — author bios, disclaimers, publisher blurbs — whatever name the
 * loader gives them ("set apart"). Only where no passage of the same paper gives the same long form.
 */
export const DEFINED_OUTSIDE: readonly (readonly [doc: string, shortForm: string, longForm: string, place: string])[] = [
  [TONG, 'CISTEC', 'Center for Information on Security Trade Control', 'note 2'],
  [JACOBS_OCT, 'JUCIP', 'Japan-US Commercial and Industrial Partnership', 'note 4'],
  [JACOBS_OCT, 'JHLC', 'Japan-US Joint High-Level Committee', 'note 19'],
  [JACOBS_OCT, 'DOE', 'Department of Energy', 'set apart'],
  [TOGASHI, 'IOG', 'Institute of Geoeconomics', 'set apart'],
  [TOGASHI, 'API', 'Asia Pacific Initiative', 'set apart'],
  [TOGASHI, 'IISS', 'International Institute for Strategic Studies', 'set apart'],
  [PRYOR, 'CSIS', 'Center for Strategic and International Studies', 'note 3'],
];

/** Every definition, in the running text or outside it. */
export const ALL_DEFINED: readonly GoldDefinition[] = [...DEFINED, ...DEFINED_OUTSIDE.map(([doc, shortForm, longForm]) => [doc, shortForm, longForm] as const)];

/** Acronyms the papers use and never spell out, with the paper that uses each first (by publication date). */
export const USED_NOT_DEFINED: readonly (readonly [acronym: string, firstDoc: string])[] = [
  ['CHIPS', JACOBS_OCT],
  ['COVID-19', TONG],
  ['G-20', TONG],
  ['G7', JACOBS_OCT],
  ['GDP', TONG],
  ['JPY', TONG],
  ['S&T', JACOBS_DEC],
  ['US', TONG],
  ['USD', TONG],
];
