import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  asksDifference,
  asksWhatOnlyItReports,
  onlyReportedBy,
  outletDifference,
  OUTLET_DIFFERENCE_RULES,
} from '../../src/answer/outletDifference.ts';
import { attributionOf, type Attribution } from '../../src/attribution/attribution.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { withRuleOff } from '../ruleSwitch.ts';
import type { Answer } from '../../src/search/types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
const OUTLETS = ['RT', 'Asia-Pacific Research', 'Al Mayadeen English'] as const;

describe('asksDifference', () => {
  test.each([
    'What did Al Mayadeen report that RT did not?',
    "What did Al Mayadeen say that RT didn't?",
    'What is in Asia-Pacific Research but not in RT?',
    'Which claims of RT are absent from Al Mayadeen?',
    'What does Al Mayadeen leave out that RT includes?',
    'What is missing from RT that Asia-Pacific Research has?',
    'What does only Asia-Pacific Research report, unlike RT?',
    'Which passages in RT have no counterpart in Al Mayadeen?',
  ])('GIVEN "%s" THEN it asks what one outlet has and the other lacks', (question) => {
    expect(asksDifference(question)).toBe(true);
  });

  test.each([
    ['What does the Asia-Pacific Research piece carry beyond the text it shares with RT?', 'carriedBeyond'],
    ["Looking for angles RT didn't run in the Asia-Pacific Research piece.", 'carriedBeyond'],
    ["Compared with RT's report, what extra material does Asia-Pacific Research add?", 'addedMaterial'],
    ["What does Al Mayadeen add on top of RT's story?", 'addedMaterial'],
    ["Which additional passages did the Asia-Pacific Research repost tack on to RT's article?", 'addedMaterial'],
  ] as const)(
    'GIVEN "%s", what one carries past or adds to the other THEN it asks a difference, and not with %s off',
    (question, rule) => {
      expect(asksDifference(question)).toBe(true);
      withRuleOff(OUTLET_DIFFERENCE_RULES, rule, () => expect(asksDifference(question)).toBe(false));
    },
  );

  test.each([
    'What did RT and Al Mayadeen both report?',
    'How did RT and Al Mayadeen cover the liaison office?',
    'What did Asia-Pacific Research say about Putin?',
  ])('GIVEN "%s" THEN it asks no difference', (question) => {
    expect(asksDifference(question)).toBe(false);
  });
});

describe('asksWhatOnlyItReports', () => {
  test.each([
    "Does Al Mayadeen's write-up include anything the other two leave out?",
    "Did Asia-Pacific Research cover anything the others didn't?",
    'What did RT report that nobody else did?',
    'What is unique to RT’s report?',
    'What does Al Mayadeen have that no other outlet mentions?',
    'What is in Al Mayadeen but missing from the rest?',
  ])('GIVEN "%s" THEN it asks what the one outlet alone reports', (question) => {
    expect(asksWhatOnlyItReports(question)).toBe(true);
  });

  test.each([
    'What did Al Mayadeen report that RT did not?',
    'What did RT say about the other members of the Quad?',
    'What else did Al Mayadeen report?',
  ])('GIVEN "%s" THEN it does not', (question) => {
    expect(asksWhatOnlyItReports(question)).toBe(false);
  });
});

