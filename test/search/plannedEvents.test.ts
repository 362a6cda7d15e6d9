import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { ask, RANKING_RULES } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import {
  eventAfterAskedOf,
  eventAskedAbout,
  eventTakenAsDone,
  onlyAhead,
  onlyGatheringAhead,
  PLANNED_RULES,
  onlyPlanned,
  outcomeAskedOf,
  saysEvent,
} from '../../src/search/plannedEvents.ts';
import { readInventedPages } from '../eval/inventedPages.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const noNames = () => false;

describe('eventAskedAbout', () => {
  test('GIVEN a verb with an "-ing" complement ("deny forming") THEN the verb is the event, and the complement with the rule off', () => {
    const question = 'Did Russia deny forming a military bloc with China?';
    expect(eventAskedAbout(question, noNames)?.typed).toBe('deny');
    withRuleOff(PLANNED_RULES, 'gerundComplements', () =>
      expect(eventAskedAbout(question, noNames)?.typed).toBe('forming'),
    );
  });

  test('GIVEN a common verb and its particle before an "-ing" ("give up lobbying") THEN the phrasal verb is the event taken as done, and the "-ing" with the rule off', () => {
    const question = 'Why did Tokyo give up lobbying for the NATO office?';
    expect(eventTakenAsDone(question, noNames)).toMatchObject({ typed: 'give up', phrasal: true });
    withRuleOff(PLANNED_RULES, 'stopWordPhrasals', () =>
      expect(eventTakenAsDone(question, noNames)?.typed).toBe('lobbying'),
    );
    // A verb passed over before what happened stays passed over.
    expect(eventAskedAbout('Did the office go on to open?', noNames)?.typed).toBe('open');
  });

  test.each([
    ['did the nato office in tokyo actually end up opening?', 'opening'],
    ['Did the Tokyo office finally open?', 'open'],
    ['Has Japan signed the deal yet?', 'signed'],
    ['So when did Japan finally sign the partnership programme?', 'sign'],
    ['did the plan work', 'work'],
    // Asking its date takes as given that it happened.
    ['On what date did the NATO office in Tokyo officially open?', 'open'],
    ['which year did the office open', 'open'],
    // A clause after "the date", "when" tells a past event as well.
    ['Do we know the actual date the office in Tokyo opened its doors?', 'opened'],
    ['any idea when the liaison office opened?', 'opened'],
    ['What was the year the alliance established its first Asian office?', 'established'],
    // A claim to check says what happened, as "did" asks it.
    ['Can you confirm that NATO did go on to open its Tokyo liaison office?', 'open'],
    ['Is it accurate that the alliance opened an office in Tokyo?', 'opened'],
    ['is it true Japan agreed to fund it', 'agreed'],
    // A noun the verb follows ends the subject: the liaison post is what opened or not.
    ["Did NATO's Japanese liaison post actually open in the end?", 'open'],
    // "gone to" is motion towards what is asked about, as "go on to" and "went on to" are.
    ['Has a New Zealand prime minister ever gone to a NATO summit before?', 'summit'],
  ])('GIVEN "%s" THEN the event asked about is "%s"', (question, verb) => {
    expect(eventAskedAbout(question, noNames)?.typed).toBe(verb);
  });

  test.each([
    'What did Kim say?',
    'Why is NATO opening an office?',
    'Who signed the deal?',
    'did the government say who would pay for the office?',
    'Has NATO told Tokyo when it might open the office?',
    'Did the ministry say the office would open?',
    'When the office opens, who will staff it?',
    'Do we know the date the office is set to open?',
    'Is it true that the ministry said the office would open?',
    'Can you confirm NATO will open an office?',
  ])(
    'GIVEN "%s", which asks no whether something happened (or asks about the saying, or a would) THEN there is no event',
    (question) => {
      expect(eventAskedAbout(question, noNames)).toBeNull();
    },
  );
});

