/**
 * What chat puts around a question that is not a question word: mentions and channel links in
 * Slack's and Discord's wire forms, @channel/@here/@everyone typed out, links, emoji (as
 * characters and as :shortcodes:) and the markers of bold, italics, strike-through and code.
 * They say who is spoken to or how it looks, not what is asked.
 */
export const MENTIONS: readonly RegExp[] = [
  /<[@#!][^>\s]*>/g, // Slack <@U123>, <@U123|ann>, <#C123|general>, <!here>, <!subteam^S1>; Discord <@123>, <@!123>, <#123>
  /<@&\d+>/g, // Discord role
  /(^|\s)@(?:everyone|here|channel)\b/gi, // typed out, as Discord passes them
];

const NOISE: readonly (readonly [RegExp, string])[] = [
  ...MENTIONS.map((pattern) => [pattern, ' '] as const),
  [/<(https?:\/\/[^|>\s]+)\|([^>]*)>/g, ' $2 '], // Slack link with a label: the label is words
  [/<https?:\/\/[^>\s]*>/g, ' '],
  [/\bhttps?:\/\/\S+/g, ' '],
  [/(^|\s):[a-z0-9_+-]+:(?=\s|$)/g, ' '], // :thumbsup:
  [/\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*/gu, ' '],
  [/[*_~`]+/g, ' '],
];

/** The question's words without the chat around them; spaces collapsed. */
export function withoutChatNoise(text: string): string {
  return NOISE.reduce((rest, [pattern, replacement]) => rest.replace(pattern, replacement), text)
    .replace(/\s+/g, ' ')
    .trim();
}
