import { SlashCommandBuilder, type APIEmbed, type ButtonInteraction } from 'discord.js';
import { attributionOf } from '../src/attribution/attribution.ts';
import { reportedVerb } from '../src/attribution/lexicon.ts';
import {
  speakerChoices,
  whoSaid,
  type CitedStatement,
  type SpeakerStatements,
  type WhoSaidResult,
} from '../src/attribution/whoSaid.ts';
import { answerInTurn } from '../src/bot/answerQueue.ts';
import { awaitTurn } from '../src/bot/cooldown.ts';
import { COVERAGE_PREFIX, type Coverage } from '../src/bot/coverage.ts';
import { intArg } from '../src/bot/customId.ts';
import { pagerRow, pagesInPlace, pageStarts } from '../src/bot/paging.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { respond, updateMessage, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, fitEscaped, oneLine, paragraphOf, searchTextOf, truncate } from '../src/bot/text.ts';
import type { BotContext, Command } from '../src/bot/types.ts';

/** Longest topic or speaker name typed (and echoed in the title). */
const OPTION_MAX = 100;
/** Longest statement shown; longer ones are cut at a word. */
export const STATEMENT_MAX = 500;
/** Longest speaker heading (name and role). */
const HEADING_MAX = 200;
/** Room kept for the page count line. */
const CUT_NOTE_ROOM = 200;
/** The buttons of a /who answer belong to this command: the router sends their clicks here. */
const WHO_BUTTONS = { command: 'who', page: 'page' } as const;
const TOPIC_PREFIX = 'Topic: ';
const SPEAKER_PREFIX = 'Speaker: ';
const STALE_WHO = 'This answer is too old to page through. Ask again with **/who**.';

export default {
  data: new SlashCommandBuilder()
    .setName('who')
    .setDescription('Who said what: the speakers on a topic with their statements, cited; alone, every speaker')
    .addStringOption((option) =>
      option.setName('topic').setDescription('What they spoke about, e.g. "liaison office"').setMaxLength(OPTION_MAX),
    )
    .addStringOption((option) =>
      option
        .setName('speaker')
        .setDescription('Only this speaker (and those who speak for it)')
        .setAutocomplete(true)
        .setMaxLength(OPTION_MAX),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Only you see the answer')),

  async execute(interaction, ctx) {
    // Mentions are stripped as in /ask: "@everyone liaison office" is about the liaison office.
    const topic = searchTextOf(interaction.options.getString('topic') ?? '') || null;
    const speaker = searchTextOf(interaction.options.getString('speaker') ?? '') || null;
    const hide = interaction.options.getBoolean('hide') ?? false;
    if (!(await awaitTurn(interaction, ctx.cooldown, hide))) return;
    const result = await answerInTurn(interaction, ctx.answers, hide, () =>
      whoSaid(ctx.engine, attributionOf(ctx.engine).statements, topic, speaker),
    );
    await respond(interaction, {
      ...whoMessage(result, ctx.coverage),
      ...(hide || !result.answered ? { ephemeral: true } : {}),
    });
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused();
    const choices = speakerChoices(attributionOf(ctx.engine), typed, LIMITS.autocompleteChoices).map((summary) => ({
      name: truncate(
        `${summary.speaker} (${summary.statementCount} ${summary.statementCount === 1 ? 'statement' : 'statements'})`,
        LIMITS.choiceName,
      ),
      value: summary.speaker.slice(0, LIMITS.choiceValue),
    }));
    await interaction.respond(choices);
  },

  buttons: { [WHO_BUTTONS.page]: turnPage },
} satisfies Command;

/**
 * The answer as pages of one embed each, within Discord's limits: each speaker with their statements, each
 * statement cited with every outlet that carried it, pages cut between statements; Previous / Next when there is
 * more than one. The footer keeps the topic and speaker asked for, so a page turn can ask again.
 */
export function whoMessage(result: WhoSaidResult, coverage: Coverage, page = 0): ReplyBody {
  if (!result.answered) {
    return {
      content: `${escapeMarkdown(result.reason ?? 'Nobody is quoted on that.')}\nTry another topic, or **/who** alone for every speaker in the coverage.`,
    };
  }
  const title = titleOf(result);
  const asked = [
    result.topic ? `${TOPIC_PREFIX}${oneLine(result.topic)}` : '',
    result.speaker ? `${SPEAKER_PREFIX}${oneLine(result.speaker)}` : '',
  ].filter(Boolean);
  const footer = truncate([...asked, coverage.footer].join('\n'), LIMITS.footerText);
  const budget = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length) - CUT_NOTE_ROOM;
  const blocks = result.mode === 'overview' ? overviewLines(result.speakers) : statementBlocks(result.speakers);
  const starts = pageStarts(
    blocks.map((block) => block.text.length + 2),
    budget,
  );
  const current = Math.min(Math.max(0, page), starts.length - 1);
  const shown = blocks.slice(starts[current] ?? 0, starts[current + 1] ?? blocks.length).map((block) => block.text);
  if (starts.length > 1) shown.push(`_Page ${current + 1} of ${starts.length}._`);
  const embed: APIEmbed = { title, description: shown.join('\n\n'), footer: { text: footer } };
  if (starts.length <= 1) return { embeds: [embed] };
  return {
    embeds: [embed],
    components: [pagerRow(WHO_BUTTONS.command, WHO_BUTTONS.page, current, starts.length, coverage.fingerprint)],
  };
}

