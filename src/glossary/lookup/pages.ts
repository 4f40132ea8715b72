import type { Glossary, GlossaryEntry } from '../types.js';

/** Entries per page of `/acronym` with no term: a screenful in Slack and Discord. */
export const PAGE_SIZE = 15;

interface GlossaryPage {
  /** 1-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** Entries of this page by first letter; digits and symbols under "#". */
  groups: { letter: string; entries: GlossaryEntry[] }[];
}

export function glossaryPage(glossary: Glossary, requested: number): GlossaryPage {
  const pages = Math.max(1, Math.ceil(glossary.entries.length / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(Number.isFinite(requested) ? requested : 1)), pages);
  const groups: GlossaryPage['groups'] = [];
  for (const entry of glossary.entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)) {
    const letter = /^[A-Za-z]/.test(entry.acronym) ? entry.acronym.charAt(0).toUpperCase() : '#';
    const group = groups.at(-1);
    if (group?.letter === letter) group.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return { page, pages, groups };
}
