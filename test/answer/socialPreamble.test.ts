import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion, withoutPurposeLeadIn } from '../../src/answer/answerQuestion.ts';
import { SOCIAL_RULES, withoutSocialPreamble } from '../../src/answer/socialPreamble.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const POLITE =
  "Hi, sorry, first time posting here, hope this is the right channel. I read the coverage a few days ago and I'm a bit confused: did any of the outlets include what Beijing's foreign ministry said about the office reports? Thanks!";

describe('withoutSocialPreamble', () => {
  test("GIVEN the asker's words about themselves after the question THEN the question alone; a sentence naming anyone stays", () => {
    const message = 'What does NATO stand for? My 10-year-old asked and I blanked.';
    expect(withoutSocialPreamble(message)).toBe('What does NATO stand for?');
    const named = 'Which outlets named the AUKUS countries? I think Al Mayadeen did.';
    expect(withoutSocialPreamble(named)).toBe(named);
    withRuleOff(SOCIAL_RULES, 'postscripts', () => {
      expect(withoutSocialPreamble(message)).toBe(message);
    });
  });

  test.each([
    [POLITE, "did any of the outlets include what Beijing's foreign ministry said about the office reports?"],
    ['Hello there. Who is Kim Seol-hwa?', 'Who is Kim Seol-hwa?'],
    ['Sorry to bother you: when was the RT article published?', 'when was the RT article published?'],
  ])('GIVEN "%s" THEN it asks "%s"', (message, asked) => {
    expect(withoutSocialPreamble(message)).toBe(asked);
  });

  test.each([
    // A premise passed on, a sentence naming someone, a question alone, a question that opens with a courtesy word.
    'I read that Kim Jong Un spoke about the office. What did he say?',
    'My nephew lives in Wellington. Which outlets name New Zealand?',
    'Who said Asia is not a wrestling ground?',
    'Thanks for the last answer, but who is Mao Ning?',
  ])('GIVEN "%s" THEN it is kept whole', (message) => {
    expect(withoutSocialPreamble(message)).toBe(message);
  });
});

describe('a closing particle', () => {
  test.each([
    ['what about russia tho', 'what about russia'],
    ['who said it lol?', 'who said it?'],
    ['And China, btw?', 'And China?'],
    // A word that only ends like one stays.
    ['What did Mao Ning say about the ethos?', 'What did Mao Ning say about the ethos?'],
  ])('GIVEN "%s" THEN it asks "%s"', (message, asked) => {
    expect(withoutSocialPreamble(message)).toBe(asked);
  });

  test('GIVEN the rule off THEN the particle stays, to be read as part of a name', () => {
    withRuleOff(SOCIAL_RULES, 'closingParticles', () =>
      expect(withoutSocialPreamble('what about russia tho')).toBe('what about russia tho'),
    );
  });

  test('GIVEN background, then what happened, then "Who was that?" THEN the question is the last two sentences, and the whole with the rule off', () => {
    const message =
      "I've been following how Beijing reacts whenever NATO talks about the Pacific. In this case somebody warned that NATO pushing east would wreck stability. Who was that?";
    expect(withoutSocialPreamble(message)).toBe(
      'In this case somebody warned that NATO pushing east would wreck stability. Who was that?',
    );
    // A longer question after it asks something of its own: all is kept.
    const own = 'Kim spoke on Monday. Mao spoke on Thursday. What did Kim say about the office?';
    expect(withoutSocialPreamble(own)).toBe(own);
    withRuleOff(SOCIAL_RULES, 'backgroundBeforePointer', () => expect(withoutSocialPreamble(message)).toBe(message));
  });

  test('GIVEN a remark on how the coverage reads after the question THEN it is left out, and kept with the rule off', () => {
    const message = 'And which department is he attached to? The reports seem a bit vague about his title.';
    expect(withoutSocialPreamble(message)).toBe('And which department is he attached to?');
    expect(withoutSocialPreamble('The articles are confusing. What did Kim say?')).toBe('What did Kim say?');
    // A sentence naming someone may be the question's premise: kept.
    const named = 'What did Kim say? The reports say Mao Ning answered him.';
    expect(withoutSocialPreamble(named)).toBe(named);
    withRuleOff(SOCIAL_RULES, 'coverageRemarks', () => expect(withoutSocialPreamble(message)).toBe(message));
  });

  test('GIVEN a long background-first question over the seeds THEN whoever warned so leads the answer', async () => {
    const engine = await seedEngine();
    const question =
      "I've been following how Beijing reacts whenever NATO starts talking about partners in the Pacific, and it's usually the foreign ministry spokespeople who handle it at their regular press briefings rather than senior leaders. In this case somebody warned that NATO pushing further east would wreck stability in the region and fuel rivalry between blocs. Who was that?";
    expect(answerQuestion(engine, question, { limit: 3 }).passages[0]?.text).toContain(
      'inevitably undermine regional peace',
    );
  });

  test('GIVEN "what about russia tho" after a question on China THEN Russia is asked about', async () => {
    const engine = createSearchEngine(await loadCorpus(SEEDS));
    const answer = answerQuestion(engine, 'what about russia tho', {
      context: 'What did China say about NATO coming to Asia?',
      limit: 3,
    });
    expect(answer.answered).toBe(true);
    expect(answer.askedSpeaker).toBe('Russia');
  });
});

describe('a polite question on the seeds', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  test('GIVEN greetings and "I read the coverage a few days ago" before the question THEN Beijing’s words answer, not the dates printed', () => {
    const answer = answerQuestion(engine, POLITE, { limit: 3 });
    expect(answer.passages[0]?.text).toMatch(/Chinese Foreign Ministry has urged/);
  });
});

describe('a long lead-in saying what the answer is for ("Need the precise phrasing for a subtitle: which ...")', () => {
  const question =
    "Need the precise phrasing for a subtitle: which official said NATO's advance into the Asia-Pacific through Japan has reached a dangerous stage?";

  test('GIVEN a lead-in naming nothing THEN the question after it is answered, not read as asking for a headline', async () => {
    const engine = await seedEngine();
    const answer = answerQuestion(engine, question, { limit: 3 });
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('dangerous implementation phase');
  });

  test('GIVEN a lead-in naming something the coverage names THEN it stays part of the question', async () => {
    const engine = await seedEngine();
    const named = 'for my essay about the tokyo liaison office and its costs: who would pay for the office?';
    expect(withoutPurposeLeadIn(named, engine)).toBe(named);
    expect(withoutPurposeLeadIn(question, engine)).toBe(
      "which official said NATO's advance into the Asia-Pacific through Japan has reached a dangerous stage?",
    );
  });

  test('GIVEN the rule off THEN "subtitle" asks for a printed field, which the coverage has not', async () => {
    const engine = await seedEngine();
    withRuleOff(ANSWER_RULES, 'purposeLeadIns', () => {
      expect(answerQuestion(engine, question, { limit: 3 }).answered).toBe(false);
    });
  });
});
