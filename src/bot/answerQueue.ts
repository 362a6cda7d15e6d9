import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';

/**
 * The engine answers synchronously, in milliseconds each, but a burst of 200 questions is seconds of work. Run
 * back to back, those answers would hold the event loop while later interactions wait unacknowledged past
 * Discord's 3 s. Queued here, they run one at a time, each in its own turn of the event loop, so the
 * acknowledgements of those waiting (and every reply) go out between them.
 */
export interface AnswerQueue {
  /** Answers queued or running: an interaction that finds this above 0 is acknowledged before it queues. */
  readonly pending: number;
  /** Runs `work` after everything queued before it, in a later turn of the event loop. */
  run<T>(work: () => T): Promise<T>;
  /**
   * An acknowledgement on its way to Discord. The next answer waits for those in flight when its turn comes (up
   * to ACK_WAIT_MAX_MS): an acknowledgement is due within 3 s, an answer is not.
   */
  acknowledge<T>(ack: Promise<T>): Promise<T>;
  /** Resolves once nothing is queued or running: on stop, questions already taken up are answered first. */
  drain(): Promise<void>;
}

/** Longest an answer waits for acknowledgements in flight (one held up by a slow or rate-limited request). */
export const ACK_WAIT_MAX_MS = 500;

export function createAnswerQueue(): AnswerQueue {
  let pending = 0;
  let last: Promise<unknown> = Promise.resolve();
  const acknowledging = new Set<Promise<unknown>>();
  const acknowledgementsSent = async () => {
    if (acknowledging.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, ACK_WAIT_MAX_MS)));
    await Promise.race([Promise.allSettled([...acknowledging]), giveUp]);
    clearTimeout(timer);
  };
  return {
    get pending() {
      return pending;
    },
    run(work) {
      pending += 1;
      const result = last
        .then(nextTurn)
        .then(acknowledgementsSent)
        .then(() => {
          try {
            return work();
          } finally {
            pending -= 1;
          }
        });
      last = result.catch(() => undefined);
      return result;
    },
    async drain() {
      while (pending > 0) await last;
    },
    acknowledge(ack) {
      const settled = ack.then(
        () => undefined,
        () => undefined,
      );
      acknowledging.add(settled);
      void settled.then(() => acknowledging.delete(settled));
      return ack;
    },
  };
}

/** setImmediate runs after the poll phase: the network I/O waiting (gateway events, HTTP responses) goes first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A command's answer in its turn; acknowledged first ("thinking…") when answers are queued ahead of it. */
export async function answerInTurn<T>(
  interaction: ChatInputCommandInteraction,
  queue: AnswerQueue,
  ephemeral: boolean,
  work: () => T,
): Promise<T> {
  if (queue.pending > 0 && !interaction.deferred && !interaction.replied)
    await queue.acknowledge(interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
  return queue.run(work);
}
