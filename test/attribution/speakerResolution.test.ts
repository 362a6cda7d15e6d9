import { describe, expect, test } from 'vitest';
import { DEFAULT_DIRECTORY, type KnownSpeaker } from '../../src/attribution/speakerDirectory.ts';
import { parsePhrase, wordsOf } from '../../src/attribution/speakerPhrase.ts';
import {
  ArticleState,
  nameInside,
  resolvePhrase,
  withRole,
  type Attributed,
} from '../../src/attribution/speakerResolution.ts';

function listed(name: string): KnownSpeaker {
  const speaker = DEFAULT_DIRECTORY.byName(name);
  if (!speaker) throw new Error(`${name} is not in the speakers table`);
  return speaker;
}

/** An article in which these speakers have spoken, in this order. */
function articleAfter(...spoken: [name: string, role?: string][]): ArticleState {
  const state = new ArticleState(DEFAULT_DIRECTORY);
  spoken.forEach(([name, role], passage) =>
    state.spoke({ speaker: listed(name), role: role ?? null, mention: name }, passage),
  );
  return state;
}

/** Who `phrase` names where it stands in `sentence` (a sentence without quotations), as canonical name, role and mention. */
function resolve(
  sentence: string,
  phrase: string,
  state: ArticleState,
): { speaker: string; role: string | null; mention: string }[] | null {
  const at = sentence.indexOf(phrase);
  expect(at, `"${phrase}" in "${sentence}"`).toBeGreaterThanOrEqual(0);
  const parsed = parsePhrase(wordsOf(phrase, at));
  if (!parsed) return null;
  const found = resolvePhrase(parsed, state, sentence, { start: 0, end: sentence.length }, sentence);
  return (
    found?.who.map((who: Attributed) => ({ speaker: who.speaker.canonical, role: who.role, mention: who.mention })) ??
    null
  );
}

const speakersOf = (who: ReturnType<typeof resolve>) => who?.map((one) => one.speaker) ?? null;

describe('resolvePhrase: pronouns', () => {
  test('GIVEN two people who spoke THEN "he" is the one who spoke last', () => {
    const state = articleAfter(['Jens Stoltenberg'], ['Yoshimasa Hayashi']);
    expect(speakersOf(resolve('He added that talks would go on.', 'He', state))).toEqual(['Yoshimasa Hayashi']);
  });

  test('GIVEN a person and then a body who spoke THEN "she" is the person, not the body that spoke since', () => {
    const state = articleAfter(['Mao Ning'], ['NATO']);
    expect(speakersOf(resolve('She warned that the bloc was meddling.', 'She', state))).toEqual(['Mao Ning']);
  });

  test.each([
    ['an institution', 'NATO'],
    ['a state', 'China'],
    ['an outlet', 'Nikkei Asia'],
  ])('GIVEN %s that spoke after a person THEN "it" is that body', (_kind, body) => {
    const state = articleAfter(['Vladimir Putin'], [body]);
    expect(speakersOf(resolve('It added that the office would open.', 'It', state))).toEqual([body]);
  });

  test('GIVEN a pronoun THEN the mention is the pronoun as written and the person keeps the role given before', () => {
    const state = articleAfter(['Mao Ning', 'Chinese Foreign Ministry spokeswoman']);
    expect(resolve('She also warned of camp competition.', 'She', state)).toEqual([
      { speaker: 'Mao Ning', role: 'Chinese Foreign Ministry spokeswoman', mention: 'She' },
    ]);
  });

  test.each([
    ['"he" with only a body before it', 'He said the office would open.', 'He', ['NATO'] as [string]],
    ['"it" with only a person before it', 'It said the office would open.', 'It', ['Vladimir Putin'] as [string]],
  ])('GIVEN %s THEN nobody is named', (_shape, sentence, phrase, before) => {
    expect(resolve(sentence, phrase, articleAfter(before))).toBeNull();
  });
});

describe('resolvePhrase: descriptions', () => {
  test('GIVEN an outlet and then a person who spoke THEN "the outlet" is the outlet', () => {
    const state = articleAfter(['Nikkei Asia'], ['Mao Ning']);
    expect(speakersOf(resolve('The outlet added that Japan must fund the office.', 'The outlet', state))).toEqual([
      'Nikkei Asia',
    ]);
  });

  test('GIVEN a description naming an outlet inside it THEN the outlet speaks, and the rest of the description is its role', () => {
    const state = articleAfter();
    expect(
      resolve(
        'According to the Nikkei Asia news website, NATO plans an office.',
        'the Nikkei Asia news website',
        state,
      ),
    ).toEqual([{ speaker: 'Nikkei Asia', role: 'news website', mention: 'the Nikkei Asia news website' }]);
  });

  test.each([
    ['the NATO chief', 'Jens Stoltenberg'],
    ['the bloc', 'NATO'],
    ['the Russian leader', 'Vladimir Putin'],
  ])('GIVEN nobody before it THEN "%s", which the speakers table describes, is %s', (phrase, speaker) => {
    expect(speakersOf(resolve(`${phrase} said the office would open.`, phrase, articleAfter()))).toEqual([speaker]);
  });

  test('GIVEN a person who spoke with a role THEN "the Foreign Ministry official" refers back to that person, who keeps the role', () => {
    const state = articleAfter(['Kim Seol-hwa', 'an official with the Foreign Ministry’s Japan Research Center']);
    expect(resolve('The Foreign Ministry official continued.', 'The Foreign Ministry official', state)).toEqual([
      {
        speaker: 'Kim Seol-hwa',
        role: 'an official with the Foreign Ministry’s Japan Research Center',
        mention: 'The Foreign Ministry official',
      },
    ]);
  });

  test('GIVEN nobody of its kind before it THEN "the outlet" names nobody', () => {
    expect(
      resolve('The outlet added that Japan must fund the office.', 'The outlet', articleAfter(['Mao Ning'])),
    ).toBeNull();
  });
});