describe('eventTakenAsDone', () => {
  test.each([
    ['Why did NATO scrap its plan for a Tokyo office?', 'scrap'],
    ['so why did australia reject the nato office', 'reject'],
    ['Why has Japan abandoned the idea?', 'abandoned'],
  ])('GIVEN "%s" THEN the event it takes as done is "%s"', (question, verb) => {
    expect(eventTakenAsDone(question, noNames)?.typed).toBe(verb);
  });

  test.each([
    ['Why has the Tokyo office been put on hold?', 'put on hold', 'on'],
    ['Why did NATO put the Tokyo office on hold?', 'put the Tokyo office on hold', 'on'],
    ['Why did Japan keep the plan under review?', 'keep the plan under review', 'under'],
  ])('GIVEN "%s" THEN the state something was put in is the event, "%s", said after "%s"', (question, typed, after) => {
    const event = eventTakenAsDone(question, noNames);
    expect(event?.typed).toBe(typed);
    expect(event?.after).toBe(after);
  });

  test.each([
    ['Why did the idea of a NATO office in Tokyo fall through?', 'fall'],
    ['Why did Japan back down on the office?', 'back'],
  ])(
    'GIVEN "%s" (a verb WordNet lists with its particle) THEN the event "%s" is phrasal, and not with the rule off',
    (question, verb) => {
      expect(eventTakenAsDone(question, noNames)).toMatchObject({ typed: verb, phrasal: true });
      withRuleOff(PLANNED_RULES, 'phrasalVerbs', () =>
        expect(eventTakenAsDone(question, noNames)?.phrasal).toBeUndefined(),
      );
    },
  );

  test.each([
    ['Why did the ministry bring back surveillance flights?', 'bring'],
    ['Why has Seoul been bringing back surveillance flights?', 'bringing'],
  ])(
    'GIVEN "%s" (a verb and its particle) THEN "%s" is the event, not a subject noun before "back", and is with the rule off',
    (question, verb) => {
      expect(eventTakenAsDone(question, noNames)).toMatchObject({ typed: verb, phrasal: true });
      withRuleOff(PLANNED_RULES, 'particleVerbs', () =>
        expect(eventTakenAsDone(question, noNames)?.typed).not.toBe(verb),
      );
    },
  );

  test('GIVEN "Why did NATO scrap its plan?" THEN the event is no phrasal verb', () => {
    expect(eventTakenAsDone('Why did NATO scrap its plan?', noNames)?.phrasal).toBeUndefined();
  });

  test('GIVEN a topic after the preposition ("take a decision on the office") THEN it is no state', () => {
    expect(eventTakenAsDone('Why did Japan take a decision on the office?', noNames)?.after).toBeUndefined();
  });

  test('GIVEN a state put in THEN only the phrase says it: "would hold talks" puts nothing on hold', () => {
    const event = eventTakenAsDone('Why has it been put on hold?', noNames);
    expect(event).not.toBeNull();
    if (!event) return;
    expect(saysEvent(['The plan remains on hold after objections.'], event, new Set())).toBe(true);
    expect(saysEvent(['The office would hold regular consultations.'], event, new Set(['hold']))).toBe(false);
  });

  test.each(['What did NATO sign off on?', 'Did the office open?', 'Why is NATO opening an office?'])(
    'GIVEN "%s", which asks no "why did" THEN there is none',
    (question) => {
      expect(eventTakenAsDone(question, noNames)).toBeNull();
    },
  );
});

describe('onlyPlanned', () => {
  const opening = eventAskedAbout('Did the office open?', noNames)!;

  test.each([
    [['NATO is now in talks to open a liaison office.', 'The bloc plans to open its first office in Asia.']],
    [['The office would open next year.', 'It is an open secret that the talks are stalled.']],
    [['The office is opening in the spring.']],
  ])(
    'GIVEN passages that write the event only as planned, possible or arranged %j THEN it is only planned',
    (texts) => {
      expect(onlyPlanned(texts, opening)).toBe(true);
    },
  );

  test.each([
    [['The bloc plans to open an office.', 'The office opened on Monday.']],
    [['The office has opened its doors.']],
    [['Kim went on to open the meeting.']],
    [['It is an open secret.']],
  ])('GIVEN passages %j that write it as done, or not as a verb at all THEN it is not only planned', (texts) => {
    expect(onlyPlanned(texts, opening)).toBe(false);
  });

  test('GIVEN "take effect" asked of passages that take other things only as planned THEN it is not only planned, and is with the rule off', () => {
    const taking = eventAskedAbout('When did the access agreement take effect?', noNames)!;
    expect(taking).toMatchObject({ typed: 'take', particle: 'effect' });
    const texts = ['The troops will take part in drills next year.', 'The pact entered into force on 11 October.'];
    expect(onlyPlanned(texts, taking)).toBe(false);
    expect(onlyPlanned(['The rules will take effect next month.'], taking)).toBe(true);
    withRuleOff(PLANNED_RULES, 'phrasalUses', () => expect(onlyPlanned(texts, taking)).toBe(true));
  });
});

