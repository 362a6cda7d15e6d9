import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  MessageType,
  type APIButtonComponentWithCustomId,
  type ButtonInteraction,
  type Message,
} from 'discord.js';
import { encodeCustomId } from './customId.ts';
import type { ActionRow } from './reply.ts';

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

/**
 * Previous / Next for page `current` of `pages` (0-based), as `<command>:<action>:<page>:<fingerprint>` buttons; the
 * one that cannot be used is greyed out, and keeps a custom id of its own (two buttons of a message may not share one).
 */
export function pagerRow(
  command: string,
  action: string,
  current: number,
  pages: number,
  fingerprint: string,
): ActionRow {
  const turn = (to: number, label: string, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: encodeCustomId(command, action, [to, fingerprint]),
    ...(disabled ? { disabled } : {}),
  });
  const first = current === 0;
  const last = current + 1 >= pages;
  return {
    type: ComponentType.ActionRow,
    components: [
      turn(first ? pages : current - 1, 'Previous', first),
      turn(last ? pages + 1 : current + 1, 'Next', last),
    ],
  };
}
