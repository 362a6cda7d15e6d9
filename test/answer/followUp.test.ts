import { beforeAll, describe, expect, test } from 'vitest';
import { dependsOnEarlier, resolveFollowUp } from '../../src/answer/followUp.ts';
import { attributionOf, type Attribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine } from '../../src/search/engine.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('dependsOnEarlier', () => {
  test.each([
    // Points back.
    ['when was that?', true],
    ['Did she mention Taiwan?', true],
    ['How is that affecting its ties with China?', true],
    ['Who else said it?', true],
    // Continues the earlier question.
    ['and Russia?', true],
    ['What about new technologies?', true],
    ['How about Australia and New Zealand?', true],
    ['But why?', true],
    // Too short to stand alone.
    ['Tokyo?', true],
    ['Why Japan?', true],
    // Stands alone.
    ['What did Mao Ning say about NATO?', false],
    ['Where will the NATO summit be held?', false],
    ['Why does Japan want to host the NATO liaison office?', false],
    ['What did the Chinese Foreign Ministry say about the liaison office?', false],
    ['When did Stoltenberg meet Hayashi?', false],
  ])('GIVEN "%s" THEN %s', (question, expected) => {
    expect(dependsOnEarlier(question)).toBe(expected);
  });

  // "that" opening a clause does not point back: a question that stands alone is not read as a follow-up of the
  // line before it.
  test.each([['Who said that the US is pushing NATO into Asia?'], ['Which outlet reported that Tokyo eyes a major arms buildup?']])(
    'GIVEN "%s", which stands alone THEN it does not depend on the earlier question',
    (question) => {
      expect(dependsOnEarlier(question)).toBe(false);
    },
  );
});

describe('resolveFollowUp on the seeds', () => {
  let attribution: Attribution;
  beforeAll(async () => {
    attribution = attributionOf(createSearchEngine(await loadCorpus(SEEDS)));
  });

  test('GIVEN "Did he say anything about Moscow’s own ties with Beijing?" after a question about Putin THEN "he" becomes Putin and it leans on the earlier question', () => {
    const resolved = resolveFollowUp("Did he say anything about Moscow's own ties with Beijing?", 'What did Putin say about Western countries forming new alliances?', attribution);
    expect(resolved.question).toMatch(/^Did (?:Vladimir )?Putin say anything about Moscow's own ties with Beijing\?$/);
    expect(resolved.dependsOnContext).toBe(true);
  });

  // Each person the seeds quote; the follow-up's pronoun stands for them.
  test.each([
    ['Vladimir Putin', 'he'],
    ['Kim Seol-hwa', 'he'],
    ['Mao Ning', 'she'],
    ['Jens Stoltenberg', 'he'],
    ['Yoshimasa Hayashi', 'he'],
  ])('GIVEN an earlier question about %s and a follow-up with "%s" THEN the pronoun is replaced by that speaker', (speaker, pronoun) => {
    const resolved = resolveFollowUp(`What else did ${pronoun} say?`, `What did ${speaker} say about NATO?`, attribution);
    expect(resolved.question).toBe(`What else did ${speaker} say?`);
  });

  test('GIVEN a follow-up with no personal pronoun THEN its words are kept as they are', () => {
    const resolved = resolveFollowUp('and Russia?', 'What did China say?', attribution);
    expect(resolved).toEqual({ question: 'and Russia?', dependsOnContext: true });
  });

  test('GIVEN "he" after an earlier question that names no speaker THEN it is left as it is', () => {
    expect(resolveFollowUp('What did he say?', 'Where is the liaison office?', attribution).question).toBe('What did he say?');
  });

  test('GIVEN a follow-up that stands alone THEN it does not depend on the earlier question', () => {
    expect(resolveFollowUp('What did Mao Ning say about NATO?', 'What did Putin say?', attribution)).toEqual({ question: 'What did Mao Ning say about NATO?', dependsOnContext: false });
  });
});
