import { describe, expect, test } from 'vitest';
import { ANALYSIS_RULES, analyzeQuestion } from '../../src/search/analyzeQuestion.ts';
import { termOf } from '../../src/search/analyzer.ts';
import { ask } from '../../src/search/ask.ts';
import { coverageNeighbours } from '../../src/search/coverageNeighbours.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { corpusOf } from '../attribution/fixtures.ts';
import { withRuleOff } from '../ruleSwitch.ts';

describe('the coverage words nearest by vector', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Japan and NATO plan to deepen collaboration in tackling cyber threats, the report said.',
      'Japan and NATO will open a liaison office in Tokyo next year, officials said.',
      'The ministry said the move was well received, given the talks so far.',
    ]),
  );
  const stem = (word: string) => termOf(word)?.stem;

  test('GIVEN a word the coverage never uses THEN its nearest words the coverage writes stand in ("hackers" / cyber)', () => {
    expect(coverageNeighbours(engine, 'hackers', 3, 0.55).map((neighbour) => neighbour.stem)).toContain(stem('cyber'));
  });

  test('GIVEN a very common word, or one without a vector THEN nothing stands in: common words sit near everything', () => {
    expect(coverageNeighbours(engine, 'good', 3, 0.3)).toEqual([]);
    expect(coverageNeighbours(engine, 'zzqxv', 3, 0.3)).toEqual([]);
    // "well" and "given" are too common to stand in for anything.
    const nearOther = coverageNeighbours(engine, 'reception', 5, 0.3).map((neighbour) => neighbour.stem);
    expect(nearOther).not.toContain(stem('well'));
    expect(nearOther).not.toContain(stem('given'));
  });

  test('GIVEN a question in words the coverage never uses THEN the passage in its nearest words answers it first', () => {
    const question = 'Will Tokyo and the alliance team up against hackers?';
    const hackers = analyzeQuestion(question, engine).find((concept) => concept.label === 'hackers');
    expect(hackers?.related.has(stem('cyber') ?? '')).toBe(true);
    expect(ask(engine, question).passages[0]?.text).toMatch(/cyber threats/);
  });

  test('GIVEN the rule switched off THEN the word has no stand-in (what the test above measures)', () => {
    ANALYSIS_RULES.wordVectors = false;
    try {
      const hackers = analyzeQuestion('Will Tokyo and the alliance team up against hackers?', engine).find(
        (concept) => concept.label === 'hackers',
      );
      expect(hackers?.related.has(stem('cyber') ?? '')).toBe(false);
    } finally {
      ANALYSIS_RULES.wordVectors = true;
    }
  });
});

describe('the coverage words nearest by vector, for a word the coverage uses', () => {
  const engine = createSearchEngine(
    corpusOf([
      'Japan will expand its navy over the next five years, the ministry said.',
      'Japan will build a new port in the south, officials said.',
    ]),
  );
  const stem = (word: string) => termOf(word)?.stem ?? '';
  const build = () => analyzeQuestion('Did Japan build up its navy?', engine).find((c) => c.label === 'build');

  test('GIVEN "build", which the coverage uses THEN "expand" stands in too, weaker than for a word it never uses', () => {
    const weight = build()?.related.get(stem('expand'));
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThan(0.2);
  });

  test('GIVEN "port", which the coverage uses, and "ship" only 0.64 near THEN "ship" is no stand-in (the floor is 0.7)', () => {
    const withShip = createSearchEngine(
      corpusOf(['Japan will build a new port in the south.', 'The ship sailed from Sasebo on Monday.']),
    );
    const port = analyzeQuestion('Where is the new port?', withShip).find((c) => c.label === 'port');
    expect(port?.related.has(stem('ship'))).toBe(false);
  });

  test('GIVEN the rule switched off THEN a word the coverage uses has no stand-in by vector', () => {
    withRuleOff(ANALYSIS_RULES, 'knownWordNeighbours', () => expect(build()?.related.has(stem('expand'))).toBe(false));
  });
});
