import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { COMPOUND_RULES, partsOf } from '../../src/answer/compoundQuestion.ts';
import { attributionOf, type Attribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { RANKING_RULES } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('compound questions', () => {
  let engine: SearchEngine;
  let attribution: Attribution;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
    attribution = attributionOf(engine);
  });

  test('GIVEN a first part about things the coverage never mentions and a second referring back to them THEN the whole is refused, and not with the rule off', () => {
    const question =
      'How many Self-Defense Force troops are slated for the planned NATO-Japan drills, and does the coverage link them to US extended deterrence?';
    const answer = answerQuestion(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mentions "troops"/);
    withRuleOff(COMPOUND_RULES, 'absentThingReferred', () => {
      expect(answerQuestion(engine, question).answered).toBe(true);
    });
  });

  test('GIVEN a later part asking what the same speaker said on a name never mentioned THEN refused whole, naming it', () => {
    const question = 'What did Putin say about the West building alliances, and how did he describe the Gaza war?';
    expect(answerQuestion(engine, 'What did Putin say about the West building alliances?').answered).toBe(true);
    const answer = answerQuestion(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mentions "Gaza"/);
    // Another speaker asked about the absent name leaves the first part's answer standing.
    expect(
      answerQuestion(
        engine,
        'What did Putin say about the West building alliances, and what did Mao Ning say about Gaza?',
      ).answered,
    ).toBe(true);
    withRuleOff(COMPOUND_RULES, 'absentTopicOfSpeaker', () => {
      expect(answerQuestion(engine, question).answered).toBe(true);
    });
  });

  test.each([
    'What did Putin warn Europe about regarding its militarisation, and did he really call the Gaza war a tragedy?',
    'what did putin warn europe about on militarisation and did he call the war in gaza a tragedy',
  ])(
    'GIVEN "%s", a yes/no part referring back to the speaker on what only a name or a line outside the articles gives THEN refused whole; answered with the rule off',
    (question) => {
      expect(answerQuestion(engine, question).answered).toBe(false);
      withRuleOff(COMPOUND_RULES, 'pronounSpeaker', () => {
        expect(answerQuestion(engine, question).answered).toBe(true);
      });
    },
  );

  test('GIVEN a yes/no part referring back to the speaker that the coverage answers THEN the whole is answered', () => {
    const answer = answerQuestion(
      engine,
      "What did Putin say about the West's new alliances, and did he bring up Japan?",
    );
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((passage) => passage.text).join(' ')).toContain('militaristic Japan');
  });

  test('GIVEN a first part about a person never mentioned and a later "he" THEN refused whole, what he said included', () => {
    const question =
      'Why did Kim Jong Un go on state TV to announce that North Korea was cutting ties with Japan, and what exactly did he say?';
    const answer = answerQuestion(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/never mentions "Kim Jong Un"/);
    withRuleOff(COMPOUND_RULES, 'absentPersonReferred', () => {
      expect(answerQuestion(engine, question).answered).toBe(true);
    });
  });

  test.each([
    "What was Seoul's official reaction to the North Korean statement, and where was it published?",
    'What did the Australian defence minister say about the office, and when did he say it?',
  ])(
    'GIVEN "%s" (a speaker never quoted, then when or where "it" was said) THEN refused whole, and not with the rule off',
    (question) => {
      const answer = answerQuestion(engine, question);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toMatch(/quotes nobody as/);
      withRuleOff(COMPOUND_RULES, 'unquotedSpeakerReferred', () => {
        expect(answerQuestion(engine, question).answered).toBe(true);
      });
    },
  );

  test('GIVEN a speaker the coverage quotes, then where she said it THEN it is answered', () => {
    expect(answerQuestion(engine, 'What did Mao Ning say about NATO, and where did she say it?').answered).toBe(true);
  });

  test('GIVEN "why did X happen" about what the coverage only plans, and a later part leaning on it THEN refused whole; with either rule off the later part is answered', () => {
    const question = 'Why did Japan already open the NATO office in Tokyo, and how many staff work there now?';
    const answer = answerQuestion(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/“open” only as planned or possible/);
    // The premise alone: refused by the search, saying why.
    expect(answerQuestion(engine, 'Why did NATO open an office in Tokyo?').reason).toMatch(/only as planned/);
    // A premise that it did not happen is the coverage's own.
    expect(answerQuestion(engine, 'Why did the NATO office in Tokyo never open?').reason ?? '').not.toMatch(
      /only as planned/,
    );
    // plannedEventAsked reads the same premise for any question word: both are off to show whyPremise's.
    withRuleOff(COMPOUND_RULES, 'whyPremise', () =>
      withRuleOff(COMPOUND_RULES, 'plannedEventAsked', () =>
        expect(answerQuestion(engine, question).answered).toBe(true),
      ),
    );
    withRuleOff(RANKING_RULES, 'plannedPremise', () => {
      expect(answerQuestion(engine, question).answered).toBe(true);
      expect(answerQuestion(engine, 'Why did NATO open an office in Tokyo?').answered).toBe(true);
    });
  });

  test('GIVEN "when did X happen" about what the coverage only plans, and a later part leaning on it ("there") THEN refused whole, and the later part is answered with the rule off', () => {
    const question = 'When has the NATO office in Tokyo finally opened, and who is the chief there?';
    const answer = answerQuestion(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/only as planned or possible/);
    withRuleOff(COMPOUND_RULES, 'plannedEventAsked', () =>
      expect(answerQuestion(engine, question).answered).toBe(true),
    );
    // A later part asking what someone said stands on its own.
    expect(
      answerQuestion(engine, 'When did the NATO office in Tokyo open, and what did North Korea say about it?').answered,
    ).toBe(true);
  });

  test('GIVEN a later "it" that may be anything the first part named THEN the later part is answered still', () => {
    expect(
      answerQuestion(engine, 'What channel did Putin give that interview to, and when did it go out?').answered,
    ).toBe(true);
  });

  test.each([
    [
      'What did China and Russia say about NATO in Asia?',
      ['What did China say about NATO in Asia?', 'What did Russia say about NATO in Asia?'],
    ],
    ['What did Putin, Kim and Mao Ning say?', ['What did Putin say?', 'What did Kim say?', 'What did Mao Ning say?']],
    [
      "How did China's and Russia's reactions to NATO in Asia differ?",
      ['What did China say about NATO in Asia?', 'What did Russia say about NATO in Asia?'],
    ],
    [
      "how do kim's and putin's accounts of washington's aims compare",
      ["What did kim say about washington's aims?", "What did putin say about washington's aims?"],
    ],
    [
      'what does china think about the nato office and what does russia think',
      ['what does china think about the nato office', 'what does russia think'],
    ],
    [
      'Who is Kim Seol-hwa and what did he say about the Quad?',
      ['Who is Kim Seol-hwa', 'what did he say about the Quad?'],
    ],
  ])('GIVEN %j THEN it asks %j', (question, parts) => {
    expect(partsOf(question, attribution)).toEqual(parts);
  });

  test.each([
    'What did the Chinese Foreign Ministry say about Japan and NATO?',
    'Who rejected the idea that Russia and China are building an armed bloc?',
    'What did South Korea and Japan say?',
    'Which areas do Japan and NATO want to work on together?',
  ])('GIVEN %j THEN it is one question', (question) => {
    expect(partsOf(question, attribution)).toBeNull();
  });

  test('GIVEN "What did China and Russia say about NATO in Asia?" THEN both answer, in turn, from the first page on', () => {
    const answer = answerQuestion(
      engine,
      'What did China and Russia say about NATO in Asia?',
      { limit: 4 },
      attribution,
    );
    expect(answer.answered).toBe(true);
    expect(answer.question).toBe('What did China and Russia say about NATO in Asia?');
    const speakers = answer.passages
      .slice(0, 2)
      .flatMap((passage) => passage.speakers)
      .join(' ');
    expect(speakers).toMatch(/Mao Ning|Chinese Foreign Ministry|China/);
    expect(speakers).toMatch(/Russia|Putin/);
    const ids = answer.passages.map((passage) => passage.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('GIVEN a compound question paged THEN the pages follow on without repeats', () => {
    const question = 'What did Putin and Kim say about NATO?';
    const first = answerQuestion(engine, question, { limit: 3 }, attribution);
    const second = answerQuestion(engine, question, { limit: 3, offset: 3 }, attribution);
    expect(first.total).toBe(second.total);
    expect(second.passages.some((passage) => first.passages.some((shown) => shown.id === passage.id))).toBe(false);
  });

  test('GIVEN "did X happen, and when / what came of it?" where the coverage has X only as planned THEN the whole is refused: the rest asks after it', () => {
    const answer = answerQuestion(
      engine,
      'Did the office open, and when did it start operating?',
      { limit: 5 },
      attribution,
    );
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/only as planned/);
  });

  test.each([
    ['Did Japan sign the partnership programme, and what is in it?', 'the whole is refused', false],
    [
      'Can you confirm that NATO went on to open its Tokyo office, and when did it start operating?',
      'the whole is refused',
      false,
    ],
    ['Did the office open, and what did Kim say about it?', 'the part asking what someone said is answered', true],
  ])('GIVEN "%s", whose first part the coverage has only as planned THEN %s', (question, _outcome, answered) => {
    expect(answerQuestion(engine, question, { limit: 5 }, attribution).answered).toBe(answered);
  });

  describe('compound questions of hostile length', () => {
    test('GIVEN a subject listing more speakers than are answered at once THEN it is read as one question, not one answer per name', async () => {
      const attribution = attributionOf(createSearchEngine(await loadCorpus(SEEDS)));
      expect(partsOf('What did Putin, Kim, Mao Ning, Stoltenberg and Hayashi say?', attribution)).toBeNull();
      expect(partsOf('What did Putin, Kim, Mao Ning and Stoltenberg say?', attribution)).toHaveLength(4);
    });
  });
});
