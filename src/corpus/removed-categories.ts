/**
 * Every category a line (or a piece of one) may be removed from the running text under, with what
 * it means. `CorpusDocument.removed` uses these names and no others, so a reader of `removed` (the
 * glossary looks for definitions in bios, affiliations and disclaimers) can rely on them.
 */
export const REMOVED_CATEGORIES = {
  'before the title': 'site navigation or a label printed above the title',
  title: 'the title, printed again at the top of the body',
  byline: "the author's name under the title",
  'author bio': 'a paragraph about the author',
  'author affiliation': "the author's position, printed under the byline",
  'publisher blurb': 'a paragraph about the publisher',
  disclaimer: 'views-expressed and disclaimer notices',
  note: 'a footnote or endnote (kept in `notes`)',
  'notes heading': 'the heading over the notes',
  'inside the notes': 'a line among the notes that is not a note',
  'repeated running head or block': 'a short heading-like line, or a long block, printed more than once',
  'leftover label': 'a heading-like line with another right under it: a label, not a section',
  'section heading': 'a heading (kept in `sections`)',
  'link address': "a link's address; the link's words stay in the text",
  image: "an image's alt text and address",
  'struck-out text': 'words struck through in the source',
  'speaker label': 'who speaks next in a transcript (kept as `Passage.speaker`)',
  'stage direction': '"(Laughter.)", "(As interpreted.)", "(Cross-talk.)"',
  timestamp: 'a transcript\'s time line, "1:23 P.M. EDT"',
  'place line': 'where a transcript was recorded, printed before the first speaker',
  'date line': 'a date in parentheses printed alone, "(April 9, 2024)"',
  'delivery note': '"As delivered", "As prepared for delivery"',
  'end mark': '"###", "END": the end of a release',
  'thematic break': 'a rule across the page, "***" or "---"',
  'embargo notice': 'the terms of an embargo, a line or a sentence',
  'download link': 'a download button',
  breadcrumb: 'site navigation path',
  'site navigation': 'site menus and buttons',
  'copyright footer': 'copyright and privacy lines',
  'design-agency footer': "the web designer's credit",
  'republication note': 'where the article first appeared',
  'bare link': 'an address alone on its line',
  'photo caption': 'a caption ending with its photo credit',
  'figure placeholder': 'a figure or table title whose figure is not in the text',
  'figure legend': 'a figure legend such as "(blue = unfavorable)"',
  'figure source': "a figure's source line",
  'document label': 'a genre label such as "Essay" or "Working Paper"',
} as const;

export type RemovedCategory = keyof typeof REMOVED_CATEGORIES;

/** Removed lines that still hold the author's or publisher's own prose, where definitions may be. */
export const PROSE_CATEGORIES: readonly RemovedCategory[] = ['author bio', 'author affiliation', 'disclaimer', 'publisher blurb', 'note'];
