import { describe, expect, test } from 'vitest';
import { ANSWER_RULES, answerQuestion } from '../../src/answer/answerQuestion.ts';
import { OPENING_RULES, openingAsked, withoutOpeningWords } from '../../src/answer/openingAsked.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { articleOf, corpusOfArticles, seedEngine } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('the lines that open an article', () => {
  test.each([
    ["What does the dek under the Al Mayadeen headline say about the DPRK's position?", true],
    ['In its summary line, what does Al Mayadeen say the DPRK hinted?', true],
    ["What's in RT's first paragraph about Japan?", true],
    ['What headline did RT use?', false],
    ['What did the lead negotiator say?', false],
  ])('GIVEN "%s" THEN it asks for the opening lines: %s', (question, asks) => {
    expect(openingAsked(question)).toBe(asks);
  });

  test.each([
    ['What does the subheading at the top of the RT article say?', 'What does the the RT article say?'],
    ['what is the line on top of their story', 'what is the their story'],
  ])(
    'GIVEN "%s" (what sits at the top of an article) THEN it asks for the opening lines, leaving "%s", and not with the rule off',
    (question, left) => {
      expect(openingAsked(question)).toBe(true);
      expect(withoutOpeningWords(question)).toBe(left);
      withRuleOff(OPENING_RULES, 'atTheTop', () => expect(openingAsked(question)).toBe(false));
    },
  );

  test.each([
    [
      "RT's piece has a one-line summary at the top. How is it worded?",
      "RT's piece has a one-line . How is it worded?",
    ],
    ['What does RT print in the line at the top?', 'What does RT print in the ?'],
  ])(
    'GIVEN "%s" (at the top, the article named before it) THEN it asks for the opening lines, leaving "%s", and not with the rule off',
    (question, left) => {
      expect(openingAsked(question)).toBe(true);
      expect(withoutOpeningWords(question)).toBe(left);
      withRuleOff(OPENING_RULES, 'atTheTopEnding', () => expect(openingAsked(question)).toBe(false));
    },
  );

  test.each([
    "What's the executive summary Al Mayadeen runs under its headline?",
    "what does the one-sentence deck under Al Mayadeen's headline say?",
  ])(
    'GIVEN "%s" (a line named by its place under the headline) THEN it asks for the opening lines, and not with the rule off',
    (question) => {
      expect(openingAsked(question)).toBe(true);
      expect(withoutOpeningWords(question)).toContain('Al Mayadeen');
      withRuleOff(OPENING_RULES, 'underHeadline', () => expect(openingAsked(question)).toBe(false));
    },
  );

  test.each([
    'How do the opening summary lines of RT and Al Mayadeen English differ?',
    'Do RT and Al Mayadeen frame the target the same way in their opening lines?',
    'How do the summary lines at the top of RT and Al Mayadeen frame the objection?',
  ])(
    'GIVEN "%s" (the opening lines named in the plural) THEN it asks for the opening lines, and not with the rule off',
    (question) => {
      expect(openingAsked(question)).toBe(true);
      expect(withoutOpeningWords(question)).not.toMatch(/\blines\b/);
      withRuleOff(OPENING_RULES, 'plurals', () => expect(openingAsked(question)).toBe(false));
    },
  );

  test('GIVEN "at the top" of something else ("who is at the top of NATO") THEN no opening lines are asked', () => {
    expect(openingAsked('Who is at the top of NATO?')).toBe(false);
    expect(openingAsked('Which topic is on top of the agenda?')).toBe(false);
  });

  test('GIVEN the opening named and placed under a headline THEN what is asked of it is left, the outlet named with it', () => {
    expect(withoutOpeningWords("What does the dek under the Al Mayadeen headline say about the DPRK's position?")).toBe(
      "What does the Al Mayadeen say about the DPRK's position?",
    );
  });

  test("GIVEN a question about the standfirst THEN the article's opening passage answers, not a later one on the same words", () => {
    const engine = createSearchEngine(
      corpusOfArticles([
        articleOf(
          'm',
          'DPRK accuses NATO of infiltration into Asia',
          [
            "DPRK denounces Japan for its plans to open a NATO liaison office and hints that the bloc's meddling will harm the region.",
            "The DPRK's position on the NATO liaison office in Japan was set out by its foreign ministry, which denounced the plans again on Monday.",
          ],
          'Harbour Mayadeen',
        ),
      ]),
    );
    const question =
      "What does the dek under the Harbour Mayadeen headline say about the DPRK's position on the office?";
    expect(answerQuestion(engine, question).passages[0]?.text).toMatch(/^DPRK denounces Japan/);
    ANSWER_RULES.openings = false;
    try {
      expect(answerQuestion(engine, question).passages[0]?.text).not.toMatch(/^DPRK denounces Japan/);
    } finally {
      ANSWER_RULES.openings = true;
    }
  });

  test("GIVEN the opening asked of one outlet with nothing else asked of it THEN that outlet's article answers from its first passage, and with the rule off it is refused", async () => {
    const engine = await seedEngine();
    const question = "What's the summary line RT runs at the top of its story?";
    const answer = answerQuestion(engine, question);
    expect(answer.passages[0]?.text).toMatch(/^North Korea’s Foreign Ministry has claimed/);
    expect(answer.passages.every((passage) => passage.carriers.some((carrier) => carrier.outlet === 'RT'))).toBe(true);
    withRuleOff(ANSWER_RULES, 'openingOfOutlet', () => {
      expect(answerQuestion(engine, question).answered).toBe(false);
    });
  });

  test.each([
    // With the rule off: refused.
    ['How do the opening summary lines of RT and Al Mayadeen English differ?', 0],
    // With the rule off: RT's opening only, the one passage among the openings that words NATO's conduct so.
    ["In their first sentences, do RT and Al Mayadeen characterise NATO's conduct in Asia the same way?", 1],
  ])(
    'GIVEN "%s" (the opening lines of two outlets compared) THEN each outlet\'s first passage answers; with the rule off %i passages',
    async (question, withoutRule) => {
      const engine = await seedEngine();
      const texts = answerQuestion(engine, question).passages.map((passage) => passage.text);
      expect(texts).toEqual([
        expect.stringMatching(/^North Korea’s Foreign Ministry has claimed/),
        expect.stringMatching(/^DPRK denounces Japan/),
      ]);
      withRuleOff(ANSWER_RULES, 'openingsOfOutlets', () => {
        expect(answerQuestion(engine, question).passages).toHaveLength(withoutRule);
      });
    },
  );
});
