import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { hasAttribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { buildEngineOffThread } from '../../src/search/offThread.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';
import { readQuestions } from '../eval/questions.ts';

// Rebuilding the engine took seconds of the bot's only thread at 20,000 passages (reading, indexing, attribution):
// every interaction arriving meanwhile expired (issue 11, item 11). It is built on a thread of its own now.
describe('building off the main thread', () => {
  let seedsDir: string;
  beforeAll(async () => {
    seedsDir = await mkdtemp(join(tmpdir(), 'offthread-'));
    await cp(SEEDS_DIR, seedsDir, { recursive: true });
  });
  afterAll(async () => {
    await rm(seedsDir, { recursive: true, force: true });
  });

  test('GIVEN the seeds THEN the engine is built on another thread, comes with its attribution, and answers every question as one built here', async () => {
    const { engine, builtOn } = await buildEngineOffThread(seedsDir);

    expect(builtOn).not.toBe(threadId);
    expect(hasAttribution(engine.corpus)).toBe(true);
    const here = createSearchEngine(await loadCorpus(seedsDir));
    const summary = (answer: ReturnType<typeof answerQuestion>) => ({
      answered: answer.answered,
      reason: answer.reason,
      passages: answer.passages.map((passage) => [passage.id, passage.score, passage.speakers]),
    });
    for (const { question, context } of readQuestions()) {
      const options = { limit: 5, ...(context ? { context } : {}) };
      expect(summary(answerQuestion(engine, question, options)), question).toStrictEqual(
        summary(answerQuestion(here, question, options)),
      );
    }
  });

  test('GIVEN a seeds folder that does not exist THEN it fails as reading it here would, with the error’s code', async () => {
    await expect(buildEngineOffThread(join(seedsDir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
