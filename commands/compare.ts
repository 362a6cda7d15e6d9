import { SlashCommandBuilder, type APIEmbed, type ButtonInteraction } from 'discord.js';
import {
  compareCoverage,
  type Claim,
  type CoverageComparison,
  type OutletCoverage,
} from '../src/attribution/compareCoverage.ts';
import { answerInTurn } from '../src/bot/answerQueue.ts';
import { awaitTurn } from '../src/bot/cooldown.ts';
import { COVERAGE_PREFIX, type Coverage } from '../src/bot/coverage.ts';
import { intArg } from '../src/bot/customId.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { pagerRow, pagesInPlace, pageStarts } from '../src/bot/paging.ts';
import { respond, updateMessage, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, fitEscaped, oneLine, paragraphOf, searchTextOf, truncate } from '../src/bot/text.ts';
import type { BotContext, Command } from '../src/bot/types.ts';

/** Longest topic typed (and echoed in the title). */
const TOPIC_MAX = 100;
/** Longest claim shown; longer ones are cut at a word. */
export const CLAIM_MAX = 220;
/** Room kept for the notes saying what did not fit. */
const CUT_NOTE_ROOM = 100;
/** Room for one section's "…and N more" note. */
const NOTE_ROOM = 60;
/** The buttons of a /compare answer belong to this command: the router sends their clicks here. */
const COMPARE_BUTTONS = { command: 'compare', page: 'page' } as const;
const TOPIC_PREFIX = 'Topic: ';

export default {
  data: new SlashCommandBuilder()
    .setName('compare')
    .setDescription('How the outlets differ: what all of them report, what only one adds, whom each credits')
    .addStringOption((option) =>
      option
        .setName('topic')
        .setDescription('Compare on this only, e.g. "liaison office"; alone, the whole story')
        .setMaxLength(TOPIC_MAX),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Only you see the answer')),

  async execute(interaction, ctx) {
    // Mentions are stripped as in /ask: "@everyone liaison office" is about the liaison office.
    const topic = searchTextOf(interaction.options.getString('topic') ?? '') || null;
    const hide = interaction.options.getBoolean('hide') ?? false;
    if (!(await awaitTurn(interaction, ctx.cooldown, hide))) return;
    const result = await answerInTurn(interaction, ctx.answers, hide, () => compareCoverage(ctx.engine, topic));
    await respond(interaction, {
      ...compareMessage(result, ctx.coverage),
      ...(hide || !result.answered ? { ephemeral: true } : {}),
    });
  },

  buttons: { [COMPARE_BUTTONS.page]: turnPage },
} satisfies Command;

/**
 * The comparison as pages of one embed each, within Discord's limits. The first page: the outlets and whom they
 * credit, then what all report, what some do, and what each adds alone, each section's first claims in turn as
 * far as they fit. The pages after it: the rest of each section, in order. Previous / Next when there are more;
 * the footer keeps the topic, so a page turn can ask again.
 */
export function compareMessage(result: CoverageComparison, coverage: Coverage, page = 0): ReplyBody {
  if (!result.answered) {
    return {
      content: `${escapeMarkdown(result.reason ?? 'Nothing to compare.')}\nTry another topic, or **/compare** alone for the whole story.`,
    };
  }
  const title = truncate(
    `How the outlets cover ${result.topic ? `“${fitEscaped(result.topic, TOPIC_MAX).shown}”` : 'the whole story'}`,
    LIMITS.embedTitle,
  );
  const footer = truncate(
    [result.topic ? `${TOPIC_PREFIX}${oneLine(result.topic)}` : '', coverage.footer].filter(Boolean).join('\n'),
    LIMITS.footerText,
  );
  const budget = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length) - CUT_NOTE_ROOM;

  const outlets = result.outlets.map(outletLine).join('\n');
  const all = result.outlets.length;
  const sections: { heading: string; claims: readonly Claim[] }[] = [];
  if (all >= 2) sections.push({ heading: `Reported by all ${all} outlets`, claims: result.shared });
  if (result.partial.length > 0) sections.push({ heading: 'Reported by some', claims: result.partial });
  for (const { outlet, claims } of result.only) sections.push({ heading: `Only in ${escapeMarkdown(outlet)}`, claims });

  // Sections take one claim each in turn until nothing more fits, so every section shows its first claims.
  const lines = sections.map((section) => section.claims.map((claim, at) => claimLine(at + 1, claim)));
  const shown = sections.map(() => 0);
  const fixed = sections.reduce(
    (sum, section) => sum + `**${section.heading}** (${section.claims.length})`.length + NOTE_ROOM + 2,
    outlets.length,
  );
  let used = fixed;
  for (let progress = true; progress;) {
    progress = false;
    lines.forEach((list, index) => {
      const next = list[shown[index] ?? 0];
      if (next === undefined || used + next.length + 1 > budget) return;
      used += next.length + 1;
      shown[index] = (shown[index] ?? 0) + 1;
      progress = true;
    });
  }
  // What the first page leaves, section by section, each claim with its section's heading when it opens a run.
  const rest = sections.flatMap((section, index) =>
    (lines[index] ?? [])
      .slice(shown[index] ?? 0)
      .map((line, at) => ({ heading: section.heading, line, first: at === 0 })),
  );
  const starts = pageStarts(
    rest.map((item) => item.line.length + 1 + (item.first ? item.heading.length + 20 : 0)),
    budget - 100,
  );
  const pages = 1 + (rest.length > 0 ? starts.length : 0);
  const current = Math.min(Math.max(0, page), pages - 1);

  let description: string;
  if (current === 0) {
    description = [
      outlets,
      ...sections.map((section, index) => {
        const count = shown[index] ?? 0;
        const missing = section.claims.length - count;
        const note =
          section.claims.length === 0
            ? ['_(nothing)_']
            : missing > 0
              ? [`_…and ${missing} more on the next pages._`]
              : [];
        return [
          `**${section.heading}** (${section.claims.length})`,
          ...(lines[index] ?? []).slice(0, count),
          ...note,
        ].join('\n');
      }),
    ].join('\n\n');
  } else {
    const items = rest.slice(starts[current - 1] ?? 0, starts[current] ?? rest.length);
    description = items
      .map((item, at) =>
        item.first || at === 0 ? `${at > 0 ? '\n' : ''}**${item.heading}** (continued)\n${item.line}` : item.line,
      )
      .join('\n');
  }
  if (pages > 1) description += `\n\n_Page ${current + 1} of ${pages}._`;
  const embed: APIEmbed = { title, description, footer: { text: footer } };
  if (pages <= 1) return { embeds: [embed] };
  return {
    embeds: [embed],
    components: [pagerRow(COMPARE_BUTTONS.command, COMPARE_BUTTONS.page, current, pages, coverage.fingerprint)],
  };
}

