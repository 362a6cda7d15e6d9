import { ButtonStyle, ComponentType, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import type { Corpus } from '../src/corpus/types.ts';
import type { Coverage } from '../src/bot/coverage.ts';
import { encodeCustomId, intArg } from '../src/bot/customId.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { respond, updateMessage, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, truncate } from '../src/bot/text.ts';
import type { Command } from '../src/bot/types.ts';

const NAME = 'sources';
/** Articles listed per page. */
export const SOURCES_PAGE = 10;
/** Longer addresses are left out rather than cut (a cut link leads nowhere). */
const LINK_MAX = 300;
const HEADLINE_MAX = 200;

export default {
  data: new SlashCommandBuilder()
    .setName(NAME)
    .setDescription('List the articles the bot answers from: outlet, headline, date, credited source'),

  async execute(interaction, ctx) {
    await respond(interaction, sourcesMessage(ctx.engine.corpus, ctx.coverage, 0));
  },

  buttons: {
    async more(interaction, args, ctx) {
      const offset = intArg(args[0]);
      if (offset === null || args[1] !== ctx.coverage.fingerprint || offset >= ctx.engine.corpus.articles.length) {
        await respond(interaction, {
          content: 'The list of sources has changed since. Run **/sources** again.',
          ephemeral: true,
        });
        return;
      }
      await updateMessage(interaction, sourcesMessage(ctx.engine.corpus, ctx.coverage, offset));
    },
  },
} satisfies Command;

/** One page of the article list, cut at an article boundary to fit one embed. */
export function sourcesMessage(corpus: Corpus, coverage: Coverage, offset: number): ReplyBody {
  const articles = corpus.articles.slice(offset, offset + SOURCES_PAGE);
  const budget = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - coverage.footer.length - 100) - 200;
  const lines: string[] = [];
  let used = 0;
  for (const [index, article] of articles.entries()) {
    const { meta } = article;
    const details = [
      meta.dateline ?? meta.date ?? 'date not printed',
      meta.byline ? `by ${meta.byline}` : null,
      meta.creditedSource ? `credits ${meta.creditedSource}` : null,
      `${article.passages.length} ${article.passages.length === 1 ? 'passage' : 'passages'}`,
    ].filter((part): part is string => part !== null);
    const link =
      meta.url && meta.url.length <= LINK_MAX
        ? ` · [link](${meta.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`
        : '';
    const line = `**${offset + index + 1}. ${escapeMarkdown(meta.outlet)}** — “${escapeMarkdown(truncate(meta.title, HEADLINE_MAX))}”\n${escapeMarkdown(details.join(' · '))}${link}`;
    if (lines.length > 0 && used + line.length + 2 > budget) break;
    lines.push(line);
    used += line.length + 2;
  }
  const next = offset + lines.length;
  const total = corpus.articles.length;
  const lead =
    total === 0
      ? 'No articles are indexed yet.'
      : `**${total}** ${total === 1 ? 'article' : 'articles'}, ${corpus.passages.length} passages; showing ${offset + 1}–${next}.`;
  const embed: APIEmbed = {
    title: 'Sources in the coverage',
    description: [lead, ...lines].join('\n\n'),
    footer: { text: coverage.footer },
  };
  const buttons = [];
  if (offset > 0)
    buttons.push({
      type: ComponentType.Button as const,
      style: ButtonStyle.Secondary as const,
      label: 'From the start',
      custom_id: encodeCustomId(NAME, 'more', [0, coverage.fingerprint]),
    });
  if (next < total)
    buttons.push({
      type: ComponentType.Button as const,
      style: ButtonStyle.Primary as const,
      label: 'More sources',
      custom_id: encodeCustomId(NAME, 'more', [next, coverage.fingerprint]),
    });
  return {
    embeds: [embed],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
  };
}