describe('questions whether something happened, over the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test.each([
    'so did the nato office in tokyo end up opening or not',
    'Did the Tokyo office finally open?',
    // British spelling of the coverage's "Program"; the UK and Japan "recently signed" another agreement.
    'When did Japan finally sign the Individually Tailored Partnership Programme with NATO?',
    // A chat preamble before the question proper.
    'quick one: when did the NATO office in Tokyo open?',
    'Can you confirm that NATO did go on to open its Tokyo liaison office?',
    "Did NATO's Japanese liaison post actually open in the end?",
  ])('GIVEN "%s", which the coverage only reports as planned THEN it is refused saying so', (question) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toMatch(/only as planned or possible/);
  });

  test.each([
    'Could you tell me whether the Japanese government did in the end agree to pay for the NATO office?',
    'I would like to know if Japan did sign the partnership programme in the end.',
  ])(
    'GIVEN "%s", asked inside a request THEN it is refused as only planned, and not so with the rule off',
    (question) => {
      expect(ask(engine, question).reason).toMatch(/only as planned or possible/);
      withRuleOff(PLANNED_RULES, 'embeddedWhether', () =>
        expect(ask(engine, question).reason ?? '').not.toMatch(/only as planned or possible/),
      );
    },
  );

  test('GIVEN "whether Japan has hosted a NATO delegation", which the coverage reports as done THEN it is answered', () => {
    const answer = ask(engine, 'Could you tell me whether Japan has hosted a NATO delegation?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('hosted a delegation');
  });

  test.each([
    ['Did Kim cite reports about the office?', 'went on to cite'],
    ['Did China urge its neighbours to be vigilant?', 'high vigilance'],
    ['Can you confirm Kim cited reports about the office?', 'went on to cite'],
  ])('GIVEN "%s", which the coverage reports as done THEN it is answered', (question, expected) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(true);
    expect(
      answer.passages
        .slice(0, 3)
        .map((passage) => passage.text)
        .join(' '),
    ).toContain(expected);
  });
});

describe('questions why something happened, over the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test.each([
    ['Why did NATO scrap its plan for a Tokyo office?', 'scrap'],
    ['Why did Australia reject the NATO office?', 'reject'],
  ])(
    'GIVEN "%s", whose premise the passages on it never state THEN it is refused naming the verb',
    (question, verb) => {
      const answer = ask(engine, question);
      expect(answer.answered).toBe(false);
      expect(answer.reason).toBe(
        `Nothing in the coverage answers that: the passages on it never say “${verb}” or anything close to it.`,
      );
    },
  );

  test('GIVEN a premise that is a saying ("object to"), which a passage words its own way ("criticised") THEN it is answered, and refused with the rule off', async () => {
    const read = await readInventedPages('invented-pages-101.json');
    const pages = createSearchEngine(read!.corpus);
    const question = 'Why did the main opposition party object to restoring the pact?';
    expect(ask(pages, question).passages[0]?.text).toContain('criticised the decision as a one-sided concession');
    withRuleOff(RANKING_RULES, 'communicationPremises', () =>
      expect(ask(pages, question).reason).toContain('never say “object”'),
    );
  });

  test('GIVEN a premise the question negates ("not passed") THEN the passages need not say it, and are refused with the rule off', async () => {
    const read = await readInventedPages('invented-pages-123.json');
    const pages = createSearchEngine(read!.corpus);
    const question = 'Why has the UN Security Council not passed any new sanctions on North Korea?';
    expect(ask(pages, question).passages[0]?.text).toContain('China and Russia vetoed a U.S.-drafted resolution');
    withRuleOff(RANKING_RULES, 'negatedNotPremise', () =>
      expect(ask(pages, question).reason).toContain('never say “passed”'),
    );
  });

  test.each([
    ['Why did North Korea denounce Japan?', 'denounce'],
    // A word standing in for the coverage's own (an alias or a close WordNet relation) will do.
    ['Why did North Korea criticize Japan?', 'denounce'],
  ])('GIVEN "%s", whose premise the passages state THEN it is answered', (question, expected) => {
    const answer = ask(engine, question);
    expect(answer.answered).toBe(true);
    expect(answer.passages.map((passage) => passage.text.toLowerCase()).join(' ')).toContain(expected);
  });
});

describe('outcomeAskedOf', () => {
  test.each([
    ['What was the outcome of the NATO summit in Lithuania?', 'the NATO summit in Lithuania'],
    ['so what came out of the talks in Brussels for japan in the end?', 'the talks in Brussels'],
    ['what happened at the Madrid summit', 'the Madrid summit'],
    [
      "What was decided about Japan's partnership program at the NATO summit in Lithuania?",
      'the NATO summit in Lithuania',
    ],
  ])('GIVEN "%s" THEN the event is "%s"', (question, event) => {
    expect(outcomeAskedOf(question)).toBe(event);
  });

  test.each([
    ['What did the NATO summit in Lithuania end up deciding about Japan?', 'the NATO summit in Lithuania'],
    ['What did the Vilnius summit finally agree on for Tokyo?', 'the Vilnius summit'],
  ])(
    'GIVEN "%s" (the gathering as the subject) THEN the event is "%s", and none with the rule off',
    (question, event) => {
      expect(outcomeAskedOf(question)).toBe(event);
      withRuleOff(PLANNED_RULES, 'gatheringsDeciding', () => expect(outcomeAskedOf(question)).not.toBe(event));
    },
  );

  test.each(['What did the summit in Lithuania say?', 'When is the summit?'])(
    'GIVEN "%s", which asks for no outcome THEN none',
    (question) => {
      expect(outcomeAskedOf(question)).toBeNull();
    },
  );
});

