import { describe, expect, test } from 'vitest';
import { syntheticCorpus } from '../../scripts/syntheticCorpus.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import { knownWordsOf, prepareKnownWords } from '../../src/search/knownWords.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';

describe('prepareKnownWords', () => {
  test('GIVEN 5,000 passages WHEN their words are prepared in steps THEN other work runs in between, and the words are those read at once', async () => {
    const corpus = syntheticCorpus(await loadCorpus(SEEDS_DIR), 5000);
    const stepped = createSearchEngine(corpus);
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    await prepareKnownWords(stepped);
    ticking = false;
    expect(ticks).toBeGreaterThan(1);
    const atOnce = knownWordsOf(createSearchEngine(corpus));
    const prepared = knownWordsOf(stepped);
    expect([...prepared.names].sort()).toEqual([...atOnce.names].sort());
    expect([...prepared.metadata].sort()).toEqual([...atOnce.metadata].sort());
    expect([...prepared.hyphenated].sort()).toEqual([...atOnce.hyphenated].sort());
  });
});
