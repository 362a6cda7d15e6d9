import { beforeAll, describe, expect, test } from 'vitest';
import { attributionOf, createSpeakerOf, type Attribution } from '../../src/attribution/attribution.ts';
import { WHO_REASONS, whoSaid } from '../../src/attribution/whoSaid.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { AM, APR, RT, seedCorpus } from './fixtures.ts';

const ALL = ['RT', 'Asia-Pacific Research', 'Al Mayadeen English'];
const APR_ONLY = ['Asia-Pacific Research'];

describe('whoSaid on the seeds', () => {
  let engine: SearchEngine;
  let attribution: Attribution;

  beforeAll(async () => {
    engine = createSearchEngine(await seedCorpus());
    attribution = attributionOf(engine);
  });

  // Counted by reading: a statement carried by three outlets counts once.
  test('GIVEN no topic and no speaker THEN every speaker is listed with how many statements and in which outlets', () => {
    const result = whoSaid(engine, attribution.statements);
    expect(result.mode).toBe('overview');
    expect(result.speakers.map((speaker) => [speaker.speaker, speaker.statementCount, speaker.outlets])).toEqual([
      ['Vladimir Putin', 10, APR_ONLY],
      ['Kim Seol-hwa', 8, ALL],
      ['NATO', 7, APR_ONLY],
      ['Nikkei Asia', 6, ALL],
      ['China', 3, ALL],
      ['Mao Ning', 3, APR_ONLY],
      ['Jens Stoltenberg', 2, ALL],
      ['North Korea', 2, ['Al Mayadeen English']],
      ['North Korean Foreign Ministry', 2, ALL],
      ['Chinese Foreign Ministry', 1, APR_ONLY],
      ['Russia', 1, APR_ONLY],
      ['Yoshimasa Hayashi', 1, ALL],
    ]);
  });

  test('GIVEN the topic "liaison office" THEN the speakers are those quoted where the office is reported, each statement once with its outlets', () => {
    const result = whoSaid(engine, attribution.statements, 'liaison office');
    expect(new Set(result.speakers.map((speaker) => speaker.speaker))).toEqual(
      new Set(['Kim Seol-hwa', 'Nikkei Asia', 'Chinese Foreign Ministry', 'North Korea']),
    );
    const kim = result.speakers.find((speaker) => speaker.speaker === 'Kim Seol-hwa');
    expect(
      kim?.statements.map((statement) => [statement.text, statement.carriers.map((carrier) => carrier.outlet)]),
    ).toEqual([
      [
        'recent reports that NATO is now in talks to open a “liaison office” in Japan, its first such facility in Asia',
        ALL,
      ],
    ]);
    const nikkei = result.speakers.find((speaker) => speaker.speaker === 'Nikkei Asia');
    expect(
      nikkei?.statements
        .find((statement) => statement.carriers.length === 3)
        ?.carriers.map((carrier) => carrier.passageId),
    ).toEqual([`${RT}#p4`, `${APR}#p4`, `${AM}#p7`]);
  });

  test('GIVEN the speaker "Mao Ning" THEN her three statements, all in Asia-Pacific Research', () => {
    const result = whoSaid(engine, attribution.statements, null, 'Mao Ning');
    expect(result.speaker).toBe('Mao Ning');
    expect(result.speakers).toHaveLength(1);
    expect(
      result.speakers[0]?.statements.map((statement) => [
        statement.kind,
        statement.verb,
        statement.text.split(' ').slice(0, 4).join(' '),
        statement.carriers.map((c) => c.outlet),
      ]),
    ).toEqual([
      ['quote', 'said', 'Asia is an anchor', APR_ONLY],
      ['quote', 'warned', "NATO's continued eastward foray", APR_ONLY],
      ['reported', 'added', '"High vigilance among regional', APR_ONLY],
    ]);
    expect(result.speakers[0]?.roles).toEqual(['Chinese Foreign Ministry spokeswoman']);
  });

  test.each([
    ['mao', 'Mao Ning'],
    ['MAO NING', 'Mao Ning'],
    ['kim seol hwa', 'Kim Seol-hwa'],
    ['Seol-hwa', 'Kim Seol-hwa'],
    ['Putin', 'Vladimir Putin'],
    ['the NATO chief', 'Jens Stoltenberg'],
    ['Beijing', 'China'],
    ['Hayashi', 'Yoshimasa Hayashi'],
  ])('GIVEN the speaker typed as "%s" THEN it is %s', (typed, canonical) => {
    expect(whoSaid(engine, attribution.statements, null, typed).speaker).toBe(canonical);
  });

  test('GIVEN China THEN China, its Foreign Ministry and its spokeswoman, in that order', () => {
    expect(whoSaid(engine, attribution.statements, null, 'China').speakers.map((speaker) => speaker.speaker)).toEqual([
      'China',
      'Chinese Foreign Ministry',
      'Mao Ning',
    ]);
  });

  test.each([
    [null, 'Xi Jinping', WHO_REASONS.unknownSpeaker('Xi Jinping')],
    ['liaison office', 'Mao Ning', WHO_REASONS.speakerSilentOnTopic('Mao Ning', 'liaison office')],
    ['cricket world cup', null, WHO_REASONS.nothingOnTopic('cricket world cup')],
  ])('GIVEN topic %s and speaker %s THEN nothing is listed and the reason says why', (topic, speaker, reason) => {
    const result = whoSaid(engine, attribution.statements, topic, speaker);
    expect(result.answered).toBe(false);
    expect(result.reason).toBe(reason);
    expect(result.speakers).toEqual([]);
  });

  test('GIVEN a broad topic THEN no statement is shown twice, and each carrier is a different outlet', () => {
    const result = whoSaid(engine, attribution.statements, 'NATO');
    const shown = result.speakers.flatMap((speaker) => speaker.statements);
    const memberIds = shown.flatMap((statement) => statement.carriers.map((carrier) => carrier.statementId));
    expect(new Set(memberIds).size).toBe(memberIds.length);
    for (const statement of shown)
      expect(new Set(statement.carriers.map((carrier) => carrier.outlet)).size).toBe(statement.carriers.length);
  });
});

describe('speakerOf hook', () => {
  let speakerOf: (passageId: string) => string | null;

  beforeAll(async () => {
    speakerOf = createSpeakerOf(attributionOf(createSearchEngine(await seedCorpus())));
  });

  test.each([
    [`${RT}#p5`, 'Kim Seol-hwa'],
    [`${RT}#p4`, 'Kim Seol-hwa and Nikkei Asia'],
    [`${RT}#p7`, 'Jens Stoltenberg and Yoshimasa Hayashi'],
    [`${APR}#p10`, 'Mao Ning'],
    [`${APR}#p28`, 'Vladimir Putin'],
    [`${AM}#p1`, 'North Korea'],
    [`${RT}#p6`, null],
    ['no-such#p1', null],
  ])('GIVEN passage %s THEN the speaker shown is %s', (passageId, speaker) => {
    expect(speakerOf(passageId)).toBe(speaker);
  });
});
