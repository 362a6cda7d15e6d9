import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { respond } from './reply.ts';

/** When a user's question is answered, under a per-user cooldown between questions. */
export type Turn = { delayMs: number; full?: undefined } | { full: true; wait: number };

/**
 * Per-user cooldown between questions. A question asked inside it waits its turn and is answered when the
 * cooldown ends, never dropped; only when `WAITING_MAX` of the user's questions already wait is one turned
 * away. In memory on purpose: forgetting it on restart costs nothing.
 */
export interface Cooldown {
  /** Books the user's next turn: now (`delayMs` 0), after a wait, or `full` with the seconds until one frees. */
  book(userId: string): Turn;
}

/** Questions of one user that may wait their turn at once; a flood beyond is turned away. */
export const WAITING_MAX = 2;
/** Entries whose turn has passed are dropped once this many users are remembered. */
const PRUNE_AT = 1000;

export function createCooldown(seconds: number, now: () => number = Date.now): Cooldown {
  const windowMs = seconds * 1000;
  const nextTurn = new Map<string, number>();
  return {
    book(userId) {
      if (windowMs <= 0) return { delayMs: 0 };
      const at = now();
      const turn = Math.max(at, nextTurn.get(userId) ?? at);
      const delayMs = turn - at;
      if (delayMs > windowMs * WAITING_MAX)
        return { full: true, wait: Math.ceil((delayMs - windowMs * WAITING_MAX) / 1000) };
      if (nextTurn.size >= PRUNE_AT) {
        for (const [user, next] of nextTurn) if (next <= at) nextTurn.delete(user);
      }
      nextTurn.set(userId, turn + windowMs);
      return { delayMs };
    },
  };
}

export function cooldownNote(wait: number): string {
  return `You have questions waiting already: please wait ${wait} ${wait === 1 ? 'second' : 'seconds'} before asking again.`;
}

/**
 * Waits the user's turn before a command answers: the interaction is deferred meanwhile (Discord shows "thinking"),
 * so it is acknowledged within 3 s however long the wait. False, after a private note, when the user has too
 * many questions waiting.
 */
export async function awaitTurn(
  interaction: ChatInputCommandInteraction,
  cooldown: Cooldown,
  ephemeral: boolean,
): Promise<boolean> {
  const turn = cooldown.book(interaction.user.id);
  if (turn.full) {
    await respond(interaction, { content: cooldownNote(turn.wait), ephemeral: true });
    return false;
  }
  if (turn.delayMs > 0) {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    await sleep(turn.delayMs);
  }
  return true;
}
