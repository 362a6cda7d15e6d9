import { beforeAll, describe, expect, test } from 'vitest';
import { FOLLOWING_QUOTE_RULES } from '../../src/attribution/quotesFollowing.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import { corpusOf, inventedPagesEngine, topThreeTexts } from './fixtures.ts';

describe("a speaker's own words after the paragraph that introduces them", () => {
  // Tuned page batch 153: Dr Ciarán Hoey, "a lecturer ... in Galway", said small states face a similar question;
  // the next paragraph is his quotation, in other words than the question's.
  let pages: SearchEngine;
  beforeAll(async () => {
    pages = await inventedPagesEngine('invented-pages-153.json');
  });
  const question =
    'According to the Galway academic, what does Tokyo show about working with the alliance without becoming a member?';
  const quoted = 'there is a wide menu of cooperation short of membership';

  test('GIVEN a question worded like the introduction THEN the quotation that follows it is in the top three', () => {
    const top = topThreeTexts(pages, question);
    expect(top).toContain('Dr Ciarán Hoey, a lecturer');
    expect(top).toContain(quoted);
  });

  test('GIVEN the rule off THEN the quotation is not in the top three', () => {
    withRuleOff(FOLLOWING_QUOTE_RULES, 'kept', () => expect(topThreeTexts(pages, question)).not.toContain(quoted));
  });

  test('GIVEN a quotation of another speaker after the introduction THEN it is not put after it', () => {
    const engine = createSearchEngine(
      corpusOf([
        'Dr Aoife Brennan, a lecturer in security studies at University College Cork, said small neutral states face the same question about the alliance.',
        '"We have no plans to join," Irish Defence Minister Sean Kelly said of the alliance.',
        'Dr Brennan said the office was a modest administrative step.',
      ]),
    );
    const top = topThreeTexts(engine, 'What did Dr Brennan say about the question small neutral states face?');
    expect(top).toContain('Dr Aoife Brennan');
    expect(top).not.toContain('We have no plans to join');
  });
});
