import { describe, expect, test } from 'vitest';
import { ANY_CUE, cuesOf, viaOf, type Cue } from '../../src/attribution/attributionCues.ts';
import { findQuotes, maskQuotes, sentenceSpans } from '../../src/attribution/quotes.ts';
import { DEFAULT_DIRECTORY } from '../../src/attribution/speakerDirectory.ts';
import { ArticleState } from '../../src/attribution/speakerResolution.ts';

/** What a test reads off a cue: the verb and the whole attribution as written, the side of the statement, who. */
interface CueView {
  verb: string;
  attribution: string;
  mode: Cue['mode'];
  who: string[];
}

/** The cues of each sentence of a paragraph, read in order with one article's memory of who spoke. */
function cuesOfParagraph(text: string, state = new ArticleState(DEFAULT_DIRECTORY)): CueView[][] {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  return sentenceSpans(text, quotes).map((sentence) => {
    const cues = cuesOf(masked, sentence, state, text);
    // The extractor records each speaker as it speaks; pronouns in later sentences refer back to them.
    for (const cue of cues) for (const who of cue.who) state.spoke(who, 0);
    return cues.map((cue) => ({
      verb: text.slice(cue.verbStart, cue.verbEnd),
      attribution: text.slice(cue.start, cue.end),
      mode: cue.mode,
      who: cue.who.map((attributed) => attributed.speaker.canonical),
    }));
  });
}

/** The cues of a one-sentence paragraph. */
function cuesOfSentence(text: string, state?: ArticleState): CueView[] {
  const sentences = cuesOfParagraph(text, state);
  expect(sentences).toHaveLength(1);
  return sentences[0] ?? [];
}

