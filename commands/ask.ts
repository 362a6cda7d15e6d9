import {
  ChannelType,
  ComponentType,
  MessageFlags,
  SlashCommandBuilder,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Message,
} from 'discord.js';
import {
  ANSWER_BUTTONS,
  THREAD_BUTTON_ID,
  answerPage,
  prepareQuestion,
  readAnswerEmbed,
  withoutButton,
} from '../src/bot/answers.ts';
import { awaitTurn } from '../src/bot/cooldown.ts';
import { intArg } from '../src/bot/customId.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { respond, toMessage, updateMessage, type ActionRow } from '../src/bot/reply.ts';
import { truncate } from '../src/bot/text.ts';
import { pagesInPlace } from '../src/bot/paging.ts';
import { NO_THREAD_PERMISSION, canOpenThreads, openThread } from '../src/bot/threads.ts';
import type { BotContext, Command } from '../src/bot/types.ts';
import { handleVote, withVotes } from '../src/bot/votes.ts';

/** Long enough for any real question; its escaped form still fits an embed title in practice. */
const QUESTION_MAX = 240;

/** An interaction older than this when its handler starts is deferred before the engine runs (Discord allows 3 s to acknowledge). */
export const DEFER_AFTER_MS = 1000;

export const STALE_ANSWER =
  'This answer is too old to page through (the bot has changed since). Ask again with **/ask**.';
export const COVERAGE_CHANGED =
  'The coverage has changed since this answer was given, so its pages no longer line up. Ask again with **/ask**.';

