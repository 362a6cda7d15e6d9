import { beforeAll, describe, expect, test } from 'vitest';
import {
  COMPARE_REASONS,
  compareCoverage,
  type Claim,
  type CoverageComparison,
} from '../../src/attribution/compareCoverage.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { seedCorpus } from './fixtures.ts';

/** Each claim's text shortened to the prefix it is expected to start with (or to its first 40 characters). */
const starts = (claims: readonly Claim[], prefixes: readonly string[] = []) =>
  claims.map((claim) => prefixes.find((prefix) => claim.text.startsWith(prefix)) ?? claim.text.slice(0, 40));

describe('compareCoverage on the seeds', () => {
  let engine: SearchEngine;
  let story: CoverageComparison;

  beforeAll(async () => {
    engine = createSearchEngine(await seedCorpus());
    story = compareCoverage(engine);
  });

  test('GIVEN the whole story THEN each outlet with the source it credits and the outlets it reports from', () => {
    expect(story.outlets.map((outlet) => [outlet.outlet, outlet.creditedSource, new Set(outlet.citesInText)])).toEqual([
      ['RT', 'RT', new Set(['Korean Central News Agency', 'Nikkei Asia'])],
      ['Asia-Pacific Research', 'Countercurrents', new Set(['Korean Central News Agency', 'Nikkei Asia', 'Russia 1'])],
      ['Al Mayadeen English', 'Agencies', new Set(['Korean Central News Agency', 'Nikkei Asia'])],
    ]);
  });

  // By reading: Al Mayadeen carries all of RT's report but the NATO delegation Japan hosted (RT p6), in its own
  // words and paragraphs; Asia-Pacific Research republishes RT whole and appends three earlier reports.
  test("GIVEN the whole story THEN what all three report is RT's report but the delegation paragraph", () => {
    const shared = [
      'North Korea’s Foreign Ministry has claimed',
      'In comments carried by the state-run Korean Central News Agency',
      '“It is an open secret that the United States',
      'Kim went on to cite recent reports',
      'The office would be used to “conduct periodic consultations',
      '“All facts clearly show',
      'Further highlighting the increased cooperation',
      'Prime Minister Fumio Kishida also met',
      'Kim argued that NATO’s overtures',
    ];
    expect(starts(story.shared, shared)).toEqual(shared);
    expect(starts(story.partial, ['Last month, Japan hosted a delegation'])).toEqual([
      'Last month, Japan hosted a delegation',
    ]);
    expect(story.partial[0]?.carriers.map((carrier) => carrier.outlet)).toEqual(['RT', 'Asia-Pacific Research']);
  });

  test('GIVEN the whole story THEN Al Mayadeen adds its standfirst, Stoltenberg in Tokyo and the arms build-up; RT adds nothing', () => {
    const only = new Map(story.only.map((entry) => [entry.outlet, entry.claims]));
    expect(only.has('RT')).toBe(false);
    const almayadeen = [
      'DPRK denounces Japan',
      'In April, NATO Secretary-General Jens Stoltenberg visited Tokyo',
      'This is happening as Tokyo eyes a major arms buildup',
    ];
    expect(starts(only.get('Al Mayadeen English') ?? [], almayadeen)).toEqual(almayadeen);
    const apr = [
      'Asia is an anchor for peace',
      'According to the Nikkei Asia outlet, NATO wants',
      'Western countries are seeking',
      '"That is why Western analysts themselves',
    ];
    expect(starts(only.get('Asia-Pacific Research') ?? [], apr)).toEqual(expect.arrayContaining(apr));
  });

  test("GIVEN the whole story THEN every claim is in one list only, and every carrier's words are its passage's", () => {
    const listed = [...story.shared, ...story.partial, ...story.only.flatMap((entry) => entry.claims)];
    expect(new Set(listed.map((claim) => claim.id)).size).toBe(listed.length);
    for (const claim of listed) {
      for (const carrier of claim.carriers) {
        for (const sentence of carrier.sentences)
          expect(engine.passageById.get(sentence.passageId)?.text.slice(sentence.span.start, sentence.span.end)).toBe(
            sentence.text,
          );
      }
    }
  });

  test('GIVEN the topic "liaison office" THEN the three outlets share Kim\'s report and Nikkei Asia\'s; each adds its own', () => {
    const result = compareCoverage(engine, 'liaison office');
    expect(result.outlets.map((outlet) => outlet.outlet)).toEqual([
      'RT',
      'Asia-Pacific Research',
      'Al Mayadeen English',
    ]);
    const shared = [
      'Kim went on to cite recent reports',
      'The office would be used to “conduct periodic consultations',
    ];
    expect(starts(result.shared, shared)).toEqual(expect.arrayContaining(shared));
    const only = new Map(result.only.map((entry) => [entry.outlet, entry.claims]));
    expect(starts(only.get('Asia-Pacific Research') ?? [], ['According to the Nikkei Asia outlet'])).toContain(
      'According to the Nikkei Asia outlet',
    );
    expect(starts(only.get('Al Mayadeen English') ?? [], ['DPRK denounces Japan'])).toContain('DPRK denounces Japan');
  });

  test('GIVEN the topic "Putin" THEN only Asia-Pacific Research covers it: nothing is shared, everything is its own', () => {
    const result = compareCoverage(engine, 'Putin');
    expect(result.outlets.map((outlet) => outlet.outlet)).toEqual(['Asia-Pacific Research']);
    expect(result.shared).toEqual([]);
    expect(result.only.map((entry) => entry.outlet)).toEqual(['Asia-Pacific Research']);
  });

  test('GIVEN a topic no outlet covers THEN nothing is compared and the reason says so', () => {
    const result = compareCoverage(engine, 'cricket world cup');
    expect(result.answered).toBe(false);
    expect(result.reason).toBe(COMPARE_REASONS.nothingOnTopic('cricket world cup'));
  });
});
