import { describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { asksWhereSaid, venueFirst } from '../../src/answer/speechVenue.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf } from '../attribution/fixtures.ts';

describe('where something was said', () => {
  test.each([
    ["where'd he say it", true],
    ['Where did Putin say that the West is building alliances?', true],
    ['In what interview did the Russian leader make the claim?', true],
    ['where was it said, and when?', true],
    ['Where will the office open?', false],
    ['What did he say about the West?', false],
  ])('GIVEN "%s" THEN it asks where it was said: %s', (question, asks) => {
    expect(asksWhereSaid(question)).toBe(asks);
  });

  test('GIVEN passages with and without an occasion THEN those naming one come first, each group in order', () => {
    const passages = [
      { text: 'The West is building new alliances, Putin said.' },
      { text: 'Speaking in an interview with Russia 1 TV aired in March, the Russian leader said so.' },
      { text: 'He also cited the Strategic Concept.' },
      { text: 'The spokeswoman told reporters in Beijing that Asia is no arena.' },
    ];
    expect(venueFirst(passages).map((passage) => passage.text.slice(0, 12))).toEqual([
      'Speaking in ',
      'The spokeswo',
      'The West is ',
      'He also cite',
    ]);
  });

  test("GIVEN a follow-up asking where the earlier answer's words were said THEN the passage naming the interview leads", () => {
    const engine = createSearchEngine(
      corpusOf([
        'Western countries are seeking to put together new global alliances, Russian President Vladimir Putin has said.',
        'Speaking in an interview with Russia 1 TV aired in March 2023, the Russian leader dismissed claims of a bloc.',
        'Meanwhile, Putin continued, the US is creating new alliances in Asia.',
      ]),
    );
    const answer = answerQuestion(engine, "where'd he say it", {
      context: 'what did putin say about the west building new alliances',
    });
    expect(answer.passages[0]?.text).toMatch(/^Speaking in an interview/);
  });
});
