import { SlashCommandBuilder, type APIEmbed } from 'discord.js';
import { compareCoverage, type Claim, type CoverageComparison, type OutletCoverage } from '../src/attribution/compareCoverage.ts';
import { awaitTurn } from '../src/bot/cooldown.ts';
import type { Coverage } from '../src/bot/coverage.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { respond, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, fitEscaped, oneLine, searchTextOf, truncate } from '../src/bot/text.ts';
import type { Command } from '../src/bot/types.ts';
import { paragraphOf } from './who.ts';

/** Longest topic typed (and echoed in the title). */
const TOPIC_MAX = 100;
/** Longest claim shown; longer ones are cut at a word. */
export const CLAIM_MAX = 220;
/** Room kept for the notes saying what did not fit. */
const CUT_NOTE_ROOM = 100;
/** Room for one section's "…and N more" note. */
const NOTE_ROOM = 60;

export default {
  data: new SlashCommandBuilder()
    .setName('compare')
    .setDescription('How the outlets differ: what all of them report, what only one adds, whom each credits')
    .addStringOption((option) => option.setName('topic').setDescription('Compare on this only, e.g. "liaison office"; alone, the whole story').setMaxLength(TOPIC_MAX))
    .addBooleanOption((option) => option.setName('hide').setDescription('Only you see the answer')),

  async execute(interaction, ctx) {
    // Mentions are stripped as in /ask: "@everyone liaison office" is about the liaison office.
    const topic = searchTextOf(interaction.options.getString('topic') ?? '') || null;
    const hide = interaction.options.getBoolean('hide') ?? false;
    if (!(await awaitTurn(interaction, ctx.cooldown, hide))) return;
    const result = compareCoverage(ctx.engine, topic);
    await respond(interaction, { ...compareMessage(result, ctx.coverage), ...(hide || !result.answered ? { ephemeral: true } : {}) });
  },
} satisfies Command;

/**
 * The comparison as one embed within Discord's limits: the outlets and whom they credit, then what all report,
 * what some do, and what each adds alone, cut between claims; a section cut short says how many it left out.
 */
export function compareMessage(result: CoverageComparison, coverage: Coverage): ReplyBody {
  if (!result.answered) {
    return { content: `${escapeMarkdown(result.reason ?? 'Nothing to compare.')}\nTry another topic, or **/compare** alone for the whole story.` };
  }
  const title = truncate(`How the outlets cover ${result.topic ? `“${fitEscaped(result.topic, TOPIC_MAX).shown}”` : 'the whole story'}`, LIMITS.embedTitle);
  const footer = truncate(coverage.footer, LIMITS.footerText);
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
  const fixed = sections.reduce((sum, section) => sum + `**${section.heading}** (${section.claims.length})`.length + NOTE_ROOM + 2, outlets.length);
  let used = fixed;
  for (let progress = true; progress; ) {
    progress = false;
    lines.forEach((list, index) => {
      const next = list[shown[index] ?? 0];
      if (next === undefined || used + next.length + 1 > budget) return;
      used += next.length + 1;
      shown[index] = (shown[index] ?? 0) + 1;
      progress = true;
    });
  }
  const parts = [
    outlets,
    ...sections.map((section, index) => {
      const count = shown[index] ?? 0;
      const missing = section.claims.length - count;
      const note = section.claims.length === 0 ? ['_(nothing)_'] : missing > 0 ? [`_…and ${missing} more: narrow it with **topic**._`] : [];
      return [`**${section.heading}** (${section.claims.length})`, ...(lines[index] ?? []).slice(0, count), ...note].join('\n');
    }),
  ];
  const embed: APIEmbed = { title, description: parts.join('\n\n'), footer: { text: footer } };
  return { embeds: [embed] };
}

/** "**RT** · “headline” · credits itself · reports from Korean Central News Agency, Nikkei Asia" */
function outletLine(outlet: OutletCoverage): string {
  const credits = outlet.creditedSource ? (outlet.creditedSource === outlet.outlet ? `credits itself (“Source: ${outlet.creditedSource}”)` : `credits ${outlet.creditedSource}`) : 'credits no source';
  const from = outlet.citesInText.length > 0 ? ` · reports from ${outlet.citesInText.join(', ')}` : '';
  return `**${escapeMarkdown(outlet.outlet)}** · ${escapeMarkdown(`${outlet.date ?? 'date not printed'} · ${credits}${from}`)}`;
}

/** "**1.** claim — _RT ¶4 · Asia-Pacific Research ¶4 · Al Mayadeen English ¶6_" */
function claimLine(number: number, claim: Claim): string {
  const carriers = claim.carriers.map((carrier) => `${carrier.outlet} ${carrier.passageIds.map(paragraphOf).join('+')}`).join(' · ');
  return `**${number}.** ${fitEscaped(oneLine(claim.text), CLAIM_MAX).shown} — _${escapeMarkdown(truncate(carriers, 300))}_`;
}
