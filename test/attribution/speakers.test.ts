import { beforeAll, describe, expect, test } from 'vitest';
import { extractStatements } from '../../src/attribution/extractStatements.ts';
import { createSpeakerDirectory, DEFAULT_DIRECTORY, nameKey } from '../../src/attribution/speakerDirectory.ts';
import { SPEAKERS } from '../../src/attribution/speakers.ts';
import type { Statement } from '../../src/attribution/types.ts';
import { ALIAS_GROUPS } from '../../src/search/aliases.ts';
import { corpusOf, seedCorpus } from './fixtures.ts';

describe('nameKey', () => {
  test.each([
    ['Kim Seol-hwa', 'kim seol hwa'],
    ['KIM SEOL-HWA', 'kim seol hwa'],
    ['the U.S.-led military bloc', 'us led military bloc'],
    ['North Korea’s Foreign Ministry', "north korea's foreign ministry"],
    ['  Mao   Ning ', 'mao ning'],
  ])('GIVEN "%s" THEN its key is "%s"', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('speakers table', () => {
  test.each([
    ['DPRK', 'North Korea'],
    ['Pyongyang', 'North Korea'],
    ["DPRK's Foreign Ministry", 'North Korean Foreign Ministry'],
    ['North Korea’s Foreign Ministry', 'North Korean Foreign Ministry'],
    ['the Chinese Foreign Ministry', 'Chinese Foreign Ministry'],
    ['Beijing', 'China'],
    ['KCNA', 'Korean Central News Agency'],
    ['Nikkei', 'Nikkei Asia'],
    ['kim seol hwa', 'Kim Seol-hwa'],
  ])('GIVEN the name "%s" THEN it is %s', (name, canonical) => {
    expect(DEFAULT_DIRECTORY.byName(name)?.canonical).toBe(canonical);
  });

  test.each([
    ['Putin', 'Vladimir Putin'],
    ['Kim', 'Kim Seol-hwa'],
    ['Mao', 'Mao Ning'],
    ['Stoltenberg', 'Jens Stoltenberg'],
  ])('GIVEN the family name "%s" THEN it is %s', (name, canonical) => {
    expect(DEFAULT_DIRECTORY.byShortName(name)?.canonical).toBe(canonical);
  });

  test.each([
    ['the NATO chief', 'Jens Stoltenberg'],
    ['the Russian leader', 'Vladimir Putin'],
    ['the U.S.-led military bloc', 'NATO'],
    ['the bloc', 'NATO'],
  ])('GIVEN the description "%s" THEN it is %s', (description, canonical) => {
    expect(DEFAULT_DIRECTORY.byDescription(description)?.canonical).toBe(canonical);
  });

  test("GIVEN China THEN those who speak for it are its Foreign Ministry and that ministry's spokeswoman", () => {
    expect([...DEFAULT_DIRECTORY.voicesOf('China')]).toEqual(['China', 'Chinese Foreign Ministry', 'Mao Ning']);
  });

  test('GIVEN the table THEN no name belongs to two speakers and every memberOf is a listed speaker', () => {
    const owner = new Map<string, string>();
    for (const entry of SPEAKERS) {
      for (const name of [entry.canonical, ...entry.names, ...(entry.descriptions ?? [])]) {
        const key = nameKey(name);
        expect(owner.get(key) ?? entry.canonical, `"${name}" of ${entry.canonical}`).toBe(entry.canonical);
        owner.set(key, entry.canonical);
      }
      if (entry.memberOf)
        expect(
          SPEAKERS.some((other) => other.canonical === entry.memberOf),
          entry.memberOf,
        ).toBe(true);
    }
  });

  test('GIVEN two listed people with one family name THEN the family name alone names neither', () => {
    const directory = createSpeakerDirectory([
      { canonical: 'Kim Seol-hwa', kind: 'person', names: ['Kim Seol-hwa'], shortNames: ['Kim'] },
      { canonical: 'Kim Jong Un', kind: 'person', names: ['Kim Jong Un'], shortNames: ['Kim'] },
    ]);
    expect(directory.byShortName('Kim')).toBeNull();
  });
});

describe('speaker resolution across articles', () => {
  let statements: Statement[];

  beforeAll(async () => {
    statements = extractStatements(await seedCorpus());
  });

  test('GIVEN every way the three articles name Kim Seol-hwa THEN each statement has the one canonical name', () => {
    const mentions = new Set(
      statements.filter((statement) => statement.speaker === 'Kim Seol-hwa').map((statement) => statement.mention),
    );
    expect(mentions).toEqual(
      new Set([
        'Kim Seol-hwa',
        'he',
        'He',
        'Kim',
        'the Foreign Ministry official',
        'the North Korean Foreign Ministry official',
        'The official',
      ]),
    );
    expect(
      new Set(
        statements.filter((statement) => statement.speaker === 'Kim Seol-hwa').map((statement) => statement.articleId),
      ).size,
    ).toBe(3);
  });

  test.each([
    ['Vladimir Putin', ['Russian President Vladimir Putin', 'the Russian leader', 'He', 'Putin', 'he']],
    ['Mao Ning', ['Chinese Foreign Ministry spokeswoman Mao Ning', 'Mao', 'she']],
    [
      'Nikkei Asia',
      ['the Nikkei Asia news website', 'the Nikkei Asia outlet', 'Nikkei Asia', 'the outlet', 'The outlet', 'Nikkei'],
    ],
    ['NATO', ['the bloc', 'NATO', 'The bloc', 'The U.S.-led military bloc', 'it']],
  ])('GIVEN the seeds THEN %s is named as %j and resolved to one speaker', (speaker, mentions) => {
    expect(
      new Set(statements.filter((statement) => statement.speaker === speaker).map((statement) => statement.mention)),
    ).toEqual(new Set(mentions));
  });

  test('GIVEN an article that introduces another Kim THEN "Kim" in that article is that person, not the table\'s', () => {
    const found = extractStatements(
      corpusOf([
        'North Korean leader Kim Jong Un said on Monday that the talks were over.',
        'Kim added that the army was ready.',
      ]),
    );
    expect(found.map((statement) => [statement.speaker, statement.role])).toEqual([
      ['Kim Jong Un', 'North Korean leader'],
      ['Kim Jong Un', 'North Korean leader'],
    ]);
  });
});

describe('the speakers table as the source of the alias groups', () => {
  const searched = SPEAKERS.filter((entry) => entry.searchedAs !== undefined);

  test.each(searched.map((entry) => [entry.canonical, entry.searchedAs ?? []] as const))(
    'GIVEN %s THEN its alias group holds its canonical name',
    (canonical, group) => {
      expect(group).toContain(canonical);
    },
  );

  test.each(searched.map((entry) => [entry.canonical, entry.searchedAs ?? []] as const))(
    'GIVEN %s THEN no phrase of its alias group names another speaker in the table',
    (canonical, group) => {
      for (const phrase of group) {
        const named =
          DEFAULT_DIRECTORY.byName(phrase) ??
          DEFAULT_DIRECTORY.byShortName(phrase) ??
          DEFAULT_DIRECTORY.byDescription(phrase);
        expect(named?.canonical ?? canonical, phrase).toBe(canonical);
      }
    },
  );

  test('GIVEN the speakers table THEN each speaker’s alias group is one of the search’s alias groups', () => {
    for (const entry of searched) expect(ALIAS_GROUPS).toContainEqual(entry.searchedAs);
  });
});
