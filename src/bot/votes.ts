import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIButtonComponentWithCustomId,
  type ButtonInteraction,
} from 'discord.js';
import { ANSWER_ID, VoteNotSavedError, type Vote, type VoteResult } from '../feedback/feedbackStore.ts';
import { REASONS } from '../search/ask.ts';
import { readAnswerEmbed, type AnswerPage } from './answers.ts';
import { encodeCustomId } from './customId.ts';
import type { ActionRow, ReplyBody } from './reply.ts';
import { respond, toMessage } from './reply.ts';
import type { BotContext } from './types.ts';

/** 👍 and 👎 belong to the answer, so to `/ask`: `ask:vote:<up|down>:<answer id>`. */
export const VOTE_BUTTONS = { command: 'ask', action: 'vote' } as const;
const EMOJI: Record<Vote, string> = { up: '👍', down: '👎' };
const BUTTONS_PER_ROW = 5;
const ROWS_PER_MESSAGE = 5;
/** Refusals that say something about the coverage; an empty or wordless question says nothing. */
const NOT_ABOUT_COVERAGE: readonly string[] = [REASONS.empty, REASONS.noTerms];

export const VOTE_REPLIES = {
  up: 'Thanks, noted as **helpful**. Click 👍 again to take it back, or 👎 to change it.',
  down: 'Thanks, noted as **not helpful**: the team will look at this answer. Click 👎 again to take it back, or 👍 to change it.',
  cleared: 'Your vote on this answer is taken back.',
  off: 'Votes are not being recorded right now.',
  notSaved: 'Sorry, your vote could not be saved, so it was **not recorded**. Please try again later.',
  stale: 'This vote button is not one of mine any more. Ask again with **/ask**.',
} as const;

/**
 * Records what a page showed (an answer, or a question the coverage could not answer) and puts 👍 and 👎 on an
 * answer. Only the passages that made it into the message count as shown. A refusal that will not be shown (a
 * member's message in a thread that nothing answers) is not counted either.
 */
export function withVotes(ctx: BotContext, page: AnswerPage, options: { refusalShown?: boolean } = {}): ReplyBody {
  const store = ctx.feedback;
  const { answer, body, shown, offset } = page;
  if (!store) return body;
  if (!answer.answered) {
    const reason = answer.reason ?? REASONS.notFound;
    if ((options.refusalShown ?? true) && offset === 0 && !NOT_ABOUT_COVERAGE.includes(reason))
      store.recordRefusal(shown.question, reason);
    return body;
  }
  return withVoteButtons(body, store.recordAnswer(shown));
}

/** The buttons joined to the first row when it has room, else in a row of their own (when a row is left). */
export function withVoteButtons(body: ReplyBody, answerId: string): ReplyBody {
  const buttons = (['up', 'down'] as const).map((vote) => voteButton(vote, answerId));
  const rows: ActionRow[] = [...(body.components ?? [])];
  const first = rows[0];
  if (first && first.components.length + buttons.length <= BUTTONS_PER_ROW)
    rows[0] = { ...first, components: [...first.components, ...buttons] };
  else if (rows.length < ROWS_PER_MESSAGE) rows.push({ type: ComponentType.ActionRow, components: buttons });
  return { ...body, components: rows };
}

function voteButton(vote: Vote, answerId: string): APIButtonComponentWithCustomId {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    emoji: { name: EMOJI[vote] },
    custom_id: encodeCustomId(VOTE_BUTTONS.command, VOTE_BUTTONS.action, [vote, answerId]),
  };
}

/** A click on 👍 or 👎: votes, changes the vote, or (the same button again) takes it back; only the voter is told. */
export async function handleVote(
  interaction: ButtonInteraction,
  args: readonly string[],
  ctx: BotContext,
): Promise<void> {
  const [vote, answerId] = args;
  if ((vote !== 'up' && vote !== 'down') || !answerId || !ANSWER_ID.test(answerId)) {
    await respond(interaction, { content: VOTE_REPLIES.stale, ephemeral: true });
    return;
  }
  if (!ctx.feedback) {
    await respond(interaction, { content: VOTE_REPLIES.off, ephemeral: true });
    return;
  }
  const read = readAnswerEmbed(interaction.message.embeds[0]);
  const shown = read
    ? { question: read.question.text, outlet: null, context: read.context, passageIds: [] }
    : undefined;
  let result: VoteResult;
  try {
    result = await ctx.feedback.vote(answerId, interaction.user.id, vote, shown);
  } catch (error) {
    // The store logged why and kept the vote as it was before the click; the voter learns it did not count.
    if (!(error instanceof VoteNotSavedError)) throw error;
    await respond(interaction, { content: VOTE_REPLIES.notSaved, ephemeral: true });
    return;
  }
  ctx.log.debug(
    `Vote ${result.previous ?? '-'} -> ${result.vote ?? '-'} on answer ${answerId} by user ${interaction.user.id}`,
  );
  const note: ReplyBody = {
    content: result.vote === null ? VOTE_REPLIES.cleared : VOTE_REPLIES[result.vote],
    ephemeral: true,
  };
  // The buttons show where the answer stands (👍 3 · 👎 1), and on a private copy, which way its one reader voted.
  const tally = await ctx.feedback.tally(answerId).catch(() => null);
  if (!tally) {
    await respond(interaction, note);
    return;
  }
  const own = interaction.message.flags.has(MessageFlags.Ephemeral) ? result.vote : null;
  await interaction.update({
    components: withTally(
      interaction.message.components.map((row) => row.toJSON()) as ActionRow[],
      answerId,
      tally,
      own,
    ),
  });
  await interaction.followUp(toMessage(note));
}

/** The message's rows with its vote buttons showing the count of each vote, and `own` (a private copy's reader's vote) highlighted. */
export function withTally(
  rows: readonly ActionRow[],
  answerId: string,
  tally: Record<Vote, number>,
  own: Vote | null,
): ActionRow[] {
  return rows.map((row) => ({
    ...row,
    components: row.components.map((component) => {
      for (const vote of ['up', 'down'] as const) {
        if (
          !('custom_id' in component) ||
          component.custom_id !== encodeCustomId(VOTE_BUTTONS.command, VOTE_BUTTONS.action, [vote, answerId])
        )
          continue;
        return {
          ...voteButton(vote, answerId),
          ...(tally[vote] > 0 ? { label: String(tally[vote]) } : {}),
          ...(own === vote ? { style: ButtonStyle.Primary } : {}),
        };
      }
      return component;
    }),
  }));
}
