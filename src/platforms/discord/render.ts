import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Block, Citation, Reply, Span } from '../../present/types.js';
import { citationText } from '../../search/index.js';
import { escapeText } from './escape.js';
import { fitEmbeds } from './fit.js';
import { LIMITS, truncate, truncateWords } from './limits.js';
import { sections, type Section } from './sections.js';

const COLORS = { prose: 0x5865f2, excerpt: 0x99aab5, warning: 0xfee75c, error: 0xed4245 } as const;
const ICONS = { info: 'ℹ️', warning: '⚠️', error: '❌' } as const;

/** Marked spans (the question's terms) in bold; spaces kept outside the `**`, or Discord shows the stars. */
export function renderSpans(spans: readonly Span[]): string {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && Boolean(last.marked) === Boolean(span.marked)) merged[merged.length - 1] = { ...last, text: last.text + span.text };
    else merged.push({ ...span });
  }
  return merged
    .map((span) => {
      if (!span.marked) return escapeText(span.text);
      const [, lead = '', core = '', tail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(span.text) ?? [];
      return core === '' ? span.text : `${lead}**${escapeText(core)}**${tail}`;
    })
    .join('');
}

function renderBlock(block: Block): string {
  switch (block.type) {
    case 'text':
      return renderSpans(block.spans);
    case 'notice':
      return `${ICONS[block.tone]} ${escapeText(block.text)}`;
    case 'list':
      return block.items.map((item) => `• ${renderSpans(item)}`).join('\n');
    case 'excerpt': {
      const quote = `“${renderSpans(block.spans)}”`.split('\n').map((line) => `> ${line}`).join('\n');
      return block.label ? `*${escapeText(block.label)}*\n${quote}` : quote;
    }
  }
}

/** A paper's address as a link; nothing when it is not a plain http(s) address. */
function paperLink(url: string | null): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
    return `\n[Open the paper](${parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
  } catch {
    return '';
  }
}

function citationFields(citation: Citation): APIEmbedField[] {
  const link = paperLink(citation.url);
  const fields = [{ name: 'Citation', value: `${truncate(escapeText(citationText(citation)), LIMITS.fieldValue - link.length)}${link}` }];
  if (citation.notes.length > 0) {
    const notes = citation.notes.map((note) => escapeText(`[${note.id}] ${note.text}`)).join('\n');
    fields.push({ name: 'Source', value: truncate(notes, LIMITS.fieldValue) });
  }
  return fields;
}

function sectionEmbed(section: Section): APIEmbed {
  const blocks = [...section.prose, ...(section.excerpt ? [section.excerpt] : []), ...section.after];
  const tones = blocks.flatMap((block) => (block.type === 'notice' ? [block.tone] : []));
  const color = tones.includes('error') ? COLORS.error : tones.includes('warning') ? COLORS.warning : section.excerpt ? COLORS.excerpt : COLORS.prose;
  const embed: APIEmbed = { description: truncateWords(blocks.map(renderBlock).join('\n\n'), LIMITS.description), color };
  if (section.excerpt) embed.fields = citationFields(section.excerpt.citation);
  return embed;
}

/**
 * A Reply as Discord embeds: the title on the first, one card per excerpt with its citation and
 * notes, and the other blocks as readable text; all of it escaped and within Discord's limits.
 */
export function renderEmbeds(reply: Reply): APIEmbed[] {
  const embeds = sections(reply.blocks).map(sectionEmbed);
  if (embeds.length === 0) embeds.push({ description: reply.title ? '' : 'Nothing to show.', color: COLORS.prose });
  if (reply.title) embeds[0]!.title = truncate(escapeText(reply.title), LIMITS.title);
  if (embeds[0]!.description === '') delete embeds[0]!.description;
  return fitEmbeds(embeds);
}