describe('cuesOf: where the attribution stands and which side the statement is on', () => {
  test.each<{ shape: string; sentence: string; expected: CueView[] }>([
    {
      shape: 'a titled name the table does not know, the statement after "said ... that"',
      sentence: 'Canadian Defence Minister Bill Blair said on Tuesday that Ottawa would send more ships.',
      expected: [
        { verb: 'said', attribution: 'Canadian Defence Minister Bill Blair said', mode: 'before', who: ['Bill Blair'] },
      ],
    },
    {
      shape: 'a quotation first, then the speaker and "told" with its listener, then an adjunct',
      sentence: '"It is a provocation," John Smith told reporters on Monday.',
      expected: [{ verb: 'told', attribution: 'John Smith told reporters', mode: 'after', who: ['John Smith'] }],
    },
    {
      shape: 'a quotation first, then the verb before the speaker ("said Mao")',
      sentence: '“Asia is not a wrestling ground,” said Mao.',
      expected: [{ verb: 'said', attribution: 'said Mao', mode: 'after', who: ['Mao Ning'] }],
    },
    {
      shape: '"according to X" opening the sentence',
      sentence: 'According to Nikkei Asia, NATO plans a one-person office in Tokyo.',
      expected: [
        { verb: 'According to', attribution: 'According to Nikkei Asia', mode: 'before', who: ['Nikkei Asia'] },
      ],
    },
    {
      shape: '"according to X" closing the sentence',
      sentence: 'NATO plans a one-person office in Tokyo, according to Nikkei Asia.',
      expected: [
        { verb: 'according to', attribution: 'according to Nikkei Asia', mode: 'after', who: ['Nikkei Asia'] },
      ],
    },
    {
      shape: '"according to X" between the subject and its verb',
      sentence: 'The alliance, according to Kim Seol-hwa, hopes to keep its neighbours in check.',
      expected: [
        { verb: 'according to', attribution: 'according to Kim Seol-hwa', mode: 'around', who: ['Kim Seol-hwa'] },
      ],
    },
    {
      shape: '"as per" the outlet, at the end',
      sentence: 'The office would hold periodic consultations, as per the Nikkei Asia news website.',
      expected: [
        { verb: 'as per', attribution: 'as per the Nikkei Asia news website', mode: 'after', who: ['Nikkei Asia'] },
      ],
    },
    {
      shape: 'an outlet as the speaker of "reported"',
      sentence: 'Nikkei Asia reported that Japan and NATO would cooperate on cyber threats.',
      expected: [{ verb: 'reported', attribution: 'Nikkei Asia reported', mode: 'before', who: ['Nikkei Asia'] }],
    },
    {
      shape: 'a participle clause continuing the speaker (", adding that")',
      sentence: 'Kim Seol-hwa said NATO was pushing into Asia, adding that Japan was helping it.',
      expected: [
        { verb: 'said', attribution: 'Kim Seol-hwa said', mode: 'before', who: ['Kim Seol-hwa'] },
        { verb: 'adding', attribution: ', adding', mode: 'split', who: ['Kim Seol-hwa'] },
      ],
    },
    {
      shape: 'a relative clause between the subject and the verb',
      sentence: 'Russia, which has criticised the plan, said it would respond.',
      expected: [
        { verb: 'said', attribution: 'Russia, which has criticised the plan, said', mode: 'before', who: ['Russia'] },
      ],
    },
    {
      shape: 'a name and its role between commas before the verb',
      sentence: 'Jane Doe, a senior analyst at the institute, said the talks were over.',
      expected: [
        {
          verb: 'said',
          attribution: 'Jane Doe, a senior analyst at the institute, said',
          mode: 'before',
          who: ['Jane Doe'],
        },
      ],
    },
    {
      shape: 'an auxiliary and an adverb between the speaker and the verb',
      sentence: 'Putin has also repeatedly warned that the West is building new alliances.',
      expected: [
        { verb: 'warned', attribution: 'Putin has also repeatedly warned', mode: 'before', who: ['Vladimir Putin'] },
      ],
    },
  ])('GIVEN $shape THEN the cue is found with its speaker', ({ sentence, expected }) => {
    expect(cuesOfSentence(sentence)).toEqual(expected);
  });

  test('GIVEN a quotation split by its attribution THEN the attribution sits inside the statement (around)', () => {
    expect(cuesOfSentence('“We will not back down,” John Smith said, “and we will not be moved.”')).toEqual([
      { verb: 'said', attribution: 'John Smith said', mode: 'around', who: ['John Smith'] },
    ]);
  });

  // Bug: the listener after "told" is read with the sentence's full stop ("told reporters."), so the attribution
  // runs one character into the sentence's end punctuation.
  test('GIVEN "told" and its listener ending the sentence THEN the full stop is no part of the attribution', () => {
    expect(cuesOfSentence("'It is a provocation,' John Smith told reporters.").map((cue) => cue.attribution)).toEqual([
      'John Smith told reporters',
    ]);
  });

  test('GIVEN a nested quotation THEN only the speaker outside it is a cue', () => {
    expect(cuesOfSentence('“The talks were ‘constructive’ and ‘frank’,” said Mao.')).toEqual([
      { verb: 'said', attribution: 'said Mao', mode: 'after', who: ['Mao Ning'] },
    ]);
  });

  test('GIVEN a speaker quoting others who "are saying" something THEN the words inside the quotation are no cue', () => {
    expect(
      cuesOfSentence('“Western analysts themselves are saying that the West is building a new axis,” Putin said.'),
    ).toEqual([{ verb: 'said', attribution: 'Putin said', mode: 'after', who: ['Vladimir Putin'] }]);
  });

  // Bug: "was quoted as saying" is not recognised ("quote" is no reporting verb in the lexicon, and "saying" after
  // "as" is not read as a participle), so the passive attribution to Putin is lost.
  test('GIVEN the passive "was quoted as saying" THEN the subject is the speaker', () => {
    expect(
      cuesOfSentence('Putin was quoted as saying that the West was building a new axis.').map((cue) => cue.who),
    ).toEqual([['Vladimir Putin']]);
  });

  test.each([
    ['a passive "was described as"', 'Moscow was described as the most significant threat.'],
    ['a passive "were told"', 'Reporters were told that the office would open.'],
    ['"continues to" before an object', 'NATO continues to expand its presence in Asia.'],
    ['a plural subject with no name', 'Officials said the meeting was cancelled.'],
    ['a pronoun with nobody before it', 'He said the office would open.'],
    ['a quoted phrase with no speaker', 'The delegation met to “discuss military cooperation,” as well as drills.'],
    // After a possessive comes a noun: "state" is no verb here.
    ['a possessive before a speech word', "Two days ago North Korea's state media weighed in on the office."],
  ])('GIVEN %s THEN there is no cue', (_shape, sentence) => {
    expect(cuesOfSentence(sentence)).toEqual([]);
  });
});