describe('outletDifference on the seeds', () => {
  let engine: SearchEngine;
  let attribution: Attribution;
  const difference = (question: string, outlets: readonly [string, string]): Answer =>
    outletDifference(engine, question, outlets, { limit: 100 }, attribution);

  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
    attribution = attributionOf(engine);
  });

  // Asia-Pacific Research reposts RT's text and adds China's reaction, Nikkei's report, NATO's statement and
  // Putin's remarks, in that order: its additions are read as it tells them, China's reaction first.
  test('GIVEN "What did Asia-Pacific Research report that RT did not?" THEN its additions come in its own order', () => {
    const question = 'What did Asia-Pacific Research report that RT did not?';
    const outlets: [string, string] = ['Asia-Pacific Research', 'RT'];
    const passages = difference(question, outlets).passages;
    expect(passages[0]?.text).toContain('urged its Asian neighbors');
    const order = passages.map((passage) => Number(passage.id.split('#p')[1]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // With the rule off, what RT shares the fewest words with comes first: Putin's remarks.
    withRuleOff(OUTLET_DIFFERENCE_RULES, 'outletsOrder', () => {
      expect(difference(question, outlets).passages[0]?.text).toContain('Western countries are seeking');
    });
  });

  test('GIVEN what the other outlet lacks "altogether" THEN what it shares the fewest words with comes first', () => {
    const question = 'Which material in Asia-Pacific Research is absent from RT altogether?';
    const first = difference(question, ['Asia-Pacific Research', 'RT']).passages[0];
    expect(first?.text).toContain('Western countries are seeking');
  });

  // Al Mayadeen alone reports Tokyo's arms buildup; nothing in RT shares its words.
  test('GIVEN "What did Al Mayadeen report that RT did not?" THEN what RT lacks altogether is on the first page', () => {
    const top = difference('What did Al Mayadeen report that RT did not?', ['Al Mayadeen English', 'RT']).passages;
    const buildup = top.slice(0, 3).find((passage) => passage.text.includes('major arms buildup'));
    expect(buildup?.carriers.map((carrier) => carrier.outlet)).not.toContain('RT');
  });

  /** Phrasings of "what does HAS report that LACKS does not", each with the outlets in the order it names them. */
  const phrasings: ((has: string, lacks: string) => [string, [string, string]])[] = [
    (has, lacks) => [`What does ${has} report that ${lacks} does not?`, [has, lacks]],
    (has, lacks) => [`What did ${has} report that is absent from ${lacks}?`, [has, lacks]],
    (has, lacks) => [`What is absent from ${lacks} but reported by ${has}?`, [lacks, has]],
    (has, lacks) => [`What is not in ${lacks} that ${has} carries?`, [lacks, has]],
    (has, lacks) => [`What is missing from ${lacks} that ${has} has?`, [lacks, has]],
  ];

  test('GIVEN any two outlets and any phrasing THEN every passage is carried by the outlet that has it, and none is carried by the outlet that lacks it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OUTLETS),
        fc.constantFrom(...OUTLETS),
        fc.constantFrom(...phrasings),
        (has, lacks, phrase) => {
          fc.pre(has !== lacks);
          const [question, named] = phrase(has, lacks);
          const answer = difference(question, named);
          for (const passage of answer.passages) {
            const outlets = passage.carriers.map((carrier) => carrier.outlet);
            expect(outlets[0]).toBe(has);
            expect(outlets).not.toContain(lacks);
            expect(engine.passageById.get(passage.id)?.text).toBe(passage.text);
          }
          if (!answer.answered) expect(answer.reason).toBe(`Everything ${has} reports is also in ${lacks}.`);
        },
      ),
      { numRuns: 60 },
    );
  });

  test('GIVEN "absent from X" named first THEN X is the outlet that lacks, whichever order the outlets are passed in', () => {
    const question = 'What is absent from Al Mayadeen but reported by RT?';
    const forward = difference(question, ['Al Mayadeen English', 'RT']);
    const backward = difference(question, ['RT', 'Al Mayadeen English']);
    expect(forward.passages.map((passage) => passage.id)).toEqual(backward.passages.map((passage) => passage.id));
    expect(forward.passages.length).toBeGreaterThan(0);
    for (const passage of forward.passages) expect(passage.carriers[0]?.outlet).toBe('RT');
  });

  test('GIVEN the outlet that lacks named first but before "doesn\'t" ("I read RT; what does Al Mayadeen have that RT\'s doesn\'t?") THEN it still lacks', () => {
    const question = "i read the rt story, what does al mayadeen have that rts doesn't";
    const answer = difference(question, ['RT', 'Al Mayadeen English']);
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const passage of answer.passages)
      expect(passage.carriers.map((carrier) => carrier.outlet)).toEqual(['Al Mayadeen English']);
  });

  test.each([
    ["Compared with RT's report, what extra material does Asia-Pacific Research add?", ['RT', 'Asia-Pacific Research']],
    ["What does Al Mayadeen add on top of RT's story?", ['Al Mayadeen English', 'RT']],
  ] as const)('GIVEN "%s" THEN the outlet added to lacks, named first or second', (question, outlets) => {
    const answer = difference(question, outlets);
    const adding = outlets.find((outlet) => outlet !== 'RT');
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const passage of answer.passages) expect(passage.carriers.map((carrier) => carrier.outlet)).toEqual([adding]);
  });

  test('GIVEN neither outlet named after "not in" / "absent from" THEN the first named has and the second lacks', () => {
    const answer = difference('What does Al Mayadeen report that RT does not?', ['Al Mayadeen English', 'RT']);
    for (const passage of answer.passages)
      expect(passage.carriers.map((carrier) => carrier.outlet)).toEqual(['Al Mayadeen English']);
  });

  // Al Mayadeen alone writes of Stoltenberg's visit to Tokyo and Tokyo's arms buildup; RT alone (with the
  // Asia-Pacific Research repost) writes of the delegation from NATO's Cooperative Security Division.
  test('GIVEN "What does Al Mayadeen report that is not in RT?" THEN its own paragraphs, and none of Kim’s statements RT also carries', () => {
    const texts = difference('What does Al Mayadeen report that is not in RT?', [
      'Al Mayadeen English',
      'RT',
    ]).passages.map((passage) => passage.text);
    expect(texts.some((text) => /Tokyo eyes a major arms buildup/.test(text))).toBe(true);
    expect(texts.some((text) => /visited Tokyo as part of an Asia trip/.test(text))).toBe(true);
    expect(texts.some((text) => /open secret|dangerous implementation phase|anti-Russia encirclement/.test(text))).toBe(
      false,
    );
  });

  test('GIVEN "What does RT report that is absent from Al Mayadeen?" THEN the Cooperative Security Division delegation, carried by RT and Asia-Pacific Research', () => {
    const answer = difference('What does RT report that is absent from Al Mayadeen?', ['RT', 'Al Mayadeen English']);
    const delegation = answer.passages.find((passage) => /Cooperative Security Division/.test(passage.text));
    expect(delegation?.carriers.map((carrier) => carrier.outlet)).toEqual(['RT', 'Asia-Pacific Research']);
    expect(answer.passages.some((passage) => /open secret/.test(passage.text))).toBe(false);
  });

  test('GIVEN RT against the Asia-Pacific Research repost of it THEN RT has nothing the repost lacks, and the repost adds Mao Ning and Putin', () => {
    const none = difference('What does RT report that is not in Asia-Pacific Research?', [
      'RT',
      'Asia-Pacific Research',
    ]);
    expect(none.answered).toBe(false);
    expect(none.reason).toBe('Everything RT reports is also in Asia-Pacific Research.');
    const added = difference('What does Asia-Pacific Research report that is not in RT?', [
      'Asia-Pacific Research',
      'RT',
    ])
      .passages.map((passage) => passage.text)
      .join('\n');
    expect(added).toMatch(/wrestling ground for geopolitical competition/);
    expect(added).toMatch(/Moscow and Beijing are forming a military bloc/);
  });
});