describe('eventAfterAskedOf', () => {
  test.each([
    [
      'Did the Tokyo office actually get the green light after the Lithuania summit, or was it shelved?',
      'the Lithuania summit',
    ],
    [
      'After NATO summit in Lithuania in July, the Tokyo office got final approval or not?',
      'NATO summit in Lithuania in July',
    ],
    ['Following the talks in Brussels, was the plan dropped?', 'the talks in Brussels'],
  ])('GIVEN "%s" THEN what came after "%s" is asked', (question, event) => {
    expect(eventAfterAskedOf(question)).toBe(event);
  });

  test('GIVEN "the following summit" (the next one) THEN nothing after a gathering is asked', () => {
    expect(eventAfterAskedOf('Which country hosts the following Quad summit?')).toBeNull();
  });

  test('GIVEN sentences putting the gathering itself ahead THEN only ahead; a modal verb elsewhere is not', () => {
    expect(onlyGatheringAhead(['Tokyo plans to sign a programme before the NATO summit in Lithuania in July.'])).toBe(
      true,
    );
    expect(onlyGatheringAhead(['After the summit, he said Japan would sign the programme.'])).toBe(false);
  });

  test('GIVEN what came after a summit the seeds speak of only as ahead THEN refused; the rule off THEN answered', async () => {
    const engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
    const question = 'Did the Tokyo office get the green light after the Lithuania summit?';
    expect(ask(engine, question).reason).toContain('only as ahead');
    withRuleOff(PLANNED_RULES, 'afterEvents', () => {
      expect(ask(engine, question).answered).toBe(true);
    });
  });
});

describe('onlyAhead', () => {
  test('GIVEN sentences that put the event ahead THEN it is only ahead; one that tells it as past THEN not', () => {
    const ahead = 'Tokyo plans to sign the programme before the NATO summit in Lithuania in July.';
    expect(onlyAhead([ahead])).toBe(true);
    expect(onlyAhead([ahead, 'The allies met at the summit in Lithuania and agreed on a plan.'])).toBe(false);
    expect(onlyAhead([])).toBe(false);
  });
});

describe('questions what an event brought, over the seeds', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(new URL('../../seeds/', import.meta.url).pathname));
  });

  test('GIVEN the outcome of a summit the coverage speaks of only as ahead THEN it is refused saying so', () => {
    const answer = ask(engine, 'What was the outcome of the NATO summit in Lithuania?');
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe(
      'Nothing in the coverage answers that: it speaks of “the NATO summit in Lithuania” only as ahead, before anything came of it.',
    );
  });

  test('GIVEN what a summit the coverage speaks of only as ahead ended up deciding THEN it is refused, and answered with the rule off', () => {
    const question = 'What did the NATO summit in Lithuania end up deciding about Japan?';
    expect(ask(engine, question).reason).toMatch(/only as ahead/);
    withRuleOff(PLANNED_RULES, 'gatheringsDeciding', () => expect(ask(engine, question).answered).toBe(true));
  });

  test('GIVEN the outcome of a summit the coverage tells as past THEN it is answered', () => {
    const answer = ask(engine, 'What happened at the Madrid summit?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.text).toContain('approved the new concept at the Madrid summit');
  });
});

describe('eventTakenAsDone: a noun after a hyphenated modifier', () => {
  const question = 'Why did an unnamed foreign affairs official think the disaster-response part of the deal mattered?';

  test('GIVEN "the disaster-response part of the deal" THEN "part" is no event taken as done, and is with the rule off', () => {
    expect(eventTakenAsDone(question, noNames)?.typed).not.toBe('part');
    withRuleOff(PLANNED_RULES, 'compoundModifiers', () =>
      expect(eventTakenAsDone(question, noNames)?.typed).toBe('part'),
    );
  });

  test.each([
    ['Why did the long-range missile test fail?', 'fail', 'range'],
    ['Why did the state-run agency publish the statement?', 'publish', 'run'],
  ])(
    'GIVEN "%s" THEN the verb after the compound is the event, %s, and with the rule off a half of it',
    (asked, event, half) => {
      expect(eventTakenAsDone(asked, noNames)?.typed).toBe(event);
      withRuleOff(PLANNED_RULES, 'compoundModifiers', () => expect(eventTakenAsDone(asked, noNames)?.typed).toBe(half));
    },
  );
});
