import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ask, RANKING_RULES } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

/** The phrases a refusal quotes. */
function quotedIn(reason: string | null): string[] {
  return [...(reason ?? '').matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('ask: a fact about a named thing comes from a passage about it', () => {
  // A count sits in one passage, the named pact in another.
  const engine = createSearchEngine(
    corpusOf([
      'Western countries are forming new alliances, as they did before World War Two.',
      // (Its members listed here would answer the count: statedCounts.test.ts.)
      'The Quad meets again this year on maritime security.',
      'Kim warned of the Quad. Putin has said the West is building blocs.',
      'Speaking in an interview aired in March 2023, the Russian leader dismissed the claims.',
    ]),
  );

  test('GIVEN "How many countries are in the Quad?" and the only count in a passage that never names the Quad THEN it is refused', () => {
    const answer = ask(engine, 'How many countries are in the Quad?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('it gives no number for');
  });

  test('GIVEN a fact in the passage right after the one naming who said it THEN it answers ("Putin has said" ... "in an interview aired in March")', () => {
    const answer = ask(engine, 'When was the Putin interview aired?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/March 2023/);
  });
});

describe('ask: a question asking for a kind of fact is answered only by passages that state one', () => {
  // The same story twice: once without the facts, once with them.
  const vague = createSearchEngine(
    corpusOf([
      'The navy will hold the drills near the border with many ships.',
      'Officials met in Brussels to discuss the drills.',
    ]),
  );
  const precise = createSearchEngine(
    corpusOf([
      'The navy will hold the drills on March 3 near the border with twelve ships, at a cost of $40 million.',
      'Officials met in Brussels to discuss the drills.',
    ]),
  );

  test.each([
    ['When will the drills be held?', 'no date ahead'],
    ['When were the drills held?', 'no time or date'],
    ['On what date will the drills be held?', 'no date'],
    ['How many ships will join the drills?', 'no number'],
    ['How much will the drills cost?', 'no sum or amount'],
  ])(
    'GIVEN "%s" and coverage that never states it THEN it is refused, saying the coverage gives %s',
    (question, phrase) => {
      const answer = ask(vague, question);
      expect(answer.answered).toBe(false);
      expect(answer.passages).toEqual([]);
      expect(answer.reason).toContain(`it gives ${phrase} for`);
      expect(quotedIn(answer.reason)).toContain('drills');
    },
  );

  test.each([
    'When will the drills be held?',
    'When were the drills held?',
    'On what date will the drills be held?',
    'How many ships will join the drills?',
    'How much will the drills cost?',
  ])('GIVEN "%s" and coverage that states it THEN the passage stating it answers', (question) => {
    const answer = ask(precise, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/March 3/);
  });

  test('GIVEN a chat preamble before the question THEN the refusal quotes only what the question asks about', () => {
    const answer = ask(vague, 'hey, quick one: on what date will the drills be held?');
    expect(answer.reason).toContain('it gives no date for');
    expect(quotedIn(answer.reason)).toEqual(['drills', 'held']);
  });

  test('GIVEN "When will the drills be held?" and coverage that dates them only in the past THEN it is refused: no date ahead', () => {
    const past = createSearchEngine(
      corpusOf([
        'The navy held the drills on March 3 near the border.',
        'Officials met in Brussels to discuss the drills.',
      ]),
    );
    expect(ask(past, 'When will the drills be held?').reason).toContain('it gives no date ahead for');
    expect(ask(past, 'When were the drills held?').passages[0]?.text).toMatch(/March 3/);
  });
});

describe('ask: who will hold a post is answered only by a passage naming someone put in charge', () => {
  const unnamed = createSearchEngine(
    corpusOf([
      'NATO plans to open a liaison office in Tokyo, its first in Asia.',
      'The office would be a one-person station, and Japan must agree to fund it.',
    ]),
  );
  const named = createSearchEngine(
    corpusOf([
      'NATO plans to open a liaison office in Tokyo, its first in Asia.',
      'The NATO office in Tokyo will be headed by Anna Berg, a Danish diplomat.',
    ]),
  );

  test.each(['Who will run the NATO office in Tokyo?', "Who's the official picked to head the liaison office?"])(
    'GIVEN "%s" and coverage naming nobody in charge THEN it is refused, saying so',
    (question) => {
      const answer = ask(unnamed, question);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toBe(
        'Nothing in the coverage answers that: it gives no name of anyone put in charge of it.',
      );
    },
  );

  test('GIVEN "Who will run the NATO office in Tokyo?" and coverage naming its head THEN that passage answers', () => {
    const answer = ask(named, 'Who will run the NATO office in Tokyo?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Anna Berg/);
  });
});

describe('ask: the thing a question asks for, in a synonym the passages that answer use', () => {
  test('GIVEN "What office will NATO open in Tokyo?" and coverage writing "bureau" THEN that passage answers', () => {
    const engine = createSearchEngine(
      corpusOf(['NATO will open a bureau in Tokyo next year, officials said.', 'Japan welcomed the plan.']),
    );
    const answer = ask(engine, 'What office will NATO open in Tokyo?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/bureau/);
  });
});

describe('ask on the seeds: refusals', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  // "reason" asks why in other words: the coverage gives NATO's reason without the word.
  test('GIVEN "What reason did NATO give for strengthening relations with Japan?" THEN it is answered, though the coverage never writes "reason"', () => {
    const answer = ask(engine, 'What reason did NATO give for strengthening relations with Japan?');
    expect(answer.answered).toBe(true);
    expect(
      answer.passages
        .slice(0, 3)
        .map((passage) => passage.text)
        .join(' '),
    ).toMatch(/complex security environment/);
  });

  // A yes-or-no question about a made thing done ("fire any missiles") the coverage never names is about that thing;
  // what else it names (North Korea, the office) cannot stand in for it. A non-made thing ("a problem") is no veto.
  test('GIVEN "Did North Korea fire any missiles to protest the NATO office plan?" THEN it is refused for "missiles", and answered with the rule off', () => {
    const question = 'Did North Korea fire any missiles to protest the NATO office plan?';
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(quotedIn(answer.reason)).toEqual(['missiles']);
    withRuleOff(RANKING_RULES, 'yesNoObject', () => expect(ask(engine, question).answered).toBe(true));
    expect(quotedIn(ask(engine, 'Does Russia have a problem with the NATO office too?').reason)).not.toContain(
      'problem',
    );
  });

  // A premise names who did it: the passages that say it was done (Hayashi met Stoltenberg in Brussels) never name her.
  test('GIVEN "Why has Kim Seol-hwa in Brussels with Stoltenberg met?" THEN it is refused for what she never did, and answered with the rule off; one the passages say of him is answered', () => {
    const question = 'Why has Kim Seol-hwa in Brussels with Stoltenberg met?';
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain('never say that Kim Seol-hwa met');
    withRuleOff(RANKING_RULES, 'premiseDoer', () => expect(ask(engine, question).answered).toBe(true));
    expect(ask(engine, 'Why did Jens Stoltenberg meet Hayashi in Brussels?').answered).toBe(true);
  });

  // "sanction" has a sense "approval"; the passages that answer the rest of the question never use it.
  test.each([
    'What sanctions did NATO impose on North Korea?',
    'what sanctions did beijing threaten against tokyo because of the liaison office',
  ])('GIVEN "%s" THEN it is refused: the coverage never mentions sanctions', (question) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(quotedIn(answer.reason)).toEqual(['sanctions']);
  });

  // A capital after "in" is a place asked about as such, not the country it stands for as a speaker.
  test('GIVEN "Who will pay for NATO\'s office in Seoul?" THEN it is refused: the coverage never mentions Seoul', () => {
    const answer = ask(engine, "Who will pay for NATO's office in Seoul?");
    expect(answer.answered).toBe(false);
    expect(quotedIn(answer.reason)).toEqual(['Seoul']);
  });

  // What was said about: its last word, when the coverage never uses it nor anything related, answers nothing.
  test('GIVEN "What did the alliance\'s chief say about lowering tariffs on Japanese car exports?" THEN it is refused: the coverage never mentions tariffs', () => {
    const answer = ask(engine, "What did the alliance's chief say about lowering tariffs on Japanese car exports?");
    expect(answer.answered).toBe(false);
    expect(quotedIn(answer.reason)).toEqual(['tariffs']);
  });

  test('GIVEN "Why is Pyongyang angry about the alliance setting up shop in Japan?" (a feeling about, not speech about) THEN the unknown "shop" does not refuse it', () => {
    expect(ask(engine, 'Why is Pyongyang angry about the alliance setting up shop in Japan?').answered).toBe(true);
  });

  test.each([
    ['How long will the Tokyo office stay open?', 'no length of time'],
    ['What percentage of Japanese people support joining NATO?', 'no sum or amount'],
  ])('GIVEN "%s" THEN it is refused: the coverage gives %s', (question, phrase) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toContain(phrase);
  });

  test('GIVEN words the coverage lacks that only frame others ("bothers to explain", "the letters NATO") THEN they do not veto the question', () => {
    const answer = ask(engine, 'Which outlet bothers to explain what the letters NATO stand for?');
    expect(answer.answered).toBe(true);
    expect(
      answer.passages
        .slice(0, 3)
        .map((passage) => passage.text)
        .join(' '),
    ).toContain('stands for the North Atlantic Treaty Organization');
  });

  // Half the question's weight in words the coverage never uses: the question is about them.
  test('GIVEN "How did the Japanese parliament vote on the office?" THEN it is refused, naming parliament and vote', () => {
    const answer = ask(engine, 'How did the Japanese parliament vote on the office?');
    expect(answer.answered).toBe(false);
    expect(quotedIn(answer.reason)).toEqual(['parliament', 'vote']);
  });

  test('GIVEN a question with a couple of words the coverage never uses but most of it known THEN it is answered', () => {
    const answer = ask(engine, 'Why is Pyongyang angry about the alliance setting up shop in Japan?');
    expect(answer.answered).toBe(true);
  });

  // The coverage says NATO plans to open the office, and that Japan must fund it first; never when it opens.
  test.each([
    ['On what date will the NATO liaison office open?', 'no date'],
    ['When will the NATO liaison office open?', 'no date ahead'],
  ])('GIVEN "%s" THEN it is refused, the reason naming the kind of fact: %s', (question, phrase) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/^Nothing in the coverage answers that: it gives /);
    expect(answer.reason).toContain(phrase);
    expect(quotedIn(answer.reason)).toContain('liaison office');
  });

  test('GIVEN "When was the idea of a NATO liaison office first raised?" THEN the passage saying "in late January" answers', () => {
    const answer = ask(engine, 'When was the idea of a NATO liaison office first raised?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/in late January/);
  });

  test.each([
    ['What is the population of North Korea?', 'population'],
    ['What is the budget of NATO?', 'budget'],
    ['What is the climate of Japan?', 'climate'],
    ['What are the opening hours of the NATO office in Tokyo?', 'hours'],
    ['How many tanks does NATO have in Japan?', 'tanks'],
  ])(
    'GIVEN "%s" THEN it is refused naming "%s", the thing asked for that the coverage never uses',
    (question, focus) => {
      const answer = ask(engine, question);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toContain(`never mentions "${focus}"`);
    },
  );

  // A narrower kind or a synonym stands in for the thing asked for: the coverage's Strategic Concept is a
  // document, and a "post" is an office.
  test.each([
    ['Which document did Putin cite as an example of new alliances?'],
    ['What post does Jens Stoltenberg hold?'],
  ])('GIVEN "%s" THEN the thing asked for is not refused as unknown', (question) => {
    expect(ask(engine, question).reason ?? '').not.toMatch(/never mentions/);
  });

  test('GIVEN "What is the capital of Japan?" THEN it is answered, since the coverage writes of "Japan’s capital Tokyo"', () => {
    const answer = ask(engine, 'What is the capital of Japan?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toMatch(/Japan's capital Tokyo/);
  });

  test('GIVEN random questions of real words and a made-up capitalised name THEN the reason quotes only what the question holds', () => {
    const words = [
      'NATO',
      'Japan',
      'Tokyo',
      'liaison',
      'office',
      'Kim',
      'military',
      'alliance',
      'Asia',
      'summit',
      'drills',
      'weather',
      'open',
    ];
    const frames = [
      'What did {} say?',
      'When will {} happen?',
      'How many {} are there?',
      'On what date did {} start?',
      'What is the population of {}?',
      'How much did {} cost?',
      'Why {}?',
    ];
    const name = fc
      .tuple(fc.constantFrom('Zor', 'Blix', 'Quon', 'Vex', 'Krab'), fc.constantFrom('quax', 'ilda', 'ovan', 'enko'))
      .map(([head, tail]) => head + tail);
    let quoted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...frames),
        fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 4 }),
        name,
        fc.nat(),
        (frame, chosen, made, at) => {
          const parts = [...chosen];
          parts.splice(at % (parts.length + 1), 0, made);
          const question = frame.replace('{}', parts.join(' '));
          const labels = quotedIn(ask(engine, question).reason);
          quoted += labels.length;
          for (const label of labels) expect(question).toContain(label);
        },
      ),
      { numRuns: 200 },
    );
    // The property is about something: refusals quoting words did come up.
    expect(quoted).toBeGreaterThan(50);
  });

  // A hyphenated name is quoted as typed, never with its hyphen turned into a space.
  test.each([['What did Zor-Quax say about NATO?'], ['When will the Asia-Pacific liaison office open?']])(
    'GIVEN the hyphenated "%s" THEN the reason quotes only what the question holds',
    (question) => {
      const labels = quotedIn(ask(engine, question).reason);
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) expect(question).toContain(label);
    },
  );
});
