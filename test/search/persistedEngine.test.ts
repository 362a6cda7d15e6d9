import { createHash } from 'node:crypto';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { syntheticCorpus } from '../../scripts/syntheticCorpus.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { attributionOf, buildAttribution, hasAttribution } from '../../src/attribution/attribution.ts';
import { createLogger } from '../../src/logger.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { deserializeEngine, serializeEngine } from '../../src/search/engineSerialization.ts';
import { engineFingerprint } from '../../src/search/indexFingerprint.ts';
import { INDEX_FORMAT } from '../../src/search/indexFormat.ts';
import { loadOrBuildEngine } from '../../src/search/loadOrBuildEngine.ts';
import { readEngineIndex, writeEngineIndex } from '../../src/search/persistedEngine.ts';
import { SEEDS_DIR } from '../eval/normalize.ts';
import { readQuestions, type EvalQuestion } from '../eval/questions.ts';

const questions = readQuestions();

/** Parsed JSON, edited freely by the hand-edit tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function answersOf(engine: SearchEngine, asked: readonly EvalQuestion[] = questions) {
  return asked.map((question) =>
    ask(engine, question.question, { limit: 10, ...(question.context ? { context: question.context } : {}) }),
  );
}

function capturingLogger() {
  const lines: string[] = [];
  return { log: createLogger('debug', [], (line) => lines.push(line)), lines };
}

describe('persisted engine', () => {
  let dir: string;
  let seedsDir: string;
  let indexFile: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'coverage-bot-index-'));
    seedsDir = join(dir, 'seeds');
    indexFile = join(dir, '.index', 'engine.json');
    // A writable copy of the seeds, so a test can change one.
    await mkdir(seedsDir);
    for (const name of await readdir(SEEDS_DIR))
      await writeFile(join(seedsDir, name), await readFile(join(SEEDS_DIR, name)));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  describe('round trip', () => {
    let fresh: SearchEngine;

    beforeAll(async () => {
      fresh = createSearchEngine(await loadCorpus(SEEDS_DIR));
    });

    test('GIVEN the index written by npm run index THEN start-up loads it and answers every eval question exactly as a fresh build does', async () => {
      await writeEngineIndex(seedsDir, { indexFile });
      const { log, lines } = capturingLogger();
      const loaded = await loadOrBuildEngine(seedsDir, log, { indexFile });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/INFO {2}Loaded the search index/);
      expect(answersOf(loaded)).toStrictEqual(answersOf(fresh));
    });

    test('GIVEN an engine written and read back THEN its corpus and derived maps equal the built ones, in the same order', async () => {
      const read = deserializeEngine(Buffer.from(serializeEngine(fresh, 'seeds')), {
        seeds: 'seeds',
        engine: engineFingerprint(),
      });
      if (read.kind !== 'loaded') throw new Error(`not loaded: ${JSON.stringify(read)}`);
      const { engine } = read;
      expect(engine.corpus).toStrictEqual(fresh.corpus);
      expect([...engine.documentFrequency]).toStrictEqual([...fresh.documentFrequency]);
      expect([...engine.passageTerms].map(([id, terms]) => [id, [...terms]])).toStrictEqual(
        [...fresh.passageTerms].map(([id, terms]) => [id, [...terms]]),
      );
      expect([...engine.vocabulary.entries()]).toStrictEqual([...fresh.vocabulary.entries()]);
      expect([...engine.groups]).toStrictEqual([...fresh.groups]);
      // The same terms, postings, lengths and ids; MiniSearch's term tree may list its terms in another order
      // (loadJSON sets them in toJSON's order), which only prefix and fuzzy index searches would notice.
      const byTerm = (index: SearchEngine['index']) => {
        const json = index.toJSON();
        return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
      };
      expect(byTerm(engine.index)).toStrictEqual(byTerm(fresh.index));
    });

    test('GIVEN a synthetic corpus of 1,000 passages written and read back THEN typo look-ups and answers are unchanged', async () => {
      const built = createSearchEngine(syntheticCorpus(await loadCorpus(SEEDS_DIR), 1000));
      const read = deserializeEngine(Buffer.from(serializeEngine(built, 'x')), {
        seeds: 'x',
        engine: engineFingerprint(),
      });
      if (read.kind !== 'loaded') throw new Error(`not loaded: ${JSON.stringify(read)}`);
      for (const word of ['stoltenbreg', 'pyongyng', 'alliamce', 'kishda']) {
        expect([...read.engine.vocabulary.fuzzyGet(word, 2)]).toStrictEqual([...built.vocabulary.fuzzyGet(word, 2)]);
      }
      expect(answersOf(read.engine)).toStrictEqual(answersOf(built));
    });
  });

  test('GIVEN no index file THEN it builds from the seeds and says so in one line', async () => {
    const { log, lines } = capturingLogger();
    const engine = await loadOrBuildEngine(seedsDir, log, { indexFile });
    expect(engine.corpus.passages.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO {2}No saved search index at .*; rebuilding it from/);
  });

  test('GIVEN a seed changed after the index was written THEN it rebuilds, says the seeds changed, and answers from the new text', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const [first] = (await readdir(seedsDir)).sort();
    if (!first) throw new Error('no seed');
    const path = join(seedsDir, first);
    await chmod(path, 0o644);
    const added =
      'The Quokka Island Gazette reported that the zebrafish summit was postponed until further notice by its organisers.';
    await writeFile(path, `${await readFile(path, 'utf8')}\n\n${added}\n`);

    const { log, lines } = capturingLogger();
    const engine = await loadOrBuildEngine(seedsDir, log, { indexFile });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/INFO {2}The seeds changed since .* was written; rebuilding it from/);
    expect(engine.corpus.passages.some((passage) => passage.text.includes('zebrafish summit'))).toBe(true);
  });

  test('GIVEN a seed file added or removed THEN the index no longer matches', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    await writeFile(
      join(seedsDir, 'zzz-new.txt'),
      'A new article about the liaison office, long enough to be one paragraph of prose.',
    );
    expect((await readEngineIndex(seedsDir, { indexFile })).kind).toBe('seeds-changed');
  });

  test('GIVEN an index written by other engine code or options THEN it rebuilds and says why', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const text = await readFile(indexFile, 'utf8');
    const headerEnd = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, headerEnd)) as Record<string, unknown>;
    await writeFile(indexFile, `${JSON.stringify({ ...header, engine: 'another build' })}${text.slice(headerEnd)}`);
    const { log, lines } = capturingLogger();
    await loadOrBuildEngine(seedsDir, log, { indexFile });
    expect(lines).toEqual([expect.stringMatching(/INFO {2}The engine's code or options changed since/)]);
  });

  test.each([
    ['cut short', (text: string) => text.slice(0, Math.floor(text.length * 0.6))],
    [
      'with a digit changed inside the index',
      (text: string) =>
        text.replace(/("documentCount":)(\d)/, (_, key: string, digit: string) => `${key}${(Number(digit) + 1) % 10}`),
    ],
    ['not JSON at all', () => 'garbage\u0000\u0001'],
    ['empty', () => ''],
    ['without its last two sections', (text: string) => text.split('\n').slice(0, 2).join('\n')],
    ['without its attribution section', (text: string) => `${text.split('\n').slice(0, 3).join('\n')}\n`],
  ])('GIVEN an index file %s THEN it is ignored with a warning and the engine is rebuilt', async (_, damage) => {
    await writeEngineIndex(seedsDir, { indexFile });
    const intact = await readFile(indexFile, 'utf8');
    const damaged = damage(intact);
    expect(damaged).not.toBe(intact);
    await writeFile(indexFile, damaged);

    const { log, lines } = capturingLogger();
    const engine = await loadOrBuildEngine(seedsDir, log, { indexFile });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/WARN {2}Ignoring the search index .*; rebuilding it from/);
    expect(answersOf(engine, questions.slice(0, 10))).toStrictEqual(
      answersOf(createSearchEngine(await loadCorpus(seedsDir)), questions.slice(0, 10)),
    );
  });

  test('GIVEN symlinks planted at the temporary names npm run index used to write (engine.json.<pid>.tmp) WHEN it writes THEN no link is followed: the file outside is untouched and the index is a file of its own', async () => {
    const outside = join(dir, 'outside.txt');
    await writeFile(outside, 'not yours to overwrite');
    await mkdir(join(dir, '.index'));
    const planted = [`${indexFile}.${process.pid}.tmp`, `${indexFile}.tmp`, join(dir, '.index', '.engine.json.tmp')];
    for (const name of planted) await symlink(outside, name);

    await writeEngineIndex(seedsDir, { indexFile });

    expect(await readFile(outside, 'utf8')).toBe('not yours to overwrite');
    expect((await lstat(indexFile)).isFile()).toBe(true);
    expect((await readEngineIndex(seedsDir, { indexFile })).kind).toBe('loaded');
  });

  test('GIVEN a symlink planted at the index file itself WHEN npm run index writes THEN the link is replaced, not written through', async () => {
    const outside = join(dir, 'outside.txt');
    await writeFile(outside, 'not yours to overwrite');
    await mkdir(join(dir, '.index'));
    await symlink(outside, indexFile);

    await writeEngineIndex(seedsDir, { indexFile });

    expect(await readFile(outside, 'utf8')).toBe('not yours to overwrite');
    expect((await lstat(indexFile)).isFile()).toBe(true);
  });

  /** The index file with its corpus (line 2), MiniSearch (line 3) and attribution (line 4) sections edited, and the checksum made to match again. */
  async function handEdit(
    edit: (state: Json, index: Json, attribution: Json) => void,
    raw: (line: string) => string = (line) => line,
  ): Promise<void> {
    const [header = '', state = '', index = '', attribution = ''] = (await readFile(indexFile, 'utf8')).split('\n');
    const parsedState = JSON.parse(state) as Json;
    const parsedIndex = JSON.parse(index) as Json;
    const parsedAttribution = JSON.parse(attribution) as Json;
    edit(parsedState, parsedIndex, parsedAttribution);
    const body = `${raw(JSON.stringify(parsedState))}\n${JSON.stringify(parsedIndex)}\n${JSON.stringify(parsedAttribution)}\n`;
    const headerFields = JSON.parse(header) as Json;
    await writeFile(
      indexFile,
      `${JSON.stringify({ ...headerFields, body: createHash('sha256').update(body).digest('hex') })}\n${body}`,
    );
  }

  test.each<[string, (state: Json, index: Json, attribution: Json) => void]>([
    ['a passage’s text a number', (state) => ((state.corpus.passages[0] as Json).text = 42)],
    ['an article’s outlet null', (state) => ((state.corpus.articles[0] as Json).meta.outlet = null)],
    ['a paragraph number a string', (state) => ((state.corpus.passages[1] as Json).paragraph = '2')],
    ['an article’s passage number a string', (state) => ((state.corpus.articles[0] as Json).passages[0] = '0')],
    ['a stem index a string', (state) => ((state.passageTerms[0] as Json)[0] = '0')],
    ['the captions an object', (state) => ((state.corpus.articles[0] as Json).captions = { 0: 'x' })],
    ['a vocabulary leaf holding a word instead of stem numbers', (state) => (state.vocabulary = [['', ['nato']]])],
    ['a field nobody knows', (state) => ((state.corpus.passages[0] as Json).score = 1)],
    ['a document id a number', (_state, index) => (index.documentIds['0'] = 7)],
    ['a posting count a string', (_state, index) => ((index.index[0] as Json)[1]['0'] = { 0: 'many' })],
    [
      'a posting for a document that does not exist',
      (_state, index) => ((index.index[0] as Json)[1]['0'] = { 99999: 1 }),
    ],
    ['nextId enormous (the size of the search’s arrays)', (_state, index) => (index.nextId = 1e12)],
    ['the field ids swapped', (_state, index) => (index.fieldIds = { text: 1, title: 0, outlet: 2 })],
    ['a field length a string', (_state, index) => (index.fieldLength['0'] = ['24', 14, 1])],
    [
      'a statement’s text not its passage’s',
      (_state, _index, attribution) => ((attribution.statements[0] as Json).text = 'words nobody wrote'),
    ],
    [
      'a statement of a passage that does not exist',
      (_state, _index, attribution) => ((attribution.statements[0] as Json).passageId = 'nowhere#p1'),
    ],
    [
      'a statement’s kind unknown',
      (_state, _index, attribution) => ((attribution.statements[0] as Json).kind = 'rumour'),
    ],
    [
      'a statement group naming an unknown statement',
      (_state, _index, attribution) => ((attribution.groups[0] as Json)[0] = 'nowhere~0'),
    ],
  ])(
    'GIVEN a hand-edited index with %s and its checksum recomputed THEN it is ignored with a warning and the engine is rebuilt',
    async (_what, edit) => {
      await writeEngineIndex(seedsDir, { indexFile });
      await handEdit(edit);

      expect((await readEngineIndex(seedsDir, { indexFile })).kind).toBe('corrupt');
      const { log, lines } = capturingLogger();
      const engine = await loadOrBuildEngine(seedsDir, log, { indexFile });
      expect(lines).toEqual([expect.stringMatching(/WARN {2}Ignoring the search index .*; rebuilding it from/)]);
      expect(answersOf(engine, questions.slice(0, 5))).toStrictEqual(
        answersOf(createSearchEngine(await loadCorpus(seedsDir)), questions.slice(0, 5)),
      );
    },
  );

  test('GIVEN a hand-edited index with "__proto__" keys and its checksum recomputed THEN no prototype is set and it is rebuilt', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    await handEdit(
      () => undefined,
      (line) =>
        line
          .replace('{"corpus":{', '{"__proto__":{"polluted":1},"corpus":{"__proto__":{"polluted":1},')
          .replace('"passages":[{', '"passages":[{"__proto__":{"polluted":1},'),
    );
    const read = await readEngineIndex(seedsDir, { indexFile });
    expect(read.kind).toBe('corrupt');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test.each([
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '[]'],
  ])('GIVEN a header line that is JSON but %s THEN it is reported as corrupt, not thrown', (_what, header) => {
    const read = deserializeEngine(Buffer.from(`${header}\n{}\n{}\n`), { seeds: 's', engine: engineFingerprint() });
    expect(read.kind).toBe('corrupt');
  });

  test('GIVEN a saved index THEN the attribution (who says what) comes back with it, the same as one worked out afresh, with nothing left to extract', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const read = await readEngineIndex(seedsDir, { indexFile });
    if (read.kind !== 'loaded') throw new Error(read.kind);

    expect(hasAttribution(read.engine.corpus)).toBe(true);
    const restored = attributionOf(read.engine);
    const fresh = buildAttribution(await loadCorpus(seedsDir));
    expect(restored.statements).toStrictEqual(fresh.statements);
    expect(restored.groups.map((group) => group.members.map((member) => member.id))).toStrictEqual(
      fresh.groups.map((group) => group.members.map((member) => member.id)),
    );
    expect(restored.speakers).toStrictEqual(fresh.speakers);
    expect([...restored.byPassage.keys()]).toStrictEqual([...fresh.byPassage.keys()]);
  });

  test('GIVEN a checksum that matches but a body that is not an engine THEN it is reported as corrupt, not thrown', () => {
    const body = '{"corpus":1}\n{}\n{}\n';
    const header = {
      magic: 'coverage-bot engine index',
      format: INDEX_FORMAT,
      seeds: 's',
      engine: engineFingerprint(),
      body: createHash('sha256').update(body).digest('hex'),
    };
    const read = deserializeEngine(Buffer.from(`${JSON.stringify(header)}\n${body}`), {
      seeds: 's',
      engine: engineFingerprint(),
    });
    expect(read.kind).toBe('corrupt');
  });
});
