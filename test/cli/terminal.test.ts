import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { runTerminal } from '../../src/cli/terminal.ts';
import { quotedOnce } from '../../src/cli/formatAnswer.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

async function run(
  engine: SearchEngine,
  question: string | null,
  json: boolean,
  input = '',
  context: string | null = null,
): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  await runTerminal(engine, question, { json, context, input: Readable.from([input]), output });
  return chunks.join('');
}

interface JsonAnswer {
  question: string;
  answered: boolean;
  reason?: string;
  passages: { id: string; text: string }[];
}

/** Each JSON answer the terminal printed, in order. */
function answersOf(text: string): JsonAnswer[] {
  return text
    .trim()
    .split(/\n(?=\{)/)
    .map((chunk) => JSON.parse(chunk) as JsonAnswer);
}

const ids = (answer: JsonAnswer | undefined) => answer?.passages.map((passage) => passage.id) ?? [];

describe('terminal mode', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  test('GIVEN a question THEN numbered excerpts with outlet, date and headline, then the sources', async () => {
    const text = await run(engine, 'When did Stoltenberg meet Hayashi?', false);
    const first = text.split('\n\n')[0]?.replace(/\s+/g, ' ') ?? '';
    expect(first).toMatch(/^\[1\] “.*Brussels on April 4.*” — .*Asia-Pacific Research \(2023-05-18\)/);
    expect(text).toContain('Asia-Pacific Research (2023-05-18)');
    expect(text).toMatch(/Sources:\n {2}- /);
    expect(text).toContain(
      '“NATO Is Creeping Into Asia, Warns North Korea”, May 18, 2023, by Countercurrents.org, credits Countercurrents',
    );
  });

  test('GIVEN --json THEN the documented shape', async () => {
    const parsed = JSON.parse(await run(engine, 'When did Stoltenberg meet Hayashi?', true)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ question: 'When did Stoltenberg meet Hayashi?', answered: true });
    const passages = parsed.passages as Record<string, unknown>[];
    expect(Object.keys(passages[0] ?? {})).toEqual(
      expect.arrayContaining(['id', 'text', 'outlets', 'title', 'date', 'score']),
    );
    expect(passages[0]?.outlets).toEqual(
      expect.arrayContaining(['RT', 'Asia-Pacific Research', 'Al Mayadeen English']),
    );
  });

  test('GIVEN a question the coverage does not answer THEN it says so, in text and in JSON', async () => {
    expect(await run(engine, 'Who won the football world cup?', false)).toMatch(/Nothing in the coverage answers/);
    expect(JSON.parse(await run(engine, 'Who won the football world cup?', true))).toMatchObject({
      answered: false,
      passages: [],
    });
  });

  test('GIVEN questions piped in THEN one answer per non-empty line', async () => {
    const text = await run(engine, null, true, 'nato liason office\n\nWhat did Mao Ning say?\n');
    const answers = text
      .trim()
      .split(/\n(?=\{)/)
      .map((chunk) => JSON.parse(chunk) as { question: string });
    expect(answers.map((answer) => answer.question)).toEqual(['nato liason office', 'What did Mao Ning say?']);
  });

  test('GIVEN "What did China say?" then "and Russia?" piped THEN the second is answered as its follow-up, not as "and Russia?" alone', async () => {
    const [china, russia] = answersOf(await run(engine, null, true, 'What did China say?\nand Russia?\n'));
    expect(china?.question).toBe('What did China say?');
    expect(russia?.question).toBe('and Russia?');
    expect(russia?.answered).toBe(true);
    const asFollowUp = answersOf(await run(engine, 'and Russia?', true, '', 'What did China say?'))[0];
    const alone = answersOf(await run(engine, 'and Russia?', true))[0];
    expect(ids(russia)).toEqual(ids(asFollowUp));
    expect(ids(russia)).not.toEqual(ids(alone));
  });

  test('GIVEN "when was that?" piped after "When did Stoltenberg meet Hayashi?" THEN it is answered with the meeting’s date; alone it has nothing to search for', async () => {
    const [, when] = answersOf(await run(engine, null, true, 'When did Stoltenberg meet Hayashi?\nwhen was that?\n'));
    expect(when?.answered).toBe(true);
    expect(when?.passages[0]?.text).toMatch(/Brussels on April 4/);
    const alone = answersOf(await run(engine, 'when was that?', true))[0];
    expect(alone?.answered).toBe(false);
    expect(alone?.reason).toMatch(/no words to search for/);
  });

  test('GIVEN a piped line that stands alone THEN it starts a new conversation: answered as if asked first', async () => {
    const [, mao] = answersOf(
      await run(
        engine,
        null,
        true,
        'What did Putin say about Western countries forming new alliances?\nWhat did Mao Ning say about NATO?\n',
      ),
    );
    const alone = answersOf(await run(engine, 'What did Mao Ning say about NATO?', true))[0];
    expect(mao?.passages.length).toBeGreaterThan(0);
    expect(ids(mao)).toEqual(ids(alone));
  });

  test('GIVEN a question with --context THEN "he" is the earlier question’s speaker and the passage on Moscow and Beijing answers', async () => {
    const [answer] = answersOf(
      await run(
        engine,
        "Did he say anything about Moscow's own ties with Beijing?",
        true,
        '',
        'What did Putin say about Western countries forming new alliances?',
      ),
    );
    expect(answer?.question).toBe("Did he say anything about Moscow's own ties with Beijing?");
    expect(answer?.passages[0]?.text).toMatch(/Moscow and Beijing are forming a military bloc/);
  });
});

describe('quotedOnce', () => {
  test.each([
    ['Asia is an anchor for peace.', '“Asia is an anchor for peace.”'],
    ['“It is an open secret,” he said.', '“It is an open secret,” he said.'],
    ['"All facts clearly show," the official continued.', '"All facts clearly show," the official continued.'],
  ])('GIVEN %j THEN the terminal shows %j: quotation marks once', (text, shown) => {
    expect(quotedOnce(text)).toBe(shown);
  });
});
