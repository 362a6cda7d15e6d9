import { MessageFlags, MessageType, type ButtonInteraction, type Message } from 'discord.js';

/**
 * Who asked the question a message answers, read off the message itself: the user of the interaction it
 * answered (a slash command), or the member whose thread message it replies to. Null when the message does not
 * say: then nobody pages it in place, and every click gets a private copy.
 */
export function askerOf(message: Pick<Message, 'interactionMetadata' | 'type' | 'mentions'>): string | null {
  const asker = message.interactionMetadata?.user.id;
  if (asker) return asker;
  return message.type === MessageType.Reply ? (message.mentions.repliedUser?.id ?? null) : null;
}

/**
 * A page turn changes the message in place on the clicker's own answer, and on a private message (only its owner
 * sees it); anyone else gets a private copy of the page they asked for, which they page on their own.
 */
export function pagesInPlace(interaction: Pick<ButtonInteraction, 'message' | 'user'>): boolean {
  const message = interaction.message;
  return message.flags.has(MessageFlags.Ephemeral) || askerOf(message) === interaction.user.id;
}

/** Where each page starts, filling pages of `budget` characters with items whole (each page holds at least one). */
export function pageStarts(lengths: readonly number[], budget: number): number[] {
  const starts: number[] = [];
  let used = 0;
  lengths.forEach((length, index) => {
    if (index === 0 || used + length > budget) {
      starts.push(index);
      used = 0;
    }
    used += length;
  });
  return starts;
}
