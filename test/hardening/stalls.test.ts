// Issue 11's stalls end to end (items 6 to 10). Each hostile seed shape the red-team pass reported (the same files
// `npm run bench` times: scripts/hostileSeeds.ts), added to the seeds, loads and leaves the answers as they were;
// a 200 KB question, on the command line or typed, is cut before anything reads it and answered. Nothing here
// asserts a time: the benchmark measures that. A stall shows as a test that does not finish.

import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { prepareQuestion } from '../../src/bot/answers.ts';
import { parseCommandLine } from '../../src/cli/commandLine.ts';
import { runTerminal } from '../../src/cli/terminal.ts';
import { buildCorpus } from '../../src/corpus/loadCorpus.ts';
import { PASSAGE_MAX_CHARS } from '../../src/corpus/passagesOf.ts';
import { readSeedFiles, type SeedFile } from '../../src/corpus/readSeedFiles.ts';
import { MAX_QUESTION_CHARS } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { HOSTILE_SEEDS, longQuestion } from '../../scripts/hostileSeeds.ts';
import { SEEDS_DIR } from './harness.ts';

/** Questions about the seeds, whose answers a hostile file must leave as they are. */
const SEED_QUESTIONS = [
  'What did Mao Ning say about NATO?',
  'Who is Kim Seol-hwa?',
  'When did Stoltenberg meet Hayashi?',
];
// The same passages, in any order: a file added to the corpus moves every word's weight a little, and two passages
// that rank within a hair of each other ("What did Mao Ning say about NATO?": her p11 and p12) may swap.
const passageIds = (engine: SearchEngine, question: string) =>
  answerQuestion(engine, question)
    .passages.map((passage) => passage.id)
    .sort();

let seeds: SeedFile[];
let clean: SearchEngine;
beforeAll(async () => {
  seeds = (await readSeedFiles(SEEDS_DIR)).files;
  clean = createSearchEngine(await buildCorpus(seeds));
});

describe('a hostile seed file among the seeds', () => {
  test.each(HOSTILE_SEEDS.map((seed) => [seed.name, seed] as const))(
    'GIVEN %s THEN it loads in passages within the maximum, its zeppelin is found, and the seeds answer as before',
    async (_name, seed) => {
      const file: SeedFile = {
        name: seed.file,
        format: seed.file.endsWith('.html') ? 'html' : 'text',
        text: seed.text(),
      };
      const corpus = await buildCorpus([...seeds, file]);
      expect(corpus.skipped).toEqual([]);
      const hostile = corpus.articles.find((article) => article.meta.file === seed.file);
      expect(hostile?.passages.every((passage) => passage.text.length <= PASSAGE_MAX_CHARS)).toBe(true);

      const engine = createSearchEngine(corpus);
      const zeppelin = answerQuestion(engine, 'When did the zeppelin hangar reopen?');
      expect(zeppelin.passages[0]?.id.split('#')[0]).toBe(hostile?.meta.id);
      expect(zeppelin.passages[0]?.text).toMatch(/^The zeppelin hangar at the old airfield reopened on Tuesday/);
      for (const question of SEED_QUESTIONS)
        expect(passageIds(engine, question), question).toEqual(passageIds(clean, question));
    },
  );
});

describe('a 200 KB question', () => {
  /** What the terminal prints for a question on the command line, or for lines typed. */
  async function terminal(question: string | null, typed = ''): Promise<string> {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    await runTerminal(clean, question, { json: false, input: Readable.from([typed]), output });
    return chunks.join('');
  }

  // The first question, then 200 KB of spaces and a second one that is never read.
  const padded = `${SEED_QUESTIONS[0]}${' '.repeat(200_000)}Who is Kim Seol-hwa?`;

  test('GIVEN it on the command line THEN it is cut before anything reads it: the answer is the first question’s', async () => {
    const command = parseCommandLine([padded]);
    expect(command).toMatchObject({ kind: 'question', question: padded });
    expect(await terminal(command.kind === 'question' ? command.question : null)).toBe(
      await terminal(SEED_QUESTIONS[0] ?? ''),
    );
  });

  test('GIVEN it typed after another question THEN it is cut the same way, and the line before is answered too', async () => {
    const typed = await terminal(null, `${SEED_QUESTIONS[1]}\n${padded}\n`);
    const expected = `${await terminal(SEED_QUESTIONS[1] ?? '')}${await terminal(SEED_QUESTIONS[0] ?? '')}`;
    expect(typed).toBe(expected);
  });

  test('GIVEN 200 KB of words after a question THEN the terminal answers it or says politely why not', async () => {
    const question = longQuestion();
    expect(question.length).toBeGreaterThan(200 * 1000);
    const answer = answerQuestion(clean, question);
    expect(answer.answered ? answer.passages.length : (answer.reason ?? '').length).toBeGreaterThan(0);
    expect((await terminal(question)).trim()).not.toBe('');
  });

  test('GIVEN it from Discord THEN the bot keeps a cut question, within an embed title, before asking the engine', () => {
    const prepared = prepareQuestion(longQuestion());
    expect(prepared.cut).toBe(true);
    expect(prepared.title.length).toBeLessThanOrEqual(256);
    expect(prepared.text.length).toBeLessThan(MAX_QUESTION_CHARS);
  });
});