/** The topic and speaker a /who answer was asked with, read back from its footer; null when it is not one. */
export function readWhoEmbed(
  embed: { footer?: { text: string } | null } | undefined,
): { topic: string | null; speaker: string | null } | null {
  const lines = embed?.footer?.text.split('\n') ?? [];
  if (!lines.some((line) => line.startsWith(COVERAGE_PREFIX))) return null;
  const field = (prefix: string) => lines.find((line) => line.startsWith(prefix))?.slice(prefix.length) || null;
  return { topic: field(TOPIC_PREFIX), speaker: field(SPEAKER_PREFIX) };
}

/** Previous / Next: args are the page and the coverage fingerprint. The asker turns pages in place; others get a private copy. */
async function turnPage(interaction: ButtonInteraction, args: readonly string[], ctx: BotContext): Promise<void> {
  const [pageArg, fingerprint] = args;
  const page = intArg(pageArg);
  const read = readWhoEmbed(interaction.message.embeds[0]);
  if (page === null || !fingerprint || !read) {
    await respond(interaction, { content: STALE_WHO, ephemeral: true });
    return;
  }
  if (fingerprint !== ctx.coverage.fingerprint) {
    await respond(interaction, {
      content: 'The coverage has changed since this answer was given. Ask again with **/who**.',
      ephemeral: true,
    });
    return;
  }
  const body = whoMessage(
    whoSaid(ctx.engine, attributionOf(ctx.engine).statements, read.topic, read.speaker),
    ctx.coverage,
    page,
  );
  if (pagesInPlace(interaction)) await updateMessage(interaction, body);
  else await respond(interaction, { ...body, ephemeral: true });
}

function titleOf(result: WhoSaidResult): string {
  const topic = result.topic ? ` on “${fitEscaped(result.topic, OPTION_MAX).shown}”` : '';
  if (result.mode === 'overview') return `Who speaks in the coverage (${result.speakers.length})`;
  if (result.speaker)
    return truncate(`What ${fitEscaped(result.speaker, OPTION_MAX).shown} said${topic}`, LIMITS.embedTitle);
  return truncate(`Who said what${topic}`, LIMITS.embedTitle);
}

interface Block {
  text: string;
  /** Statements the block shows, for the count of what did not fit. */
  statements: number;
}

function overviewLines(speakers: readonly SpeakerStatements[]): Block[] {
  return speakers.map((speaker) => ({
    text: `**${fitEscaped(speaker.speaker, OPTION_MAX).shown}** — ${speaker.statementCount} ${speaker.statementCount === 1 ? 'statement' : 'statements'} · _${escapeMarkdown(speaker.outlets.join(', '))}_`,
    statements: speaker.statementCount,
  }));
}

/** One block per statement, the first of each speaker headed by the speaker's name and role. */
function statementBlocks(speakers: readonly SpeakerStatements[]): Block[] {
  return speakers.flatMap((speaker) => {
    const name = [speaker.speaker, speaker.roles[0]].filter(Boolean).join(', ');
    const heading = `__**${fitEscaped(oneLine(name), HEADING_MAX).shown}**__ — ${speaker.statementCount} ${speaker.statementCount === 1 ? 'statement' : 'statements'}`;
    return speaker.statements.map((statement, index) => ({
      text: `${index === 0 ? `${heading}\n` : ''}${statementLine(index + 1, statement)}`,
      statements: 1,
    }));
  });
}

/**
 * One statement as a sentence: "**1.** Kim Seol-hwa said: “...”" for a quotation, "**1.** Nikkei Asia reported
 * that ..." for reported speech, then "— _RT ¶3 · Asia-Pacific Research ¶3_".
 */
export function statementLine(number: number, statement: CitedStatement): string {
  const words = fitEscaped(oneLine(statement.text), STATEMENT_MAX).shown;
  // "according to", "went on": no verb of the speaker's own to tell it with.
  const reported = reportedVerb(statement.verb ?? '') ?? { past: 'said', clause: true };
  const verb = escapeMarkdown(reported.past);
  const speaker = `**${fitEscaped(oneLine(statement.speaker), HEADING_MAX).shown}**`;
  const via = statement.via ? ` (via ${escapeMarkdown(statement.via)})` : '';
  // "said that the office ..." (its capital dropped when it only starts the sentence), "urged its neighbours to ...".
  const clause =
    reported.clause && !/^that\b/i.test(words)
      ? `that ${words.replace(/^(?:The|A|An|It|Its|This|These|Those|There|They|He|She|We)\b/, (first) => first.toLowerCase())}`
      : words;
  const said = statement.kind === 'quote' ? `${verb}${via}: “${words}”` : `${verb}${via} ${clause}`;
  const carriers = statement.carriers
    .map((carrier) => `${carrier.outlet} ${paragraphOf(carrier.passageId)}`)
    .join(' · ');
  return `**${number}.** ${speaker} ${said}\n— _${escapeMarkdown(truncate(carriers, 300))}_`;
}
