import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ButtonInteraction } from 'discord.js';
import { afterEach, describe, expect, test } from 'vitest';
import { writeFileAtomic } from '../../src/atomicFile.ts';
import { answerIdOf, openFeedbackStore } from '../../src/feedback/feedbackStore.ts';
import { createLogger } from '../../src/logger.ts';
import type { BotContext } from '../../src/bot/types.ts';
import { VOTE_REPLIES, handleVote } from '../../src/bot/votes.ts';

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A click on a vote button with only what handleVote uses; its replies are collected. */
function click(userId: string) {
  const replies: Array<{ content?: string; flags?: number }> = [];
  const interaction = {
    user: { id: userId },
    message: { embeds: [] },
    deferred: false,
    replied: false,
    isMessageComponent: () => true,
    async reply(message: { content?: string; flags?: number }) {
      replies.push(message);
    },
  };
  return { interaction: interaction as unknown as ButtonInteraction, replies };
}

describe('handleVote', () => {
  test('GIVEN a full disk WHEN a user clicks 👍 THEN they are told it was not recorded; WHEN they click 👍 again on a working disk THEN it is noted as helpful, not taken back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-votes-'));
    dirs.push(dir);
    let full = true;
    const logs: string[] = [];
    const log = createLogger('debug', [], (line) => logs.push(line));
    const feedback = await openFeedbackStore(dir, log, undefined, async (path, data) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      await writeFileAtomic(path, data);
    });
    const ctx = { feedback, log } as unknown as BotContext;
    const answerId = answerIdOf({ question: 'NATO liaison office in Tokyo', outlet: null, context: null, passageIds: ['001_fe31f7d76e41631b#p2'] });

    const first = click('110000000000000001');
    await handleVote(first.interaction, ['up', answerId], ctx);
    expect(first.replies.map((reply) => reply.content)).toEqual([VOTE_REPLIES.notSaved]);
    expect(VOTE_REPLIES.notSaved).toContain('not recorded');
    expect(logs.join('\n')).toMatch(/ERROR Could not save feedback .*ENOSPC/);

    full = false;
    const retry = click('110000000000000001');
    await handleVote(retry.interaction, ['up', answerId], ctx);
    expect(retry.replies.map((reply) => reply.content)).toEqual([VOTE_REPLIES.up]);
    expect(feedback.snapshot().answers.get(answerId)?.votes.get('110000000000000001')?.vote).toBe('up');
  });
});
