import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion } from '../../src/answer/answerQuestion.ts';
import { OTHER_SPEAKER_RULES, othersAsked } from '../../src/answer/otherSpeakers.ts';
import { attributionOf, type Attribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const NORTH_KOREAN = /Kim Seol-hwa|North Korea/;
const CHINESE = /Chin|Mao Ning|Beijing/;

describe('speakers besides those set aside ("who else said that?")', () => {
  let engine: SearchEngine;
  let attribution: Attribution;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
    attribution = attributionOf(engine);
  });
  const statementSpeakers = (question: string, context?: string) =>
    answerQuestion(engine, question, context === undefined ? {} : { context }, attribution).passages.map(
      (passage) => passage.statement?.speaker ?? '',
    );

  test('GIVEN who besides a name, or who else THEN the name (or none, for the earlier question) is set aside', () => {
    expect(othersAsked('who else said that? anyone outside Pyongyang?')?.named).toBe('Pyongyang');
    expect(othersAsked('Besides China, who criticised the plan?')?.named).toBe('China');
    expect(othersAsked('did anyone else complain about it?')).toEqual({
      named: null,
      rest: 'did anyone else complain about it?',
    });
  });

  test('GIVEN "who" as the object, or a thing set aside THEN no speaker is asked for', () => {
    expect(othersAsked('who else would it consult besides Japan')).toBeNull();
    expect(othersAsked('who else is in the Quad?')).toBeNull();
    expect(othersAsked('Apart from Japan, which countries would the office hold talks with?')).toBeNull();
  });

  test('GIVEN anyone besides Pyongyang THEN only other speakers answer, and not with the rule off', () => {
    const question = 'Did anyone besides Pyongyang accuse Washington of pushing NATO into Asia?';
    const speakers = statementSpeakers(question);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.filter((speaker) => NORTH_KOREAN.test(speaker))).toEqual([]);
    expect(speakers).toContain('Vladimir Putin');
    withRuleOff(ANSWER_RULES, 'otherSpeakers', () => {
      expect(statementSpeakers(question).some((speaker) => NORTH_KOREAN.test(speaker))).toBe(true);
    });
  });

  test('GIVEN "who else" after a question on what China said THEN China and those speaking for it are set aside', () => {
    const context = 'What did China say about the NATO office in Tokyo?';
    const speakers = statementSpeakers('who else has spoken out against it?', context);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.filter((speaker) => CHINESE.test(speaker))).toEqual([]);
    withRuleOff(ANSWER_RULES, 'otherSpeakers', () => {
      expect(
        statementSpeakers('who else has spoken out against it?', context).some((speaker) => CHINESE.test(speaker)),
      ).toBe(true);
    });
  });

  test('GIVEN a statement only the one set aside made THEN refused, naming no one the question did not', () => {
    const answer = answerQuestion(engine, 'Did anyone besides Kim Seol-hwa call the collusion unprecedented?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('Nothing in the coverage answers that: it quotes no one else on it.');
  });

  // Blind set 80 and own questions r48: "Anyone else weigh in on it - from China maybe?", "did anyone else chime in?".
  test.each(['Anyone else weigh in on it - from China maybe?', 'ok, and did anyone else chime in?'])(
    'GIVEN "%s", a phrasal verb of speaking up after "else" THEN others are asked for; not with the rule off',
    (question) => {
      expect(othersAsked(question)?.named).toBeNull();
      withRuleOff(OTHER_SPEAKER_RULES, 'spokeUpElse', () => expect(othersAsked(question)).toBeNull());
    },
  );

  test("GIVEN who else spoke out after a state's words THEN a voice answers before any outlet reporting; not with the rule off", () => {
    const question = 'Did anybody else speak out about it?';
    const context = 'What did North Korea say about the NATO office in Japan?';
    const outlet = (speaker: string | undefined) => speaker === 'Nikkei Asia';
    expect(outlet(statementSpeakers(question, context)[0])).toBe(false);
    withRuleOff(OTHER_SPEAKER_RULES, 'voicesBeforeOutlets', () =>
      expect(outlet(statementSpeakers(question, context)[0])).toBe(true),
    );
  });
});
