import { describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { REQUEST_RULES, withoutRequestFrame } from '../../src/answer/requestFrame.ts';
import { refusedOnlyByRule, seedEngine, topThreeTexts } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('withoutRequestFrame', () => {
  test.each([
    ['hey bot, what did mao ning say', 'what did mao ning say'],
    ['Can you tell me who in Beijing warned about NATO?', 'who in Beijing warned about NATO?'],
    ['Could you please tell me what the office is for?', 'what the office is for?'],
    ['I want to know: What is the population of North Korea?', 'What is the population of North Korea?'],
    ["I'd like to know when the office opens", 'when the office opens'],
    ['Hi there! Do you know what RT reported?', 'what RT reported?'],
    [
      "Give me Japan's official reply to Pyongyang's accusations.",
      "Japan's official reply to Pyongyang's accusations.",
    ],
    ['find me what Putin said about the Axis', 'what Putin said about the Axis'],
    // A command put before a question word: "Quote what ...", "List who ...".
    ["Quote what Japan's government said back to North Korea.", "what Japan's government said back to North Korea."],
    ['List who spoke for Beijing on the office', 'who spoke for Beijing on the office'],
    ['What did Kim say about Japan? thanks!', 'What did Kim say about Japan?'],
    ['Who is Mao Ning, please?', 'Who is Mao Ning?'],
    ['how did RT and Al Mayadeen each word it? same words or not', 'how did RT and Al Mayadeen each word it?'],
    ['is japan gearing up for some massive rearmament or what?', 'is japan gearing up for some massive rearmament?'],
    ['Did Japan agree to pay, or not?', 'Did Japan agree to pay?'],
    ['Japan pays for it, right?', 'Japan pays for it?'],
    [
      "Why does China object to NATO's 2022 strategy document? Explain in one or two sentences.",
      "Why does China object to NATO's 2022 strategy document?",
    ],
    ['Who pays for the office? Keep it short please', 'Who pays for the office?'],
    ['What did Mao Ning warn about. Answer in your own words.', 'What did Mao Ning warn about.'],
    ['Who speaks for the ministry? Much obliged.', 'Who speaks for the ministry?'],
    ['Good afternoon. Could you kindly tell me who runs the office? Thank you ever so much.', 'who runs the office?'],
    ['Hello everyone. Who pays for the office? Many thanks in advance, I appreciate it.', 'Who pays for the office?'],
  ])('GIVEN "%s" THEN the question is "%s"', (asked, question) => {
    expect(withoutRequestFrame(asked)).toBe(question);
  });

  test.each([
    'thanks!',
    'hey bot',
    'Tell me',
    'Who said "thanks"?',
    'How did Japan thank NATO?',
    'Tell me about the liaison office',
    // Not before a question word: "Name the woman who ..." keeps the woman asked about.
    'Name the woman who spoke for the ministry on the office',
    'Describe how Japan responded to North Korea',
    'Did NATO say whether or not the office would open?',
    'Why not?',
    'Is it a real defence treaty or not?',
    'What did Kim say? Explain why China objects.',
    'What is the office for? List the other groupings.',
    'Good afternoon. Who thanked Japan for its help?',
    'Who pays for the office? Thanks, and what did China say about the groupings?',
  ])('GIVEN "%s" THEN nothing that is the question itself is taken away', (asked) => {
    const left = withoutRequestFrame(asked);
    expect(left.length).toBeGreaterThan(0);
    if (!/^(?:thanks!|hey bot|Tell me)$/.test(asked))
      expect(left).toMatch(/thank|liaison|or not|not\?|objects|groupings|^Name the woman|^Describe how/i);
  });
});

describe('a word of chat before the question', () => {
  test.each([
    ['wait which countries did he compare it to', 'which countries did he compare it to'],
    ['hmm, who said that?', 'who said that?'],
    ['oh and what did China say?', 'and what did China say?'],
  ])('GIVEN "%s" THEN it asks "%s", and keeps the word with the rule off', (question, asked) => {
    expect(withoutRequestFrame(question)).toBe(asked);
    withRuleOff(REQUEST_RULES, 'interjections', () => expect(withoutRequestFrame(question)).toBe(question));
  });

  test('GIVEN the word asking something itself ("wait times at the office?") THEN it stays', () => {
    expect(withoutRequestFrame('wait times at the office?')).toBe('wait times at the office?');
  });
});

describe('a name asked for', () => {
  test.each([
    ['What is the name of the North Korean official?', 'Who is the North Korean official?'],
    ["What's the full name of the Chinese spokeswoman?", 'Who is the Chinese spokeswoman?'],
    ['What is the full formal name of the partnership document?', 'Who is the partnership document?'],
    ['What are the official names of the two alliances?', 'Who are the two alliances?'],
    ['What are the names of the officials quoted?', 'Who are the officials quoted?'],
    // The name of a thing is asked as it is.
    ['Which name did NATO give the office?', 'Which name did NATO give the office?'],
  ])('GIVEN "%s" THEN it asks "%s"', (question, asked) => {
    expect(withoutRequestFrame(question)).toBe(asked);
  });

  test.each([
    [
      'What was name of NATO department whose delegation came to Japan?',
      'Who is NATO department whose delegation came to Japan?',
    ],
    ["What's name of the Chinese spokeswoman?", 'Who is the Chinese spokeswoman?'],
    ['What are names of the officials quoted?', 'Who are the officials quoted?'],
  ])('GIVEN "%s", its article left out THEN it asks "%s"', (question, asked) => {
    expect(withoutRequestFrame(question)).toBe(asked);
  });

  test('GIVEN the article-less rule off THEN "name of" stays, and the coverage has no "name" to answer with', async () => {
    const question = 'What was name of NATO department whose delegation came to Japan last month?';
    withRuleOff(REQUEST_RULES, 'nameWithoutArticle', () => expect(withoutRequestFrame(question)).toBe(question));
    const engine = await seedEngine();
    expect(answerQuestion(engine, question, { limit: 3 }).passages[0]?.text).toContain('Cooperative Security Division');
    withRuleOff(REQUEST_RULES, 'nameWithoutArticle', () =>
      expect(answerQuestion(engine, question, { limit: 3 }).answered).toBe(false),
    );
  });

  test('GIVEN the rule off THEN "the name of" stays, to be searched for', () => {
    withRuleOff(REQUEST_RULES, 'nameAsked', () =>
      expect(withoutRequestFrame('What is the name of the North Korean official?')).toBe(
        'What is the name of the North Korean official?',
      ),
    );
  });
});

describe('a claim put up for checking', () => {
  test.each([
    [
      'Claim doing the rounds: North Korea says the world is alarmed at how cozy Japan and NATO have become. Is that an accurate summary?',
      'North Korea says the world is alarmed at how cozy Japan and NATO have become.',
    ],
    ['Viral claim: Japan will pay for the office. Can you confirm?', 'Japan will pay for the office.'],
    ['Kim said NATO is creeping into Asia. Is this true?', 'Kim said NATO is creeping into Asia.'],
    // A second question asking something else stays.
    ['Japan will pay. Is that the case for Korea?', 'Japan will pay. Is that the case for Korea?'],
    ['Is it true that Japan will pay?', 'Is it true that Japan will pay?'],
  ])('GIVEN "%s" THEN the claim is what is asked: "%s"', (question, asked) => {
    expect(withoutRequestFrame(question)).toBe(asked);
  });

  test('GIVEN the rule off THEN the label and the check stay, to be searched for', () => {
    const question = 'Viral claim: Japan will pay for the office. Can you confirm?';
    withRuleOff(REQUEST_RULES, 'claimChecked', () => expect(withoutRequestFrame(question)).toBe(question));
  });
});

describe('a half-remembered aside before the question', () => {
  test.each([
    [
      'One of the reports listed AUKUS as Australia, Britain and Canada I think? Which outlets actually spell out who is in AUKUS?',
      'Which outlets actually spell out who is in AUKUS?',
    ],
    // A question leaning on the aside keeps it: "them" are the launches it names.
    [
      'I seem to recall the official said something about missile launches. What did he say about them?',
      'I seem to recall the official said something about missile launches. What did he say about them?',
    ],
    ['and I think he listed some threats? which ones?', 'and I think he listed some threats? which ones?'],
  ])('GIVEN "%s" THEN what is asked is "%s"', (question, asked) => {
    expect(withoutRequestFrame(question)).toBe(asked);
  });

  test.each([
    ['Which areas will Japan and NATO work on? Itemise.', 'Which areas will Japan and NATO work on?'],
    ['Who spoke for Beijing? List them all.', 'Who spoke for Beijing?'],
  ])(
    'GIVEN "%s" (a list asked for after the question) THEN the question is "%s", and not with the rule off',
    (asked, question) => {
      expect(withoutRequestFrame(asked)).toBe(question);
      withRuleOff(REQUEST_RULES, 'listingAsked', () => expect(withoutRequestFrame(asked)).toBe(asked));
    },
  );

  test('GIVEN "Who spoke? List the areas they named." THEN the second sentence, asking about areas, stays', () => {
    expect(withoutRequestFrame('Who spoke? List the areas they named.')).toBe('Who spoke? List the areas they named.');
  });

  test('GIVEN the rule off THEN the aside stays, to be searched for', () => {
    const question = 'The RT piece ran on a Sunday I think? Which outlets spell out who is in AUKUS?';
    expect(withoutRequestFrame(question)).toBe('Which outlets spell out who is in AUKUS?');
    withRuleOff(REQUEST_RULES, 'hedgedRecollection', () => expect(withoutRequestFrame(question)).toBe(question));
  });
});

describe('a yes-or-no tag closing a sentence before the question', () => {
  test.each([
    [
      "Kim Seol-hwa is North Korea's foreign minister, right? Or what is his actual job?",
      "Kim Seol-hwa is North Korea's foreign minister? Or what is his actual job?",
    ],
    ['The office opens in 2024, correct? Who said so?', 'The office opens in 2024? Who said so?'],
  ])('GIVEN "%s" THEN the tag goes: "%s", and stays with the rule off', (asked, question) => {
    expect(withoutRequestFrame(asked)).toBe(question);
    withRuleOff(REQUEST_RULES, 'innerTags', () => expect(withoutRequestFrame(asked)).toBe(asked));
  });

  test('GIVEN "right" inside a sentence ("the right to ...") THEN it stays', () => {
    const asked = 'Does Japan have the right to host it? Who said so?';
    expect(withoutRequestFrame(asked)).toBe(asked);
  });
});

describe('an imperative of explaining, or a formula asking leave, before a question of its own', () => {
  test.each([
    [
      "Walk me through what Seoul's government said back to Pyongyang.",
      "what Seoul's government said back to Pyongyang.",
      'explainingRequests',
    ],
    ['Fill me in on who spoke for Beijing', 'who spoke for Beijing', 'explainingRequests'],
    ['Talk us through why Pyongyang objects', 'why Pyongyang objects', 'explainingRequests'],
    ['Remind me what the office would be used for.', 'what the office would be used for.', 'explainingRequests'],
    ['Help me understand how the office would be funded', 'how the office would be funded', 'explainingRequests'],
    [
      "Excuse me, which official compared the West's alliances to the Axis?",
      "which official compared the West's alliances to the Axis?",
      'apologies',
    ],
    ['Pardon me, where would the office be?', 'where would the office be?', 'apologies'],
    ['Sorry to bother you, but who pays for the office?', 'who pays for the office?', 'apologies'],
  ] as const)('GIVEN "%s" THEN it asks "%s", and keeps the opening with %s off', (asked, question, rule) => {
    expect(withoutRequestFrame(asked)).toBe(question);
    withRuleOff(REQUEST_RULES, rule, () => expect(withoutRequestFrame(asked)).toBe(asked));
  });

  test.each([
    'Walk me through the liaison office plan',
    'Remind me of the date',
    'Fill me in on the office',
    'Sorry for the delay in the talks?',
  ])('GIVEN "%s", no question after the opening THEN it stays', (asked) => {
    expect(withoutRequestFrame(asked)).toBe(asked);
  });

  test('GIVEN "Excuse me," before a who-question THEN the speaker\'s passage is in the top 3, and not with the rule off', async () => {
    const engine = await seedEngine();
    const question = "Excuse me, which official compared the West's alliances to the Axis?";
    expect(topThreeTexts(engine, question)).toContain('forged by the Axis powers');
    withRuleOff(REQUEST_RULES, 'apologies', () =>
      expect(topThreeTexts(engine, question)).not.toContain('forged by the Axis powers'),
    );
  });

  test('GIVEN what a government the coverage never quotes said back THEN it is refused naming it, and answered with the rule off', async () => {
    const question = "Walk me through what Seoul's government said back to Pyongyang on this.";
    expect(
      refusedOnlyByRule(await seedEngine(), question, "Seoul's government", REQUEST_RULES, 'explainingRequests'),
    ).toEqual({ refused: true, named: true, answeredWithRuleOff: true });
  });
});
