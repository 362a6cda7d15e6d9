import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { OUTLET_NAME_RULES, outletCalled, outletsNamedIn } from '../../src/search/outletNamedIn.ts';
import { withRuleOff } from '../ruleSwitch.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('outletsNamedIn on the seeds', () => {
  let corpus: Corpus;

  beforeAll(async () => {
    corpus = await loadCorpus(SEEDS);
  });

  test.each([
    ['What did Global Research say about Putin?', ['Asia-Pacific Research'], 'What did say about Putin?'],
    [
      'what does al mayadin say about the war in ukriane',
      ['Al Mayadeen English'],
      'what does say about the war in ukriane',
    ],
    ['How do RT and Al Mayadeen word the Quad?', ['RT', 'Al Mayadeen English'], 'How do and word the Quad?'],
    ['Is the article smart about it?', null, null],
    // A short name in lower case is the outlet when it is no word WordNet writes so ("rt").
    ['what did rt say about putin', ['RT'], 'what did say about putin'],
    // Words whose initials spell an all-capital name, one of them everyday English.
    ['did Russia Today say the DPRK slammed Tokyo', ['RT'], 'did say the DPRK slammed Tokyo'],
    ['Did Rex Tillerson say anything?', null, null],
  ])('GIVEN %j THEN it names %j and leaves %j', (question, outlets, rest) => {
    const named = outletsNamedIn(question, corpus.articles);
    expect(named?.outlets ?? null).toEqual(outlets);
    if (rest !== null) expect(named?.rest).toBe(rest);
  });

  test('GIVEN the initials rule off THEN "Russia Today" names no outlet', () => {
    withRuleOff(OUTLET_NAME_RULES, 'initialsSpelledOut', () => {
      expect(outletsNamedIn('did Russia Today say the DPRK slammed Tokyo', corpus.articles)).toBeNull();
    });
  });
});

describe('outletsNamedIn: the names people use for an outlet', () => {
  const article = (
    outlet: string,
    creditedSource: string | null = null,
    firstParagraph = '',
    byline: string | null = null,
  ) => ({
    meta: {
      id: outlet,
      file: `${outlet}.txt`,
      outlet,
      title: 'T',
      date: null,
      dateline: null,
      byline,
      creditedSource,
      otherNames: [],
      url: null,
    },
    passages: firstParagraph
      ? [{ id: `${outlet}#p1`, articleId: outlet, paragraph: 1, text: firstParagraph, section: null }]
      : [],
    captions: [],
    asides: [],
  });
  const articles = [
    article('Guardian News & Media'),
    article('XINHUANET.com', 'Xinhua'),
    article('The Morning Harbour'),
    article('Asia-Pacific Research', 'Countercurrents'),
    article('Nemunas Press Agency', null, 'VILNIUS, July 11 (NPA) – Diplomats weighed the wording.'),
    article('Seoul Evening Post', null, 'North Korea launched a missile.'),
    article('Centre for Maritime and Alliance Studies', null, '', 'Astrid Holm'),
    article('Defence News and Media'),
    article('Halvorsen Centre for Northeast Asian Studies'),
    article('SCMP'),
    article('RT'),
    article('Harbour Wire', null, 'The Red Team exercise ended on Friday.'),
  ];

  test.each([
    ['Who wrote the Guardian article?', ['Guardian News & Media']],
    ['When was the Xinhua story published?', ['XINHUANET.com']],
    ['What did Morning Harbour report?', ['The Morning Harbour']],
    // A credited source names the page republishing its story, where no outlet of the coverage goes by its name.
    ['What did Countercurrents report?', ['Asia-Pacific Research']],
    // Initials the outlet's own article prints name it; initials it never prints do not.
    ['per NPA, what did the summit cost?', ['Nemunas Press Agency']],
    ['What did SEP report?', null],
    // A commentary is its writer's words.
    ["Where has the resistance come from, in Astrid Holm's view?", ['Centre for Maritime and Alliance Studies']],
    // A name shortened to one common word names the outlet only as a name is used.
    ['is this camp david thing a real defence treaty or not', null],
    ['What did the defence ministry say?', null],
    ['What did Defence say about the drills?', ['Defence News and Media']],
    ["what was in defence's release about the drills", ['Defence News and Media']],
    ['what did the guardian report about the summit', ['Guardian News & Media']],
    // A name cut before its "for": "the Halvorsen Centre"; never "the Centre", whose words are all English.
    ['What does the Halvorsen Centre paper recommend?', ['Halvorsen Centre for Northeast Asian Studies']],
    ['What does the Centre for Maritime Studies recommend?', null],
    // Spelt out, where the coverage does not write those words as a name of its own.
    ['What did South China Morning Post report?', ['SCMP']],
    ['What did Red Team say?', null],
  ])('GIVEN %j THEN it names %j', (question, outlets) => {
    expect(outletsNamedIn(question, articles as never)?.outlets ?? null).toEqual(outlets);
  });
});

describe('outletCalled', () => {
  const outlets = ['RT', 'Al Mayadeen English', 'Asia-Pacific Research'];
  test.each([
    ['rt', 'RT'],
    ['  al   mayadeen english ', 'Al Mayadeen English'],
    ['ASIA-PACIFIC RESEARCH', 'Asia-Pacific Research'],
  ])('GIVEN "%s" THEN it is %s, as the coverage writes it', (name, outlet) => {
    expect(outletCalled(name, outlets)).toBe(outlet);
  });

  test('GIVEN a name no outlet has THEN none', () => {
    expect(outletCalled('BBC', outlets)).toBeUndefined();
  });
});

describe('an outlet whose name begins with "The"', () => {
  test('GIVEN "the Northgate Herald columnist" THEN the question keeps its "the" when the name is taken out', async () => {
    const { articleOf, corpusOfArticles } = await import('../attribution/fixtures.ts');
    const articles = corpusOfArticles([
      articleOf('a', 'Moscow fears a one-person office', ['The Kremlin fears the symbol.'], 'The Northgate Herald'),
    ]).articles;
    expect(outletsNamedIn('What does the Northgate Herald columnist think?', articles)).toEqual({
      outlets: ['The Northgate Herald'],
      rest: 'What does the columnist think?',
    });
  });
});
