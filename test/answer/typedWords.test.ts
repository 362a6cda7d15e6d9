import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion } from '../../src/answer/answerQuestion.ts';
import { reasonInWordsTyped } from '../../src/answer/typedWords.ts';
import { attributionOf, type Attribution } from '../../src/attribution/attribution.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('reasonInWordsTyped', () => {
  test('GIVEN a word corrected in reading THEN the quote has it as typed', () => {
    expect(
      reasonInWordsTyped(
        'Nothing in the coverage answers that: it never mentions "missile".',
        'did north korea fire a misile over japan?',
        'did north korea fire a missile over japan?',
      ),
    ).toBe('Nothing in the coverage answers that: it never mentions "misile".');
  });

  test('GIVEN several corrected words in one list THEN each is put back, the rest kept', () => {
    expect(
      reasonInWordsTyped(
        'it gives no sum for "japan", "nato office", "Tokyo".',
        'how much mony will japan pay for the nato ofice in tokio',
        'how much money will japan pay for the nato office in Tokyo',
      ),
    ).toBe('it gives no sum for "japan", "nato ofice", "tokio".');
  });

  test('GIVEN an acronym read spelled out THEN the quote gives the acronym typed', () => {
    expect(
      reasonInWordsTyped(
        'it never mentions “Republic of Korea”.',
        'What did the ROK say?',
        'What did the Republic of Korea say?',
      ),
    ).toBe('it never mentions “ROK”.');
  });

  test('GIVEN a quote of something other than the question THEN it is left as written', () => {
    const reason = 'only a line outside its articles says it (“Missile tests resume”), which is not coverage.';
    expect(reasonInWordsTyped(reason, 'any misile tests?', 'any missile tests?')).toBe(reason);
  });

  test('GIVEN a question read as typed THEN the reason is unchanged', () => {
    const reason = 'it never mentions "Gaza".';
    expect(reasonInWordsTyped(reason, 'What did Putin say about Gaza?', 'What did Putin say about Gaza?')).toBe(reason);
  });

  test('GIVEN words dropped in reading (a greeting) THEN nothing is put back for them', () => {
    const reason = 'it never mentions "Gaza".';
    expect(reasonInWordsTyped(reason, 'hi there! what about Gaza?', 'what about Gaza?')).toBe(reason);
  });
});

describe('answerQuestion refusals', () => {
  let engine: SearchEngine;
  let attribution: Attribution;
  beforeAll(async () => {
    engine = await seedEngine();
    attribution = attributionOf(engine);
  });

  const QUESTION = 'did north korea fire a misile over japan to protest the nato ofice?';

  test('GIVEN a misspelt word the refusal is about THEN it quotes the word as typed', () => {
    const answer = answerQuestion(engine, QUESTION, { limit: 5 }, attribution);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('"misile"');
    expect(answer.reason).not.toContain('missile');
  });

  test('GIVEN the rule off THEN the refusal quotes the corrected word', () => {
    const answer = withRuleOff(ANSWER_RULES, 'reasonsAsTyped', () =>
      answerQuestion(engine, QUESTION, { limit: 5 }, attribution),
    );
    expect(answer.reason).toContain('"missile"');
  });
});
