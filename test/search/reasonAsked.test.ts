import { describe, expect, test } from 'vitest';
import { ask, asksForGrounds, RANKING_RULES } from '../../src/search/ask.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

/** The text of the first passage answering a question over a coverage of these paragraphs. */
function firstPassageOver(paragraphs: readonly string[]): (question: string) => string {
  const engine = createSearchEngine(corpusOf([...paragraphs]));
  return (question) => ask(engine, question).passages[0]?.text ?? '';
}

// A question asking why is answered first by the passage that gives a reason, of passages that cover it alike.
describe('a question asking for a reason', () => {
  const first = firstPassageOver([
    'NATO is strengthening relations with Japan, officials said.',
    'NATO is strengthening relations with Japan because like-minded partners matter more in a complex security environment.',
  ]);

  test.each([
    'Why is NATO strengthening relations with Japan?',
    'What reason does NATO give for strengthening relations with Japan?',
  ])('GIVEN %j THEN the passage saying "because" comes first', (question) => {
    expect(first(question)).toContain('because');
  });

  test('GIVEN a question not asking why THEN the shorter passage, which BM25 prefers, comes first', () => {
    expect(first('Is NATO strengthening relations with Japan?')).not.toContain('because');
  });

  test('GIVEN the rule off THEN the shorter passage comes first for "why" too', () => {
    RANKING_RULES.reasonAsked = false;
    try {
      expect(first('Why is NATO strengthening relations with Japan?')).not.toContain('because');
    } finally {
      RANKING_RULES.reasonAsked = true;
    }
  });

  test.each([
    'How does NATO justify strengthening relations with Japan?',
    'How did NATO defend strengthening relations with Japan?',
  ])(
    'GIVEN %j (the grounds someone gave) THEN the passage saying "because" comes first, and not with the rule off',
    (question) => {
      expect(first(question)).toContain('because');
      withRuleOff(RANKING_RULES, 'justificationAsked', () => expect(first(question)).not.toContain('because'));
    },
  );
});

// A question asking for the grounds of a claim is answered first by the passage that cites some.
describe('a question asking what someone pointed to as proof', () => {
  const first = firstPassageOver([
    'Kim said NATO was expanding into Asia through partnerships with Japan.',
    'Kim said NATO was expanding into Asia, citing reports that the alliance plans an office in Tokyo.',
  ]);

  test.each([
    'What did Kim point to as proof that NATO was expanding into Asia?',
    'Kim says NATO is expanding into Asia: what is he pointing to?',
    'What evidence did Kim give that NATO was expanding into Asia?',
  ])('GIVEN %j THEN the passage citing reports comes first', (question) => {
    expect(first(question)).toContain('citing');
    withRuleOff(RANKING_RULES, 'evidenceAsked', () => expect(first(question)).not.toContain('citing'));
  });

  test.each([
    ['What did Kim point to as proof that NATO was expanding into Asia?', true],
    ['Which document did he hold up as proof of that?', true],
    ['What evidence did Kim give?', true],
    ['what is he pointing to', true],
    // Asking for the passages that show a claim, not for what someone offered as grounds.
    ['What is the strongest evidence that NATO was expanding into Asia?', false],
    ['Is there evidence in the coverage that Tokyo would pay?', false],
    ['Which countries does NATO point to in its concept?', false],
  ])('GIVEN %j THEN it asks for the grounds offered: %s', (question, asked) => {
    expect(asksForGrounds(question)).toBe(asked);
  });
});