export default {
  data: new SlashCommandBuilder()
    .setName(ANSWER_BUTTONS.command)
    .setDescription('Ask a question about the news coverage and get cited excerpts')
    .addStringOption((option) =>
      option
        .setName('question')
        .setDescription('What you want to know, e.g. "What did North Korea say about NATO?"')
        .setRequired(true)
        .setMaxLength(QUESTION_MAX),
    )
    .addStringOption((option) =>
      option
        .setName('outlet')
        .setDescription('Only search what this outlet published')
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addBooleanOption((option) => option.setName('hide').setDescription('Only you see the answer')),

  async execute(interaction, ctx) {
    const question = prepareQuestion(interaction.options.getString('question', true));
    const outlet = interaction.options.getString('outlet')?.trim() || null;
    const hide = interaction.options.getBoolean('hide') ?? false;
    if (!(await awaitTurn(interaction, ctx.cooldown, hide))) return;

    // In a follow-up thread the thread's question is the context; reading it may take a request, so defer first.
    // Defer too when answers are queued ahead of it or it has already waited: in a burst, answering the questions
    // before it can use up Discord's 3 s, and an interaction not acknowledged by then fails for its user.
    const thread = interaction.channel?.isThread() ? interaction.channel : null;
    const threadable = !hide && interaction.inGuild() && threadableChannel(interaction.channel?.type);
    // The button is offered only where the bot may open a thread (the interaction carries the app's permissions there).
    const offerThread = threadable && !ctx.config.autoThread && canOpenThreads(interaction.appPermissions);
    if (
      thread ||
      interaction.deferred ||
      ctx.answers.pending > 0 ||
      Date.now() - interaction.createdTimestamp > DEFER_AFTER_MS
    ) {
      if (!interaction.deferred)
        await ctx.answers.acknowledge(interaction.deferReply(hide ? { flags: MessageFlags.Ephemeral } : {}));
      const context = thread ? await ctx.threads.questionOf(thread) : null;
      const page = await ctx.answers.run(() =>
        answerPage(ctx, { question, offset: 0, outlet, context, threadButton: !thread && offerThread }),
      );
      const { answer } = page;
      const body = withVotes(ctx, page);
      // A question asked with /ask in a thread is a turn of its conversation like any other.
      if (thread && context !== null && answer.answered && !hide)
        ctx.threads.advance(thread.id, question.text, context);
      await respond(interaction, body);
      if (!thread && answer.answered && ctx.config.autoThread && threadable)
        await autoThread(interaction, await interaction.fetchReply(), question.text, ctx);
      return;
    }

    // Nothing queued ahead: the engine answers in milliseconds, so the reply is the acknowledgement.
    const page = await ctx.answers.run(() =>
      answerPage(ctx, { question, offset: 0, outlet, context: null, threadButton: offerThread }),
    );
    const { answer } = page;
    const body = withVotes(ctx, page);
    if (!answer.answered) {
      await respond(interaction, body);
      return;
    }
    const response = await interaction.reply({ ...toMessage({ ...body, ephemeral: hide }), withResponse: true });
    const message = response.resource?.message;
    if (ctx.config.autoThread && threadable && message) await autoThread(interaction, message, question.text, ctx);
  },

  async autocomplete(interaction, ctx) {
    const typed = interaction.options.getFocused().trim().toLowerCase();
    const choices = ctx.coverage.outlets
      .filter((outlet) => outlet.toLowerCase().includes(typed))
      .slice(0, LIMITS.autocompleteChoices)
      .map((outlet) => ({ name: truncate(outlet, LIMITS.choiceName), value: outlet.slice(0, LIMITS.choiceValue) }));
    await interaction.respond(choices);
  },

  buttons: {
    /** Previous and Next: args are the offset, the coverage fingerprint and the outlet's index or "-". */
    [ANSWER_BUTTONS.page]: turnPage,
    /** "More passages" and "From the start" on answers posted before Previous and Next: the same arguments. */
    [ANSWER_BUTTONS.more]: turnPage,

    /** "Follow up in thread": opens a thread on the answer, named after its question. */
    async [ANSWER_BUTTONS.thread](interaction, _args, ctx) {
      const message = interaction.message;
      const read = readAnswerEmbed(message.embeds[0]);
      if (!read) {
        await respond(interaction, { content: STALE_ANSWER, ephemeral: true });
        return;
      }
      const existing = threadOf(message);
      if (existing) {
        await respond(interaction, {
          content: `The follow-up thread for this answer is already open: <#${existing}>`,
          ephemeral: true,
        });
        return;
      }
      if (
        !interaction.inGuild() ||
        !threadableChannel(message.channel.type) ||
        message.flags.has(MessageFlags.Ephemeral)
      ) {
        await respond(interaction, {
          content: 'A thread cannot be opened on this answer here. Ask follow-ups with **/ask**.',
          ephemeral: true,
        });
        return;
      }
      if (!canOpenThreads(interaction.appPermissions)) {
        ctx.log.info(`No permission to open threads in channel ${message.channelId}`);
        await respond(interaction, { content: NO_THREAD_PERMISSION, ephemeral: true });
        return;
      }
      await interaction.deferUpdate();
      const opened = await openThread(
        message,
        read.question.text,
        ctx.threads,
        ctx.messageContent,
        ctx.log,
        interaction.user.id,
      );
      if (opened.reason !== undefined) {
        await interaction.followUp(toMessage({ content: opened.reason, ephemeral: true }));
        return;
      }
      // The thread is open: the button has done its job. Only the components change; the answer stays as it is.
      await interaction.editReply({ components: withoutButton(componentRows(message), THREAD_BUTTON_ID) });
    },

    /** 👍 and 👎 under an answer: args are the vote and the answer's id. */
    [ANSWER_BUTTONS.vote]: handleVote,
  },
} satisfies Command;

/**
 * A page of an answer. The member who asked turns the pages of their public answer in place; anyone else gets
 * a private copy of the page they asked for, which they page on their own (only they can click a private
 * message, so a click on one always pages it in place).
 */
async function turnPage(interaction: ButtonInteraction, args: readonly string[], ctx: BotContext): Promise<void> {
  const [offsetArg, fingerprint, outletArg] = args;
  const offset = intArg(offsetArg);
  const read = readAnswerEmbed(interaction.message.embeds[0]);
  const outlet = outletArg === '-' ? null : ctx.coverage.outlets[intArg(outletArg) ?? -1];
  if (offset === null || !fingerprint || read === null || outlet === undefined) {
    ctx.log.info(`Stale paging button (${interaction.customId}) on message ${interaction.message.id}`);
    await respond(interaction, { content: STALE_ANSWER, ephemeral: true });
    return;
  }
  if (fingerprint !== ctx.coverage.fingerprint) {
    await respond(interaction, { content: COVERAGE_CHANGED, ephemeral: true });
    return;
  }
  const inPlace = pagesInPlace(interaction);
  const threadButton = inPlace && hasButton(interaction.message, THREAD_BUTTON_ID) && !threadOf(interaction.message);
  // Answers queued ahead: acknowledged first, the page edited in (or sent privately) when its turn comes.
  if (ctx.answers.pending > 0) await ctx.answers.acknowledge(interaction.deferUpdate());
  const page = await ctx.answers.run(() =>
    answerPage(ctx, { question: read.question, offset, outlet, context: read.context, threadButton }),
  );
  const { answer } = page;
  const body = withVotes(ctx, page);
  if (!answer.answered) {
    await respond(interaction, body);
    return;
  }
  if (inPlace) {
    await updateMessage(interaction, body);
    return;
  }
  ctx.log.debug(
    `User ${interaction.user.id} paged message ${interaction.message.id} of another member: sent a private copy`,
  );
  await respond(interaction, { ...body, ephemeral: true });
}

/** AUTO_THREAD: every public answer gets its thread; without permission the answer stays and the asker is told why. */
async function autoThread(
  interaction: ChatInputCommandInteraction,
  message: Message,
  question: string,
  ctx: BotContext,
): Promise<void> {
  const opened = canOpenThreads(interaction.appPermissions)
    ? await openThread(message, question, ctx.threads, ctx.messageContent, ctx.log, interaction.user.id)
    : { reason: NO_THREAD_PERMISSION };
  if (opened.reason === undefined) return;
  await interaction.followUp(toMessage({ content: opened.reason, ephemeral: true }));
}

function threadableChannel(type: ChannelType | undefined): boolean {
  return type === ChannelType.GuildText || type === ChannelType.GuildAnnouncement;
}

function threadOf(message: Message): string | null {
  return message.thread?.id ?? (message.client.channels.cache.has(message.id) ? message.id : null);
}

function componentRows(message: Message): ActionRow[] {
  return message.components
    .map((row) => row.toJSON())
    .filter((row): row is ActionRow => 'components' in row && row.type === ComponentType.ActionRow);
}

function hasButton(message: Message, customId: string): boolean {
  return componentRows(message).some((row) =>
    row.components.some((component) => 'custom_id' in component && component.custom_id === customId),
  );
}
