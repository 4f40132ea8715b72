import { escapeMarkdown } from 'discord.js';

const ZWSP = '\u200b';

/**
 * The Discord renderer's one place for escaping user and document text. Markdown is escaped so a
 * stray `**`, `# `, `> ` or `[click](https://…)` shows as typed instead of restyling the message.
 * Mentions (`<@…>`, `<#…>`, `@everyone`), custom emoji, timestamps and `<https://…>` links are
 * broken with a zero-width space: `allowed_mentions` already stops every ping, but an embed would
 * still draw `<@123>` or `<#456>` as a pill and `@everyone` as a highlight, so the text would claim
 * a mention it cannot make. The space is invisible, so the text still reads the same.
 */
export function escapeText(text: string): string {
  const markdown = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return markdown
    // escapeMarkdown leaves block quotes alone: a line starting with ">" would indent the rest.
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/@(everyone|here)\b/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#!:/]|[at]:|https?:)/gi, `<${ZWSP}`);
}

/**
 * For fields Discord shows as plain text (footer, author, button labels): no markdown there, so
 * only control characters go (newlines would break a one-line label).
 */
export function plainLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
