import { MessageType, type Message } from 'discord.js';
import { answerPage, prepareQuestion } from './answers.ts';
import { cooldownNote } from './cooldown.ts';
import { replyToMessage } from './reply.ts';
import { withoutMentionOf } from './text.ts';
import { messageContentNotice } from './threads.ts';
import type { BotContext } from './types.ts';

/**
 * A message in a follow-up thread is a question asked in the thread's context ("what did China say?" after
 * "NATO liaison office in Tokyo"). Messages anywhere else, from bots, or in threads the bot did not open
 * on one of its answers are ignored.
 */
export async function handleThreadMessage(message: Message, ctx: BotContext): Promise<void> {
  if (message.author.bot || message.system || !message.inGuild()) return;
  if (message.type !== MessageType.Default && message.type !== MessageType.Reply) return;
  const thread = message.channel;
  if (!thread.isThread()) return;
  const context = await ctx.threads.questionOf(thread);
  if (context === null) return;

  const botId = message.client.user.id;
  const mentioned = message.mentions.users.has(botId);
  const text = withoutMentionOf(botId, message.content);
  if (!text) {
    if (mentioned) {
      await replyToMessage(message, { content: 'Ask me a question after the mention, for example “what did China say?”.' });
    } else if (!ctx.messageContent && message.content === '' && ctx.threads.firstNotice(thread.id)) {
      // Without the Message Content intent, Discord sends messages that do not mention the bot with no text.
      await replyToMessage(message, { content: messageContentNotice(botId) });
    }
    return;
  }

  const { wait, firstRefusal } = ctx.cooldown.take(message.author.id);
  if (wait > 0) {
    if (firstRefusal) await replyToMessage(message, { content: cooldownNote(wait) });
    return;
  }
  const { body } = answerPage(ctx, { question: prepareQuestion(text), offset: 0, outlet: null, context, threadButton: false });
  await replyToMessage(message, body);
  ctx.log.debug(`Answered a follow-up in thread ${thread.id}`);
}
