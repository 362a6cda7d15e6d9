import { describe, expect, test } from 'vitest';
import { SHOUTING_RULES, withShoutingLowered } from '../../src/search/shoutedWords.ts';
import { seedEngine, topThreeTexts } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('words shouted in capitals', () => {
  test.each([
    ['Does Pyongyang claim the WHOLE WORLD is alarmed?', 'Does Pyongyang claim the whole world is alarmed?'],
    ['HOW MANY officials came?? Give me the NUMBER!', 'how many officials came?? Give me the number!'],
    ['who said it is a HUGE encirclement', 'who said it is a huge encirclement'],
  ])('GIVEN "%s" THEN the common words are read in lower case', (question, read) => {
    expect(withShoutingLowered(question)).toBe(read);
  });

  test.each([
    'What did NATO and AUKUS say, per KCNA?',
    'Was the U.S. or the DPRK named?',
    'Did the anti-NATO camp respond?',
    'WHAT DID CHINA SAY ABOUT THE OFFICE?',
  ])('GIVEN "%s" (acronyms, or a question all in capitals) THEN it is kept as typed', (question) => {
    expect(withShoutingLowered(question)).toBe(question);
  });

  test('GIVEN "the WHOLE WORLD is alarmed" THEN the passage on the international community answers, where read as a name it fell out of the top 3', async () => {
    const seeds = await seedEngine();
    const question = 'Does Pyongyang seriously claim the WHOLE WORLD is alarmed by Tokyo cozying up to the alliance??';
    const top3 = () => topThreeTexts(seeds, question);
    expect(top3()).toContain('concern and alertness in the international community');
    withRuleOff(SHOUTING_RULES, 'lowered', () => {
      expect(top3()).not.toContain('concern and alertness in the international community');
    });
  });
});