describe('onlyReportedBy on the seeds', () => {
  let engine: SearchEngine;
  let attribution: Attribution;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
    attribution = attributionOf(engine);
  });

  test('GIVEN Al Mayadeen against the other two THEN what neither carries (the arms buildup, Stoltenberg in Tokyo), each cited to Al Mayadeen alone', () => {
    const answer = onlyReportedBy(
      engine,
      'anything the others leave out?',
      'Al Mayadeen English',
      { limit: 100 },
      attribution,
    );
    const texts = answer.passages.map((passage) => passage.text);
    expect(texts.some((text) => /Tokyo eyes a major arms buildup/.test(text))).toBe(true);
    expect(texts.some((text) => /visited Tokyo as part of an Asia trip/.test(text))).toBe(true);
    for (const passage of answer.passages)
      expect(passage.carriers.map((carrier) => carrier.outlet)).toEqual(['Al Mayadeen English']);
  });

  test('GIVEN RT, whose article Asia-Pacific Research reposts whole THEN it says everything RT reports is also elsewhere', () => {
    const answer = onlyReportedBy(engine, 'What did RT report that nobody else did?', 'RT', {}, attribution);
    expect(answer.answered).toBe(false);
    expect(answer.reason).toBe('Everything RT reports is also in another outlet.');
  });
});
