import { beforeAll, describe, expect, test } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import { overviewAnswer, overviewAsked } from '../../src/answer/overview.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

describe('an overview of the coverage', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  test.each([
    'give me an overview of the coverage',
    'summarize the story',
    'What is the main point of the RT article?',
    'what is this about?',
    'tl;dr please',
    'What are the key points of the Al Mayadeen report?',
  ])('GIVEN "%s" THEN it asks for the coverage as a whole', (question) => {
    expect(overviewAsked(question, engine)).toBe(true);
  });

  test.each([
    'summarize what Kim said about the Quad',
    'What happened in Brussels on April 4?',
    'What are the main points about the liaison office?',
    'What did Putin say?',
  ])('GIVEN "%s" THEN it names a topic: no overview', (question) => {
    expect(overviewAsked(question, engine)).toBe(false);
  });

  test('GIVEN an overview of all the coverage THEN what every outlet carried comes first, each passage once with all its outlets', () => {
    const overview = answerQuestion(engine, 'give me an overview of the coverage', { limit: 3 });
    expect(overview.answered).toBe(true);
    for (const passage of overview.passages)
      expect(passage.carriers.map((carrier) => carrier.outlet).sort()).toEqual([
        'Al Mayadeen English',
        'Asia-Pacific Research',
        'RT',
      ]);
    expect(overview.total).toBeLessThan(engine.corpus.passages.length);
  });

  test('GIVEN the main point of one outlet’s article THEN its lead comes first, then the rest of it in order', () => {
    const overview = overviewAnswer(engine, 'What is the main point of the RT article?', { limit: 50 });
    const rt = engine.corpus.articles.find((article) => article.meta.outlet === 'RT');
    expect(overview.passages[0]?.text).toBe(rt?.passages[0]?.text);
    expect(overview.passages.map((passage) => passage.carriers[0]?.outlet)).toEqual(overview.passages.map(() => 'RT'));
  });

  test('GIVEN "summarize it" as a follow-up THEN it summarises what the thread is about, not the whole coverage', () => {
    const followUp = answerQuestion(engine, 'summarize it', {
      context: 'What did Putin say about the Strategic Concept?',
      limit: 3,
    });
    expect(followUp.passages[0]?.text).toMatch(/Putin|Strategic Concept/);
  });
});

describe('who is quoted', () => {
  let engine: SearchEngine;
  beforeAll(async () => {
    engine = createSearchEngine(await loadCorpus(SEEDS));
  });

  test.each(['list all the people quoted', 'who is quoted?', 'who are the speakers?'])(
    'GIVEN "%s" THEN every speaker of the coverage leads the answer, each with a statement',
    (question) => {
      const answer = answerQuestion(engine, question, { limit: 50 });
      expect(answer.answered).toBe(true);
      expect(answer.asksWho).toBe(true);
      const speakers = answer.speakers.map((speaker) => speaker.speaker);
      expect(speakers).toEqual(
        expect.arrayContaining(['Kim Seol-hwa', 'Mao Ning', 'Vladimir Putin', 'Jens Stoltenberg']),
      );
      expect(speakers[0]).toBe('Kim Seol-hwa');
    },
  );

  test('GIVEN "which officials are quoted in RT?" THEN only what RT carried answers', () => {
    const answer = answerQuestion(engine, 'which officials are quoted in RT?', { limit: 50 });
    expect(answer.passages.length).toBeGreaterThan(0);
    for (const passage of answer.passages) expect(passage.carriers.map((carrier) => carrier.outlet)).toContain('RT');
    expect(answer.speakers.map((speaker) => speaker.speaker)).not.toContain('Mao Ning');
  });

  test('GIVEN "who is quoted on the liaison office?" THEN it stays a question about that topic', () => {
    const answer = answerQuestion(engine, 'Who is quoted on the liaison office?', { limit: 50 });
    expect(answer.total).toBeLessThan(engine.corpus.passages.length / 2);
    expect(answer.passages[0]?.text).toMatch(/liaison office|station/);
  });
});
