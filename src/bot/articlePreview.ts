import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Article } from '../corpus/types.ts';
import { escapeMarkdown, oneLine, truncate } from './text.ts';

/** The article's opening words shown in a preview. */
const EXCERPT_MAX = 300;

/**
 * The private preview of an article about to be added to or removed from the coverage: its headline and opening
 * words, outlet, date and passage count, then the fields of the action's own.
 */
export function articlePreviewEmbed(
  article: Article,
  action: { title: string; fields: APIEmbedField[]; footer: string },
): APIEmbed {
  const { meta } = article;
  const first = article.passages[0]?.text ?? '';
  return {
    title: action.title,
    description: `**${escapeMarkdown(truncate(oneLine(meta.title), 200))}**\n\n“${escapeMarkdown(truncate(first, EXCERPT_MAX))}”`,
    fields: [
      { name: 'Outlet', value: escapeMarkdown(truncate(meta.outlet, 200)), inline: true },
      { name: 'Date', value: meta.date ?? 'none printed', inline: true },
      { name: 'Passages', value: String(article.passages.length), inline: true },
      ...action.fields,
    ],
    footer: { text: action.footer },
  };
}
