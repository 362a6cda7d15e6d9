import { describe, expect, test } from 'vitest';
import { CAPTION_RULES, joinedCaptions } from '../../src/corpus/captionTrack.ts';
import { cleanPage } from '../../src/corpus/cleanPage.ts';

// A video page's caption track as copied with it: each time on a line, then the words shown from it.
const TRACK = [
  ['0:01', '[Music]'],
  ['0:03', 'the port strike is now in its'],
  ['0:05', 'second week and the unions say'],
  ['0:08', 'they will not go back to work'],
  ['0:10', 'until the new cranes come with'],
  ['0:12', 'a guarantee on jobs'],
  ['0:40', 'the port authority has offered'],
  ['0:42', 'retraining for every docker but'],
  ['0:45', 'no guarantee and the two sides'],
  ['0:47', 'meet again on monday with a mediator'],
];

const page = [
  'Harbour TV',
  'Watch later',
  'Port strike: what the unions want',
  '1,204 views  May 4, 2023',
  'Our reporter explains why the dockers walked out and what would bring them back to work next week.',
  'Transcript',
  ...TRACK.flat(),
  'Up next',
  'Ferry fares rise again | 3:12',
].join('\n');

describe("a video page's caption track", () => {
  test('GIVEN times on lines of their own THEN the words are joined into paragraphs, cut where the captions pause, sound cues dropped', () => {
    const { lines, paragraphs } = joinedCaptions(TRACK.flat());
    expect([...paragraphs]).toEqual([
      'the port strike is now in its second week and the unions say they will not go back to work until the new cranes come with a guarantee on jobs',
      'the port authority has offered retraining for every docker but no guarantee and the two sides meet again on monday with a mediator',
    ]);
    expect(lines.filter((line) => line !== '')).toEqual([...paragraphs]);
  });

  test('GIVEN the time and the words on one line THEN they are joined the same way', () => {
    const { paragraphs } = joinedCaptions(TRACK.map(([time, words]) => `${time} ${words}`));
    expect(paragraphs.size).toBe(2);
  });

  test('GIVEN a chapter list (a few times with titles) THEN it is left as it was', () => {
    const chapters = ['0:00 Intro', '0:38 What the unions want', '1:41 What the authority offers'];
    expect(joinedCaptions(chapters).lines).toEqual(chapters);
  });

  test('GIVEN the page THEN its body holds the captions as paragraphs, not one lost to short lines', () => {
    const body = cleanPage(page).paragraphs;
    expect(body).toContain(
      'the port authority has offered retraining for every docker but no guarantee and the two sides meet again on monday with a mediator',
    );
    expect(body.join(' ')).not.toMatch(/\d:\d\d|Music|Up next/);
  });

  // A subtitle file: numbered cues, a timing line each, words over one or two lines, a title card and credits.
  const SUBTITLES = [
    ['[THEME MUSIC]'],
    ['HARBOUR TV · THE EVENING NEWS'],
    ['The port strike is now in its second week,', 'and the unions say'],
    ['they will not go back to work until the new cranes'],
    ['come with a guarantee on jobs.'],
    ['The port authority has offered retraining for every docker,'],
    ['but no guarantee on jobs.'],
    ['The two sides meet again on Monday with a mediator.'],
    ['[OUTRO MUSIC]'],
    ['Captioning: Quayside Access Services'],
    ['Watch the full bulletin at harbour.example/tv'],
  ];
  const srt = SUBTITLES.flatMap((words, i) => [
    String(i + 1),
    `00:00:${String(i * 3).padStart(2, '0')},000 --> 00:00:${String(i * 3 + 2).padStart(2, '0')},500`,
    ...words,
    '',
  ]);

  test('GIVEN a subtitle file THEN its cues are joined into paragraphs without their numbers and timings, the title card and credits on lines of their own', () => {
    const { lines, paragraphs } = joinedCaptions(srt);
    expect([...paragraphs]).toEqual([
      'The port strike is now in its second week, and the unions say they will not go back to work until the new cranes come with a guarantee on jobs. The port authority has offered retraining for every docker, but no guarantee on jobs. The two sides meet again on Monday with a mediator.',
    ]);
    expect(lines.filter((line) => line !== '')).toEqual([
      'HARBOUR TV · THE EVENING NEWS',
      ...paragraphs,
      'Captioning: Quayside Access Services',
      'Watch the full bulletin at harbour.example/tv',
    ]);
  });

  test('GIVEN a long subtitle track THEN a paragraph closes where a sentence ends, not in the middle of one', () => {
    const sentence = (pier: number) => [
      `The harbour master said the cranes on pier ${pier}`,
      'would be tested on the quay',
      'for three weeks before the ships',
      'are allowed back to the berths',
      'once the inspectors have signed off.',
    ];
    const cues = [1, 2, 3, 4].flatMap(sentence);
    const track = cues.flatMap((words, i) => [
      String(i + 1),
      `00:00:${String(i * 2).padStart(2, '0')}.000 --> 00:00:${String(i * 2 + 2).padStart(2, '0')}.000`,
      words,
      '',
    ]);
    const { paragraphs } = joinedCaptions(track);
    expect(paragraphs.size).toBeGreaterThan(1);
    for (const paragraph of paragraphs) expect(paragraph).toMatch(/signed off\.$/);
  });
});

describe("a WebVTT track's voices", () => {
  const cue = (seconds: number, voice: string, words: string) => [
    `00:00:${String(seconds).padStart(2, '0')}.000 --> 00:00:${String(seconds + 3).padStart(2, '0')}.000`,
    `<v ${voice}>${words}`,
    '',
  ];
  const track = [
    'WEBVTT',
    '',
    ...cue(1, 'Erin Takamura', 'The government has confirmed it is weighing a request from NATO.'),
    ...cue(4, 'Erin Takamura', 'Our correspondent has been following the story.'),
    ...cue(7, 'Daisuke Orimoto', 'The office would be staffed by a single official.'),
    ...cue(10, 'Daisuke Orimoto', 'I put that question to a researcher in Sendai.'),
    ...cue(13, 'Rina Hosokawa', 'It is symbolic far more than it is operational.'),
    ...cue(16, 'Rina Hosokawa', 'One staff member cannot run anything.'),
    ...cue(19, 'Daisuke Orimoto', 'Officials expect a decision before the summit.'),
    ...cue(22, 'Daisuke Orimoto', 'Daisuke Orimoto, PCTV News, Tokyo.'),
  ];

  test('GIVEN cues in several voices THEN each turn is a paragraph opening with its speaker, as a transcript labels it', () => {
    const { paragraphs } = joinedCaptions(track);
    expect([...paragraphs]).toContain(
      'Rina Hosokawa: It is symbolic far more than it is operational. One staff member cannot run anything.',
    );
    expect([...paragraphs].filter((paragraph) => paragraph.startsWith('Daisuke Orimoto: '))).toHaveLength(2);
  });

  test('GIVEN the rule off THEN the voices are dropped with the other tags (what the test above measures)', () => {
    CAPTION_RULES.voices = false;
    try {
      expect([...joinedCaptions(track).paragraphs].some((paragraph) => paragraph.includes('Hosokawa:'))).toBe(false);
    } finally {
      CAPTION_RULES.voices = true;
    }
  });
});