/** The topic a /compare answer was asked with, read back from its footer (null: the whole story); null when it is not one. */
export function readCompareEmbed(
  embed: { footer?: { text: string } | null } | undefined,
): { topic: string | null } | null {
  const lines = embed?.footer?.text.split('\n') ?? [];
  if (!lines.some((line) => line.startsWith(COVERAGE_PREFIX))) return null;
  return { topic: lines.find((line) => line.startsWith(TOPIC_PREFIX))?.slice(TOPIC_PREFIX.length) || null };
}

/** Previous / Next: args are the page and the coverage fingerprint. The asker turns pages in place; others get a private copy. */
async function turnPage(interaction: ButtonInteraction, args: readonly string[], ctx: BotContext): Promise<void> {
  const [pageArg, fingerprint] = args;
  const page = intArg(pageArg);
  const read = readCompareEmbed(interaction.message.embeds[0]);
  if (page === null || !fingerprint || !read) {
    await respond(interaction, {
      content: 'This answer is too old to page through. Ask again with **/compare**.',
      ephemeral: true,
    });
    return;
  }
  if (fingerprint !== ctx.coverage.fingerprint) {
    await respond(interaction, {
      content: 'The coverage has changed since this answer was given. Ask again with **/compare**.',
      ephemeral: true,
    });
    return;
  }
  const body = compareMessage(compareCoverage(ctx.engine, read.topic), ctx.coverage, page);
  if (pagesInPlace(interaction)) await updateMessage(interaction, body);
  else await respond(interaction, { ...body, ephemeral: true });
}

/** "**RT** · “headline” · credits itself · reports from Korean Central News Agency, Nikkei Asia" */
function outletLine(outlet: OutletCoverage): string {
  const credits = outlet.creditedSource
    ? outlet.creditedSource === outlet.outlet
      ? `credits itself (“Source: ${outlet.creditedSource}”)`
      : `credits ${outlet.creditedSource}`
    : 'credits no source';
  const from = outlet.citesInText.length > 0 ? ` · reports from ${outlet.citesInText.join(', ')}` : '';
  return `**${escapeMarkdown(outlet.outlet)}** · ${escapeMarkdown(`${outlet.date ?? 'date not printed'} · ${credits}${from}`)}`;
}

/** "**1.** claim — _RT ¶4 · Asia-Pacific Research ¶4 · Al Mayadeen English ¶6_" */
function claimLine(number: number, claim: Claim): string {
  const carriers = claim.carriers
    .map((carrier) => `${carrier.outlet} ${carrier.passageIds.map(paragraphOf).join('+')}`)
    .join(' · ');
  return `**${number}.** ${fitEscaped(oneLine(claim.text), CLAIM_MAX).shown} — _${escapeMarkdown(truncate(carriers, 300))}_`;
}
