import { createHash } from 'node:crypto';
import { ButtonStyle, ComponentType } from 'discord.js';
import { articleNamed, REMOVED_DIR } from '../src/corpus/removeArticle.ts';
import type { Article, Corpus } from '../src/corpus/types.ts';
import { encodeCustomId } from '../src/bot/customId.ts';
import { removeArticle } from '../src/bot/engineHolder.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { articlePreviewEmbed } from '../src/bot/articlePreview.ts';
import { managerCommand } from '../src/bot/managerCommand.ts';
import { respond, toEdit, updateMessage, type ReplyBody } from '../src/bot/reply.ts';
import { reloadLines } from '../src/bot/shardMessages.ts';
import { escapeMarkdown, oneLine, truncate } from '../src/bot/text.ts';
import type { Command } from '../src/bot/types.ts';

const NAME = 'remove-article';

export const GONE = 'That article is no longer in the coverage. Run **/remove-article** again.';
export const NOT_FOUND =
  'No article of the coverage has that file name or headline. Pick one from the list that opens as you type.';

export default {
  data: managerCommand(NAME, 'Take an article out of the coverage').addStringOption((option) =>
    option
      .setName('article')
      .setDescription('Its headline, outlet or file name: pick it from the list')
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(300),
  ),
  requiresManageGuild: true,

  async execute(interaction, ctx) {
    const article = articleNamed(ctx.engine.corpus, interaction.options.getString('article', true));
    if (!article) {
      await respond(interaction, { content: NOT_FOUND, ephemeral: true });
      return;
    }
    await respond(interaction, { ...previewMessage(article), ephemeral: true });
  },

  async autocomplete(interaction, ctx) {
    const choices = articleChoices(ctx.engine.corpus, interaction.options.getFocused()).map((article) => ({
      name: truncate(
        oneLine(`${article.meta.title} (${article.meta.outlet}${article.meta.date ? `, ${article.meta.date}` : ''})`),
        LIMITS.choiceName,
      ),
      value: article.meta.file,
    }));
    await interaction.respond(choices);
  },

  buttons: {
    /** "Remove from the coverage": the argument is the file's key (fileKey), which the preview showed. */
    async confirm(interaction, args, ctx) {
      const article = articleOfKey(ctx.engine.corpus, args[0]);
      if (!article) {
        await updateMessage(interaction, { content: GONE });
        return;
      }
      if (!ctx.engines) throw new Error('/remove-article needs the engine holder in the bot context');
      await interaction.deferUpdate();
      const removed = await removeArticle(ctx.engines, ctx.config.seedsDir, article.meta.file, ctx.config.dataDir);
      if ('refused' in removed) {
        await interaction.editReply(toEdit({ content: GONE }));
        return;
      }
      ctx.log.info(
        `/remove-article: user ${interaction.user.id} removed ${removed.article.file} ("${removed.article.title}")`,
      );
      const { articles, passages } = removed.changes;
      const title = `**${escapeMarkdown(truncate(oneLine(removed.article.title), 200))}** (${escapeMarkdown(truncate(removed.article.outlet, 100))})`;
      const where = removed.setAside
        ? `its file \`${removed.article.file}\` is kept in the bot's data folder under \`${REMOVED_DIR}/\``
        : `its file \`${removed.article.file}\` had already left the seeds folder`;
      await interaction.editReply(
        toEdit({
          content:
            `Removed ${title}: no answer cites it from now on; ${where}. The coverage has ${articles} articles, ${passages} passages.` +
            (removed.changes.shards ? `\n${reloadLines(removed.changes.shards).join('\n')}` : ''),
        }),
      );
    },

    async cancel(interaction) {
      await updateMessage(interaction, { content: 'Not removed.' });
    },
  },
} satisfies Command;

/** A short, stable key of a seed file's name for a button's custom_id (file names may be long or hold any character). */
export function fileKey(file: string): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 16);
}

function articleOfKey(corpus: Corpus, key: string | undefined): Article | null {
  if (!key) return null;
  return corpus.articles.find((article) => fileKey(article.meta.file) === key) ?? null;
}

/**
 * The articles whose headline, outlet or file name holds every word typed, newest first (those without a date
 * last); every article, newest first, when nothing is typed yet.
 */
export function articleChoices(corpus: Corpus, typed: string): Article[] {
  const words = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return corpus.articles
    .filter((article) => {
      const { title, outlet, file } = article.meta;
      const text = `${title} ${outlet} ${file}`.toLowerCase();
      return words.every((word) => text.includes(word));
    })
    .filter((article) => article.meta.file.length <= LIMITS.choiceValue)
    .sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? ''))
    .slice(0, LIMITS.autocompleteChoices);
}

function previewMessage(article: Article): ReplyBody {
  const { meta } = article;
  const embed = articlePreviewEmbed(article, {
    title: 'Remove this article from the coverage?',
    fields: [{ name: 'File', value: `\`${truncate(meta.file, 100).replace(/`/g, "'")}\`` }],
    footer: `Answers stop citing it at once. The file is moved to the bot's data folder (${REMOVED_DIR}/), not deleted.`,
  });
  const key = fileKey(meta.file);
  return {
    embeds: [embed],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Danger,
            label: 'Remove from the coverage',
            custom_id: encodeCustomId(NAME, 'confirm', [key]),
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: 'Cancel',
            custom_id: encodeCustomId(NAME, 'cancel', [key]),
          },
        ],
      },
    ],
  };
}
