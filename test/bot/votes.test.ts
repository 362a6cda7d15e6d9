import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ButtonInteraction } from 'discord.js';
import { afterEach, describe, expect, test } from 'vitest';
import { answerIdOf, openFeedbackStore, type FeedbackStore } from '../../src/feedback/feedbackStore.ts';
import { SQLITE_FILE } from '../../src/feedback/sqliteDatabase.ts';
import { createLogger } from '../../src/logger.ts';
import type { BotContext } from '../../src/bot/types.ts';
import { VOTE_REPLIES, handleVote } from '../../src/bot/votes.ts';

const dirs: string[] = [];
const stores: FeedbackStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Runs SQL on the store's SQLite file over a connection of its own, as another process would. */
function onTheDatabase(dataDir: string, sql: string): void {
  const db = new Database(join(dataDir, SQLITE_FILE));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** A click on a vote button with only what handleVote uses; its replies are collected. */
function click(userId: string) {
  const replies: Array<{ content?: string; flags?: number }> = [];
  const updates: unknown[] = [];
  const interaction = {
    user: { id: userId },
    message: { embeds: [], components: [], flags: { has: () => false } },
    deferred: false,
    replied: false,
    isMessageComponent: () => true,
    async reply(message: { content?: string; flags?: number }) {
      replies.push(message);
    },
    // A vote that counted updates the buttons' counts, then tells the voter privately.
    async update(message: unknown) {
      updates.push(message);
    },
    async followUp(message: { content?: string; flags?: number }) {
      replies.push(message);
    },
  };
  return { interaction: interaction as unknown as ButtonInteraction, replies, updates };
}

describe('handleVote', () => {
  test('GIVEN a database that refuses the write WHEN a user clicks 👍 THEN they are told it was not recorded; WHEN they click 👍 again once it accepts it THEN it is noted as helpful, not taken back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-votes-'));
    dirs.push(dir);
    const logs: string[] = [];
    const log = createLogger('debug', [], (line) => logs.push(line));
    const feedback = await openFeedbackStore({ dataDir: dir }, log);
    stores.push(feedback);
    const ctx = { feedback, log } as unknown as BotContext;
    const answerId = answerIdOf({ question: 'NATO liaison office in Tokyo', outlet: null, context: null });
    onTheDatabase(
      dir,
      "CREATE TRIGGER full BEFORE INSERT ON votes BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;",
    );

    const first = click('110000000000000001');
    await handleVote(first.interaction, ['up', answerId], ctx);
    expect(first.replies.map((reply) => reply.content)).toEqual([VOTE_REPLIES.notSaved]);
    expect(VOTE_REPLIES.notSaved).toContain('not recorded');
    expect(logs.join('\n')).toMatch(/ERROR Could not save a vote on answer [0-9a-f]{16} to .*database or disk is full/);

    onTheDatabase(dir, 'DROP TRIGGER full;');
    const retry = click('110000000000000001');
    await handleVote(retry.interaction, ['up', answerId], ctx);
    expect(retry.replies.map((reply) => reply.content)).toEqual([VOTE_REPLIES.up]);
    expect((await feedback.snapshot()).answers.get(answerId)?.votes.get('110000000000000001')?.vote).toBe('up');
  });
});