describe('resolvePhrase: "the two officials"', () => {
  test('GIVEN two people named earlier in the sentence THEN they are both the speakers', () => {
    const sentence =
      'Stoltenberg met Japanese Foreign Minister Yoshimasa Hayashi in Brussels, and the two officials vowed to strengthen their partnership.';
    expect(speakersOf(resolve(sentence, 'the two officials', articleAfter()))).toEqual([
      'Jens Stoltenberg',
      'Yoshimasa Hayashi',
    ]);
  });

  test('GIVEN three people named earlier in the sentence THEN "the two officials" are the last two', () => {
    const sentence =
      'Putin criticised the plan while Stoltenberg met Hayashi in Brussels, and the two officials vowed to strengthen their partnership.';
    expect(speakersOf(resolve(sentence, 'the two officials', articleAfter()))).toEqual([
      'Jens Stoltenberg',
      'Yoshimasa Hayashi',
    ]);
  });

  test('GIVEN one person named in the sentence THEN "the two officials" names nobody', () => {
    const sentence = 'Stoltenberg arrived in Tokyo, and the two officials vowed to strengthen their partnership.';
    expect(resolve(sentence, 'the two officials', articleAfter())).toBeNull();
  });
});

describe('resolvePhrase: names', () => {
  test('GIVEN a name the table does not know after a title THEN the person is the name and the title is the role', () => {
    const sentence = 'Canadian Defence Minister Bill Blair said Ottawa would send ships.';
    expect(resolve(sentence, 'Canadian Defence Minister Bill Blair', articleAfter())).toEqual([
      { speaker: 'Bill Blair', role: 'Canadian Defence Minister', mention: 'Canadian Defence Minister Bill Blair' },
    ]);
  });

  test('GIVEN a person introduced in full THEN the family name alone names them later in the article', () => {
    const state = articleAfter();
    resolve(
      'Canadian Defence Minister Bill Blair said Ottawa would send ships.',
      'Canadian Defence Minister Bill Blair',
      state,
    );
    expect(speakersOf(resolve('Blair added that the ships would sail in June.', 'Blair', state))).toEqual([
      'Bill Blair',
    ]);
  });

  test('GIVEN a single capitalised word nobody introduced or listed THEN it names nobody', () => {
    expect(resolve('Blair added that the ships would sail in June.', 'Blair', articleAfter())).toBeNull();
  });

  test.each([
    ['a listed family name', 'Putin', 'Vladimir Putin'],
    ['a listed capital for its government', 'Beijing', 'China'],
    ['an agency by its initials', 'KCNA', 'Korean Central News Agency'],
  ])('GIVEN %s THEN it names the listed speaker', (_shape, name, speaker) => {
    expect(speakersOf(resolve(`${name} said the office would open.`, name, articleAfter()))).toEqual([speaker]);
  });
});

describe('withRole and nameInside', () => {
  test('GIVEN a person given a role in one sentence THEN the article remembers the role for later mentions', () => {
    const state = articleAfter();
    const kim: Attributed = { speaker: listed('Kim Seol-hwa'), role: null, mention: 'Kim Seol-hwa' };
    expect(withRole(kim, 'an official with the Japan Research Center', state).role).toBe(
      'an official with the Japan Research Center',
    );
    expect(state.roleOf(listed('Kim Seol-hwa'))).toBe('an official with the Japan Research Center');
  });

  test.each([
    [['Nikkei', 'Asia', 'news'], 'outlet', 'Nikkei Asia', 2],
    [['state-run', 'KCNA', 'news'], 'outlet', 'Korean Central News Agency', 2],
    [['Chinese', 'Foreign', 'Ministry'], 'institution', 'Chinese Foreign Ministry', 3],
  ] as const)('GIVEN the words %j THEN the %s inside them is %s', (words, kind, speaker, end) => {
    expect(nameInside(words, kind, articleAfter())).toEqual({ speaker: listed(speaker), end });
  });

  test('GIVEN words holding a name of another kind THEN no name of the kind asked is inside them', () => {
    expect(nameInside(['Nikkei', 'Asia'], 'person', articleAfter())).toBeNull();
  });
});

describe('parsePhrase: a role of a place before the name', () => {
  test.each([
    ['Former Japanese ambassador to Belgium Kenta Morisawa', ['Kenta', 'Morisawa'], 'Belgium'],
    ['Japanese Ambassador to the US Koji Tomita', ['Koji', 'Tomita'], 'US'],
  ])('GIVEN "%s" THEN the name is %j and the place is the role\'s', (phrase, name, place) => {
    const parsed = parsePhrase(wordsOf(phrase, 0));
    expect(parsed?.type === 'name' && parsed.words).toEqual(name);
    expect(parsed?.type === 'name' && parsed.roleWords.at(-1)).toBe(place);
  });

  test.each(['Andes Press Media', 'Belgium Kenta Morisawa'])(
    'GIVEN "%s", a place leading a name with no role before it THEN the name is kept whole',
    (phrase) => {
      const parsed = parsePhrase(wordsOf(phrase, 0));
      expect(parsed?.type === 'name' && parsed.words.join(' ')).toBe(phrase);
    },
  );
});