describe('cuesOf across the sentences of an article', () => {
  test('GIVEN two people who spoke THEN "he" in the next sentence is the one who spoke last', () => {
    const sentences = cuesOfParagraph(
      'Stoltenberg said the alliance was united. Hayashi said Japan would help. He added that talks would go on.',
    );
    expect(sentences.map((cues) => cues.map((cue) => cue.who))).toEqual([
      [['Jens Stoltenberg']],
      [['Yoshimasa Hayashi']],
      [['Yoshimasa Hayashi']],
    ]);
  });

  test('GIVEN a person and then a body who spoke THEN "he" is the person and "it" is the body', () => {
    const sentences = cuesOfParagraph(
      'Putin said Russia was not a threat. NATO said it would open the office. He warned that the West was arming Asia. It insisted that the office was no base.',
    );
    expect(sentences.map((cues) => cues.map((cue) => cue.who))).toEqual([
      [['Vladimir Putin']],
      [['NATO']],
      [['Vladimir Putin']],
      [['NATO']],
    ]);
  });

  test('GIVEN an outlet that reported something THEN "the outlet" later is that outlet', () => {
    const sentences = cuesOfParagraph(
      'Nikkei Asia reported that NATO planned an office in Tokyo. Mao said Asia was no wrestling ground. The outlet added that Japan must fund the office.',
    );
    expect(sentences[2]).toEqual([
      { verb: 'added', attribution: 'The outlet added', mode: 'before', who: ['Nikkei Asia'] },
    ]);
  });

  test('GIVEN two people named in one sentence THEN "the two officials" are both of them', () => {
    const [cues] = cuesOfParagraph(
      'Stoltenberg met Japanese Foreign Minister Yoshimasa Hayashi in Brussels, and the two officials vowed to strengthen their partnership.',
    );
    expect(cues?.map((cue) => cue.who)).toEqual([['Jens Stoltenberg', 'Yoshimasa Hayashi']]);
  });
});

describe('viaOf', () => {
  const via = (text: string) => {
    const quotes = findQuotes(text);
    return viaOf(maskQuotes(text, quotes), { start: 0, end: text.length }, new ArticleState(DEFAULT_DIRECTORY));
  };

  test.each([
    [
      '"in remarks carried by" an agency named by its initials',
      'Kim said in remarks carried by KCNA that NATO was expanding.',
      'Korean Central News Agency',
    ],
    [
      '"reported by" the state-run agency',
      'Kim said in comments reported by the state-run Korean Central News Agency that NATO was expanding.',
      'Korean Central News Agency',
    ],
    [
      '"in an interview with" a broadcaster',
      'Putin said in an interview with Russia 1 that the West was building alliances.',
      'Russia 1',
    ],
  ])('GIVEN %s THEN the outlet that carried the words is named', (_shape, sentence, outlet) => {
    expect(via(sentence)).toBe(outlet);
  });

  test('GIVEN a sentence that names no outlet carrying the words THEN there is none', () => {
    expect(via('Kim said that NATO was expanding into Asia.')).toBeNull();
  });
});

describe('ANY_CUE', () => {
  test.each([
    ['a reporting verb', 'Kim said NATO was expanding.', true],
    ['"according to"', 'NATO is expanding, according to Kim.', true],
    ['a quotation mark', 'The “liaison office” would be the first in Asia.', true],
    ['none of them', 'NATO plans a one-person office in Tokyo.', false],
  ])('GIVEN a passage with %s THEN it is read for attributions: %s', (_shape, passage, read) => {
    expect(ANY_CUE.test(passage)).toBe(read);
  });
});
