import type { APIEmbed } from 'discord.js';
import { LIMITS, truncate } from './limits.js';

/** The characters Discord counts towards a message's 6,000. */
export function embedSize(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + fields + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
}

const totalSize = (embeds: readonly APIEmbed[]) => embeds.reduce((sum, embed) => sum + embedSize(embed), 0);

/** Below this a description or field is not worth cutting further: the whole card goes instead. */
const MIN_CUT = 80;

/**
 * Holds a message to Discord's limits (10 embeds, 25 fields each, 6,000 characters in all), which
 * it would otherwise refuse outright. Extra cards become one line saying how many were left out;
 * then the longest text is shortened, and only when nothing is left to shorten is a card dropped.
 */
export function fitEmbeds(input: readonly APIEmbed[]): APIEmbed[] {
  let embeds = input.map((embed) => ({ ...embed, ...(embed.fields ? { fields: embed.fields.slice(0, LIMITS.fields).map((f) => ({ ...f })) } : {}) }));
  if (embeds.length > LIMITS.embeds) {
    const left = embeds.length - (LIMITS.embeds - 1);
    embeds = [...embeds.slice(0, LIMITS.embeds - 1), { description: `…and ${left} more not shown here.` }];
  }
  for (let over = totalSize(embeds) - LIMITS.total; over > 0; over = totalSize(embeds) - LIMITS.total) {
    const texts = embeds.flatMap((embed) => [
      { length: embed.description?.length ?? 0, cut: (max: number) => (embed.description = truncate(embed.description ?? '', max)) },
      ...(embed.fields ?? []).map((field) => ({ length: field.value.length, cut: (max: number) => (field.value = truncate(field.value, max)) })),
    ]);
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length > MIN_CUT) longest.cut(Math.max(MIN_CUT, longest.length - over));
    else if (embeds.length > 1) embeds.pop();
    else break;
  }
  return embeds;
}
