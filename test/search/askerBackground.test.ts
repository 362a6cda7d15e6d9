import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { GUESS_RULES, onlyInBackground } from '../../src/search/guessClause.ts';

const ACQUAINTANCE =
  'A friend of mine lives in Yokohama and swears Stoltenberg was in town. Where was the NATO chief in April?';
const BEFORE_COLON =
  'My dad spent twenty years in Sapporo and loves this stuff, so I will pass it on: what did Nikkei say about the office?';

function without<K extends keyof typeof GUESS_RULES>(rule: K, run: () => void): void {
  GUESS_RULES[rule] = false;
  try {
    run();
  } finally {
    GUESS_RULES[rule] = true;
  }
}

describe('onlyInBackground', () => {
  test.each([
    [ACQUAINTANCE, 'Yokohama', true],
    [ACQUAINTANCE, 'NATO', false],
    [BEFORE_COLON, 'Sapporo', true],
    [BEFORE_COLON, 'Nikkei', false],
    ['My nephew lives in Wellington. Which outlets name New Zealand?', 'Wellington', true],
    // A sentence passing on what was heard is a premise of the question, whoever opens it.
    ['A friend of mine told me Kim Jong Un spoke. What did he say?', 'Kim Jong Un', false],
    // Someone not known to the asker is no background.
    ['A spokesman of the ministry was in Yokohama. Who was it?', 'Yokohama', false],
  ])('GIVEN "%s" THEN "%s" is only background: %s', (question, label, expected) => {
    expect(onlyInBackground(question, label)).toBe(expected);
  });

  test('GIVEN the rules off THEN a friend of the asker and a clause before the colon are premises', () => {
    without('acquaintances', () => expect(onlyInBackground(ACQUAINTANCE, 'Yokohama')).toBe(false));
    without('colonQuestion', () => expect(onlyInBackground(BEFORE_COLON, 'Sapporo')).toBe(false));
  });
});

describe('a question after words about the asker, over the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });
  const friend = `A friend of mine lives in Yokohama and swears Stoltenberg was in town that spring. Where was the NATO chief in April?`;
  const dad =
    'My dad spent twenty years in Sapporo and loves this stuff, so I will pass it on: what did Nikkei say about the office?';

  test('GIVEN a place only where a friend of the asker lives THEN the question is answered', () => {
    expect(ask(engine, friend).answered).toBe(true);
    without('acquaintances', () => expect(ask(engine, friend).reason).toMatch(/never mentions "Yokohama"/));
  });

  test('GIVEN a place only in what comes before "...: what did" THEN the question is answered', () => {
    expect(ask(engine, dad).answered).toBe(true);
    without('colonQuestion', () => expect(ask(engine, dad).reason).toMatch(/never mentions .*"Sapporo"/));
  });
});
