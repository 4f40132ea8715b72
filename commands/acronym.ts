import type { Command } from '../src/dispatch/types.js';
import { usageWithExamples } from '../src/dispatch/usage.js';
import { listReply } from '../src/present/glossary/list.js';
import { lookupReply } from '../src/present/glossary/lookup.js';
import { usageReply } from '../src/present/build.js';
import type { Reply } from '../src/present/types.js';

export const MAX_TERM_LENGTH = 200;

/**
 * "page 2" in the typed term turns pages: a separate typed option could not come first (it would
 * swallow the first word of a term) nor after the term (a rest option takes everything), so the
 * page option is hidden and set by the page buttons only.
 */
const PAGE = /^page(?:\s+(\d{1,9}))?$/i;

const acronymCommand = {
  name: 'acronym',
  description: 'Explain an acronym the papers use, with the sentence that spells it out',
  options: [
    {
      name: 'term',
      description: 'An acronym or a name (METI, R&D, economic 2+2); leave it out, or type "page 2", to list the glossary',
      type: 'string',
      rest: true,
      maxLength: MAX_TERM_LENGTH,
      autocomplete: 'glossary',
    },
    { name: 'page', description: 'Page of the glossary list (the page buttons)', type: 'integer', min: 1, max: 1000, hidden: true },
  ],
  examples: ['/acronym METI', '/acronym Ministry of Economy, Trade and Industry', '/acronym page 2'],
  run(options, context): Reply {
    const term = String(options.term ?? '').trim();
    if (term.length > MAX_TERM_LENGTH) {
      return usageReply(`That term is ${term.length} characters long; /acronym takes at most ${MAX_TERM_LENGTH}.`, usageWithExamples(acronymCommand));
    }
    const { glossary, documents, search } = context.knowledge;
    const page = PAGE.exec(term);
    if (term === '' || page) {
      const button = typeof options.page === 'number' ? options.page : 1;
      return listReply(glossary, page?.[1] ? Number(page[1]) : button);
    }
    return lookupReply(glossary, documents, term, search.nameSpelledBy(term));
  },
} satisfies Command;

export default acronymCommand;
