import { basename } from 'node:path';
import {
  ActionRowBuilder,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  ModalBuilder,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import { checkArticleFile, formatBytes, prepareArticle } from '../src/corpus/addArticle.ts';
import {
  discardStagedArticle,
  readStagedArticle,
  stageArticle,
  stagedKey,
  type StagedArticle,
} from '../src/corpus/pendingArticles.ts';
import { withDetails, type ArticleDetails } from '../src/corpus/articleDetails.ts';
import { findDate } from '../src/corpus/parseDate.ts';
import { webAddress } from '../src/corpus/webAddress.ts';
import type { Article } from '../src/corpus/types.ts';
import { encodeCustomId } from '../src/bot/customId.ts';
import { attachmentOrigins, downloadAttachment } from '../src/bot/download.ts';
import { addArticle } from '../src/bot/engineHolder.ts';
import { reloadLines } from '../src/bot/shardMessages.ts';
import { respond, toEdit, updateMessage, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, oneLine, truncate } from '../src/bot/text.ts';
import { articlePreviewEmbed } from '../src/bot/articlePreview.ts';
import { managerCommand } from '../src/bot/managerCommand.ts';
import { quoteName } from '../src/shownName.ts';
import type { BotContext, Command } from '../src/bot/types.ts';

const NAME = 'add-article';

export const EXPIRED = 'This preview has expired or was already used. Run **/add-article** again.';

export default {
  data: managerCommand(NAME, 'Add an article to the coverage from a .txt, .md or .html file').addAttachmentOption(
    (option) => option.setName('file').setDescription('The article: a .txt, .md or .html file').setRequired(true),
  ),
  requiresManageGuild: true,

  async execute(interaction, ctx) {
    const file = interaction.options.getAttachment('file', true);
    const checked = checkArticleFile(file.name, file.size, ctx.config.maxArticleBytes);
    if ('refused' in checked) {
      await respond(interaction, { content: checked.refused, ephemeral: true });
      return;
    }
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const download = await downloadAttachment(file.url, {
      maxBytes: ctx.config.maxArticleBytes,
      allowedOrigins: attachmentOrigins(ctx.config),
    });
    if ('refused' in download) {
      await respond(interaction, { content: download.refused });
      return;
    }
    // Cleaned against the coverage's other pages as the engine holds them: the folder is not read again.
    const preparation = await prepareArticle(ctx.engine.corpus, download.bytes, checked.extension);
    if ('refused' in preparation) {
      ctx.log.info(`/add-article: refused ${quoteName(truncate(file.name, 100))}: ${preparation.refused}`);
      await respond(interaction, { content: preparation.refused });
      return;
    }
    const { fileName, article } = preparation.prepared;
    // The file waits in DATA_DIR, under the bot's own name, until Add is pressed; the button names it by its hash.
    await stageArticle(ctx.config.dataDir, fileName, download.bytes);
    const [hash, extension] = stagedKey(fileName);
    await respond(interaction, previewMessage(article, fileName, file.name, download.bytes.length, hash, extension));
  },

  buttons: {
    /** "Add to the coverage": args are the content hash and the extension of the staged file. */
    async confirm(interaction, args, ctx) {
      const staged = await readStaged(ctx, args);
      if (!staged) {
        await respond(interaction, { content: EXPIRED, ephemeral: true });
        return;
      }
      if (!ctx.engines) throw new Error('/add-article needs the engine holder in the bot context');
      await interaction.deferUpdate();
      const added = await addArticle(ctx.engines, ctx.config.seedsDir, staged.bytes, staged.extension);
      await discardStagedArticle(staged.path);
      if ('refused' in added) {
        await interaction.editReply(toEdit({ content: added.refused }));
        return;
      }
      ctx.log.info(
        `/add-article: user ${interaction.user.id} added ${added.fileName} ("${added.article.meta.title}", ${added.article.passages.length} passages)`,
      );
      const { articles, passages } = added.changes;
      await interaction.editReply(
        toEdit({
          content:
            `Added **${escapeMarkdown(truncate(oneLine(added.article.meta.title), 200))}** (${escapeMarkdown(truncate(added.article.meta.outlet, 100))}) as \`${added.fileName}\`: ` +
            `${added.article.passages.length} passages, searchable now. The coverage has ${articles} articles, ${passages} passages.` +
            (added.changes.shards ? `\n${reloadLines(added.changes.shards).join('\n')}` : ''),
        }),
      );
    },

    async cancel(interaction, args, ctx) {
      const staged = await readStaged(ctx, args);
      if (staged) await discardStagedArticle(staged.path);
      await updateMessage(interaction, { content: 'Not added.' });
    },

    /** "Edit details": a form to correct the outlet, headline, date and link, filled in with what was read. */
    async edit(interaction, args, ctx) {
      const staged = await readStaged(ctx, args);
      if (!staged) {
        await respond(interaction, { content: EXPIRED, ephemeral: true });
        return;
      }
      const preview = await prepareArticle(ctx.engine.corpus, staged.bytes, staged.extension);
      if ('refused' in preview) {
        await respond(interaction, { content: preview.refused, ephemeral: true });
        return;
      }
      await interaction.showModal(detailsModal(preview.prepared.article, args));
    },
  },

  modals: {
    /** The corrected details: the staged file is rewritten to state them, staged again, and the preview shows it. */
    async details(interaction, args, ctx) {
      const staged = await readStaged(ctx, args);
      if (!staged) {
        await respond(interaction, { content: EXPIRED, ephemeral: true });
        return;
      }
      const field = (id: string) => oneLine(interaction.fields.getTextInputValue(id) ?? '');
      const typedDate = field(DETAIL_FIELDS.date);
      const typedUrl = field(DETAIL_FIELDS.url);
      const date = typedDate ? findDate(typedDate)?.iso : null;
      const url = typedUrl ? webAddress(typedUrl) : null;
      if (date === undefined || (typedUrl && !url) || !field(DETAIL_FIELDS.outlet) || !field(DETAIL_FIELDS.title)) {
        await respond(interaction, { content: DETAILS_REFUSED, ephemeral: true });
        return;
      }
      const details: ArticleDetails = {
        outlet: field(DETAIL_FIELDS.outlet),
        title: field(DETAIL_FIELDS.title),
        date,
        url,
      };
      const bytes = withDetails(staged.bytes, staged.extension, details);
      const preview = await prepareArticle(ctx.engine.corpus, bytes, staged.extension);
      if ('refused' in preview) {
        await respond(interaction, { content: preview.refused, ephemeral: true });
        return;
      }
      const { fileName, article } = preview.prepared;
      await stageArticle(ctx.config.dataDir, fileName, bytes);
      if (fileName !== basename(staged.path)) await discardStagedArticle(staged.path);
      const [hash, extension] = stagedKey(fileName);
      const body = previewMessage(article, fileName, fileName, bytes.length, hash, extension);
      if (interaction.isFromMessage()) await interaction.update(toEdit(body));
      else await respond(interaction, { ...body, ephemeral: true });
    },
  },
} satisfies Command;

/** The form's fields, by the custom id of each text input. */
const DETAIL_FIELDS = { outlet: 'outlet', title: 'title', date: 'date', url: 'url' } as const;
export const DETAILS_REFUSED =
  'Those details could not be used: the outlet and the headline are needed, the date as a date (2023-05-16 or 16 May 2023, or left empty when the page prints none), the link as an http(s) address (or left empty).';

/** The form, filled in with what was read from the page; a text input holds at most 4,000 characters, a label 45. */
function detailsModal(article: Article, args: readonly string[]) {
  const { meta } = article;
  const input = (id: string, label: string, value: string | null, required: boolean, max: number) =>
    new ActionRowBuilder<TextInputBuilder>().addComponents(
      new TextInputBuilder()
        .setCustomId(id)
        .setLabel(label)
        .setStyle(TextInputStyle.Short)
        .setRequired(required)
        .setMaxLength(max)
        .setValue(truncate(value ?? '', max)),
    );
  return new ModalBuilder()
    .setCustomId(encodeCustomId(NAME, 'details', [...args]))
    .setTitle('Article details')
    .addComponents(
      input(DETAIL_FIELDS.outlet, 'Outlet', meta.outlet === 'Unknown outlet' ? '' : meta.outlet, true, 100),
      input(DETAIL_FIELDS.title, 'Headline', meta.title, true, 300),
      input(DETAIL_FIELDS.date, 'Date (empty when the page prints none)', meta.date, false, 40),
      input(DETAIL_FIELDS.url, 'Link (empty when there is none)', meta.url, false, 500),
    );
}

function previewMessage(
  article: Article,
  fileName: string,
  sentAs: string,
  size: number,
  hash: string,
  extension: string,
): ReplyBody {
  const { meta } = article;
  const embed = articlePreviewEmbed(article, {
    title: 'Add this article to the coverage?',
    fields: [
      {
        name: 'Credited source',
        value: meta.creditedSource ? escapeMarkdown(truncate(meta.creditedSource, 200)) : 'none',
        inline: true,
      },
      { name: 'Byline', value: meta.byline ? escapeMarkdown(truncate(meta.byline, 200)) : 'none', inline: true },
      { name: 'Link', value: meta.url ? escapeMarkdown(truncate(meta.url, 300)) : 'none', inline: true },
      {
        name: 'File',
        value: `${escapeMarkdown(quoteName(truncate(sentAs, 100)))} (${formatBytes(size)}), saved as \`${fileName}\``,
      },
    ],
    footer: 'Check the outlet, headline and date: they are what answers will cite. Edit details corrects them.',
  });
  return {
    embeds: [embed],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Success,
            label: 'Add to the coverage',
            custom_id: encodeCustomId(NAME, 'confirm', [hash, extension]),
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: 'Edit details',
            custom_id: encodeCustomId(NAME, 'edit', [hash, extension]),
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Secondary,
            label: 'Cancel',
            custom_id: encodeCustomId(NAME, 'cancel', [hash, extension]),
          },
        ],
      },
    ],
  };
}

/** The staged file a button's arguments (hash, extension) name, or null when it is gone or the button is malformed. */
function readStaged(ctx: BotContext, args: readonly string[]): Promise<StagedArticle | null> {
  return readStagedArticle(ctx.config.dataDir, args[0], args[1]);
}
