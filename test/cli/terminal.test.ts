import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { runTerminal } from '../../src/cli/terminal.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

async function run(engine: SearchEngine, question: string | null, json: boolean, input = ''): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  await runTerminal(engine, question, { json, input: Readable.from([input]), output });
  return chunks.join('');
}

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
    expect(text).toContain('“NATO Is Creeping Into Asia, Warns North Korea”, 2023-05-18, by Countercurrents.org, credits Countercurrents');
  });

  test('GIVEN --json THEN the documented shape', async () => {
    const parsed = JSON.parse(await run(engine, 'When did Stoltenberg meet Hayashi?', true)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ question: 'When did Stoltenberg meet Hayashi?', answered: true });
    const passages = parsed.passages as Record<string, unknown>[];
    expect(Object.keys(passages[0] ?? {})).toEqual(expect.arrayContaining(['id', 'text', 'outlets', 'title', 'date', 'score']));
    expect(passages[0]?.outlets).toEqual(expect.arrayContaining(['RT', 'Asia-Pacific Research', 'Al Mayadeen English']));
  });

  test('GIVEN a question the coverage does not answer THEN it says so, in text and in JSON', async () => {
    expect(await run(engine, 'Who won the football world cup?', false)).toMatch(/Nothing in the coverage answers/);
    expect(JSON.parse(await run(engine, 'Who won the football world cup?', true))).toMatchObject({ answered: false, passages: [] });
  });

  test('GIVEN questions piped in THEN one answer per non-empty line', async () => {
    const text = await run(engine, null, true, 'nato liason office\n\nWhat did Mao Ning say?\n');
    const answers = text.trim().split(/\n(?=\{)/).map((chunk) => JSON.parse(chunk) as { question: string });
    expect(answers.map((answer) => answer.question)).toEqual(['nato liason office', 'What did Mao Ning say?']);
  });
});
