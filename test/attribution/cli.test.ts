import { Writable } from 'node:stream';
import { beforeAll, describe, expect, test } from 'vitest';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { compareCoverage } from '../../src/attribution/compareCoverage.ts';
import { whoSaid } from '../../src/attribution/whoSaid.ts';
import { parseCommandLine } from '../../src/cli/commandLine.ts';
import { compareJson, formatCompare, formatWho, whoJson } from '../../src/cli/formatAttribution.ts';
import { runSubcommand } from '../../src/cli/subcommands.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { seedCorpus } from './fixtures.ts';

describe('parseCommandLine', () => {
  test.each([
    [['What did Kim say?'], { kind: 'question', json: false, question: 'What did Kim say?', context: null }],
    [
      ['--json', 'What', 'did', 'Kim', 'say?'],
      { kind: 'question', json: true, question: 'What did Kim say?', context: null },
    ],
    [[], { kind: 'question', json: false, question: null, context: null }],
    [['who is Kim?'], { kind: 'question', json: false, question: 'who is Kim?', context: null }],
    [['who', 'liaison office'], { kind: 'who', json: false, topic: 'liaison office', speaker: null }],
    [['who', '--speaker', 'Mao Ning', '--json'], { kind: 'who', json: true, topic: null, speaker: 'Mao Ning' }],
    [['who', 'NATO', '--speaker=Putin'], { kind: 'who', json: false, topic: 'NATO', speaker: 'Putin' }],
    [['who'], { kind: 'who', json: false, topic: null, speaker: null }],
    [['compare'], { kind: 'compare', json: false, topic: null }],
    [['compare', 'liaison', 'office', '--json'], { kind: 'compare', json: true, topic: 'liaison office' }],
    [['--help'], { kind: 'help' }],
    [
      ['--context', 'earlier', 'follow-up'],
      { kind: 'question', json: false, question: 'follow-up', context: 'earlier' },
    ],
    [
      ['--context', 'What did China say?', 'and', 'Russia?'],
      { kind: 'question', json: false, question: 'and Russia?', context: 'What did China say?' },
    ],
    [
      ['and Russia?', '--context', 'What did China say?'],
      { kind: 'question', json: false, question: 'and Russia?', context: 'What did China say?' },
    ],
    [
      ['--context=What did China say?', 'and Russia?'],
      { kind: 'question', json: false, question: 'and Russia?', context: 'What did China say?' },
    ],
    [
      ['--json', '--context', 'What did China say?', 'and Russia?'],
      { kind: 'question', json: true, question: 'and Russia?', context: 'What did China say?' },
    ],
    [
      ['Is', 'it', '-5', 'degrees', 'in', 'Tokyo?'],
      { kind: 'question', json: false, question: 'Is it -5 degrees in Tokyo?', context: null },
    ],
    [
      ['--verbose', 'What did Kim say?'],
      { kind: 'question', json: false, question: '--verbose What did Kim say?', context: null },
    ],
    [['who', '-5', 'degrees'], { kind: 'who', json: false, topic: '-5 degrees', speaker: null }],
  ])('GIVEN %j THEN %j', (args, expected) => {
    expect(parseCommandLine(args)).toEqual(expected);
  });

  test.each([
    [['who', '--speaker']],
    [['who', '--speaker', '--json']],
    [['compare', '--speaker', 'Mao']],
    [['who', '--since', '2023']],
  ])('GIVEN %j THEN a usage error naming the problem', (args) => {
    const parsed = parseCommandLine(args);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toContain('Usage:');
  });

  test.each([
    [['--context']],
    [['and Russia?', '--context']],
    [['--context', '--json', 'and Russia?']],
    [['--context=', 'and Russia?']],
    [['--context', '   ', 'and Russia?']],
  ])('GIVEN %j, --context without an earlier question THEN a usage error saying --context needs one', (args) => {
    const parsed = parseCommandLine(args);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(/^--context needs the earlier question/);
    expect(parsed.kind === 'error' && parsed.message).toContain('Usage:');
  });
});

describe('terminal output of who and compare on the seeds', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = createSearchEngine(await seedCorpus());
  });

  test('GIVEN who "liaison office" THEN each speaker with role, count and outlets, each statement cited with every outlet that carried it', () => {
    const text = formatWho(whoSaid(engine, attributionOf(engine).statements, 'liaison office'));
    expect(text).toContain('Who is quoted on "liaison office" (4 speakers):');
    expect(text).toContain(
      'Kim Seol-hwa, an official with the Foreign Ministry’s Japan Research Center — 1 statement, in RT, Asia-Pacific Research, Al Mayadeen English',
    );
    expect(text).toContain('— RT ¶4; Asia-Pacific Research (2023-05-18) ¶4; Al Mayadeen English (2023-05-16) ¶6');
  });

  test('GIVEN who with no argument THEN one line per speaker with count and outlets', () => {
    const text = formatWho(whoSaid(engine, attributionOf(engine).statements));
    expect(text).toMatch(/Kim Seol-hwa +8 statements +RT, Asia-Pacific Research, Al Mayadeen English/);
    expect(text).toMatch(/Mao Ning +3 statements +Asia-Pacific Research/);
  });

  test('GIVEN who --speaker "Mao Ning" THEN her quotations in quotation marks, her reported words without', () => {
    const text = formatWho(whoSaid(engine, attributionOf(engine).statements, null, 'Mao Ning'));
    expect(text).toContain('What Mao Ning said:');
    expect(text).toContain('said: “Asia is an anchor for peace and stability');
    expect(text).toContain('added: "High vigilance among regional countries" is required');
  });

  test('GIVEN compare THEN the outlets with what they credit, then shared, partial and single-outlet claims', () => {
    const text = formatCompare(compareCoverage(engine));
    expect(text).toContain(
      'Asia-Pacific Research, “NATO Is Creeping Into Asia, Warns North Korea”, 2023-05-18, credits Countercurrents',
    );
    expect(text).toContain('Reported by all 3 outlets (9):');
    expect(text).toContain('Reported by some (1):');
    expect(text).toContain('Only in Al Mayadeen English (3):');
    expect(text).not.toContain('Only in RT');
  });

  test('GIVEN JSON output THEN it is plain data with the documented keys', () => {
    const who = JSON.parse(
      JSON.stringify(whoJson(whoSaid(engine, attributionOf(engine).statements, 'liaison office'))),
    ) as { speakers: { speaker: string; statements: { outlets: string[] }[] }[] };
    expect(who.speakers[0]).toHaveProperty('statements');
    const compare = JSON.parse(JSON.stringify(compareJson(compareCoverage(engine)))) as {
      shared: { outlets: string[] }[];
      outlets: { creditedSource: string }[];
    };
    expect(compare.shared[0]?.outlets).toEqual(['RT', 'Asia-Pacific Research', 'Al Mayadeen English']);
    expect(compare.outlets.map((outlet) => outlet.creditedSource)).toEqual(['RT', 'Countercurrents', 'Agencies']);
  });
});

describe('runSubcommand', () => {
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = createSearchEngine(await seedCorpus());
  });

  const output = () => {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    return { stream, text: () => chunks.join('') };
  };

  test.each([
    [
      ['who', 'liaison office', '--json'],
      (out: { topic: string; speakers: { speaker: string }[] }) =>
        expect(out.speakers.map((speaker) => speaker.speaker)).toContain('Kim Seol-hwa'),
    ],
    [['who', '--speaker', 'Mao Ning', '--json'], (out: { speaker: string }) => expect(out.speaker).toBe('Mao Ning')],
    [['compare', '--json'], (out: { shared: unknown[] }) => expect(out.shared).toHaveLength(9)],
  ] as const)('GIVEN npm start -- %j THEN one JSON document is printed', (args, check) => {
    const command = parseCommandLine(args);
    if (command.kind !== 'who' && command.kind !== 'compare') throw new Error(`not a subcommand: ${command.kind}`);
    const { stream, text } = output();
    runSubcommand(engine, command, stream);
    check(JSON.parse(text()) as never);
  });
});
