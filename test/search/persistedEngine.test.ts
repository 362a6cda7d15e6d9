import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { syntheticCorpus } from '../../scripts/syntheticCorpus.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { attributionOf, buildAttribution, hasAttribution } from '../../src/attribution/attribution.ts';
import { createLogger } from '../../src/logger.ts';
import { ask } from '../../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import {
  deserializeEngine,
  headerOf,
  joinIndexFile,
  readIndexFile,
  serializeEngine,
  splitIndexFile,
  type IndexSections,
} from '../../src/search/engineSerialization.ts';
import { engineFingerprint, seedFilesStamp, seedFilesStampSync } from '../../src/search/indexFingerprint.ts';
import { INDEX_FORMAT, type IndexHeader } from '../../src/search/indexFormat.ts';
import { knownWordsOf } from '../../src/search/knownWords.ts';
import { loadOrBuildEngine } from '../../src/search/loadOrBuildEngine.ts';
import { buildEngine, readEngineIndex, writeEngineIndex } from '../../src/search/persistedEngine.ts';
import { decodeTables, encodeTables } from '../../src/search/tablesSection.ts';
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
      const read = deserializeEngine(serializeEngine(fresh, { seeds: 'seeds', seedFiles: 'stamp' }), {
        seeds: 'seeds',
        engine: engineFingerprint(),
      });
      if (read.kind !== 'loaded') throw new Error(`not loaded: ${JSON.stringify(read)}`);
      const { engine } = read;
      expect(engine.corpus).toStrictEqual(fresh.corpus);
      expect([...engine.documentFrequency]).toStrictEqual([...fresh.documentFrequency]);
      const stemsOf = (of: SearchEngine) =>
        of.corpus.passages.map((passage) => [passage.id, [...(of.passageTerms.get(passage.id) ?? [])]]);
      expect(stemsOf(engine)).toStrictEqual(stemsOf(fresh));
      expect(engine.passageTerms.get('no such passage')).toBeUndefined();
      expect([...engine.vocabulary.entries()]).toStrictEqual([...fresh.vocabulary.entries()]);
      expect([...engine.groups]).toStrictEqual([...fresh.groups]);
      expect(knownWordsOf(engine)).toStrictEqual(knownWordsOf(fresh));
      // The same terms, postings, lengths and ids; MiniSearch's term tree may list its terms in another order
      // (they are set in the order they are read back), which only prefix and fuzzy index searches would notice.
      const byTerm = (index: SearchEngine['index']) => {
        const json = index.toJSON();
        return { ...json, index: [...json.index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
      };
      expect(byTerm(engine.index)).toStrictEqual(byTerm(fresh.index));
    });

    test('GIVEN a synthetic corpus of 1,000 passages written and read back THEN typo look-ups and answers are unchanged', async () => {
      const built = createSearchEngine(syntheticCorpus(await loadCorpus(SEEDS_DIR), 1000));
      const read = deserializeEngine(serializeEngine(built, { seeds: 'x', seedFiles: 'x' }), {
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

  test('GIVEN the index written by npm run index THEN its sections are read into buffers of their own, the postings at the start of theirs', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const read = await readIndexFile(indexFile);
    if (Buffer.isBuffer(read)) throw new Error('read whole: its header line was not found');
    const { sections } = headerOfFile(await readFile(indexFile));
    const { state, postings, tables, attribution } = read.sections;
    expect([state, postings, tables, attribution].map((part) => part.length)).toEqual(sections);
    for (const columns of [postings, tables]) {
      expect(columns.byteOffset).toBe(0);
      expect(columns.buffer.byteLength).toBe(columns.length);
    }
  });

  test('GIVEN the reading of the index file begun by the caller (as a start-up does) THEN it is read as if begun here: loaded, missing, or a truncated file corrupt', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const loaded = await readEngineIndex(seedsDir, { indexFile, reading: readIndexFile(indexFile) });
    if (loaded.kind !== 'loaded') throw new Error(loaded.kind);
    expect(answersOf(loaded.engine)).toStrictEqual(answersOf(await buildEngine(seedsDir)));

    const bytes = await readFile(indexFile);
    await writeFile(indexFile, bytes.subarray(0, bytes.length - 1000));
    const truncated = await readEngineIndex(seedsDir, { indexFile, reading: readIndexFile(indexFile) });
    expect(truncated).toStrictEqual({
      kind: 'corrupt',
      detail: expect.stringMatching(/truncated or altered/) as unknown,
    });

    // The reading given is the one read: of a file that is not there, though indexFile is.
    const missing = readIndexFile(`${indexFile}.absent`);
    missing.catch(() => undefined);
    expect(await readEngineIndex(seedsDir, { indexFile, reading: missing })).toStrictEqual({ kind: 'missing' });
  });

  test('GIVEN the index file read THEN its first section comes parsed with it, is taken by the first reading of the parts only, and a second reading parses it again to the same engine', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const parts = await readIndexFile(indexFile);
    if (Buffer.isBuffer(parts)) throw new Error('read whole: its header line was not found');
    expect(parts.state && 'data' in parts.state).toBe(true);
    const expected = { seeds: headerOf(parts)?.seeds ?? '', engine: engineFingerprint() };
    const first = deserializeEngine(parts, expected);
    expect(parts.state).toBeUndefined();
    const second = deserializeEngine(parts, expected);
    if (first.kind !== 'loaded' || second.kind !== 'loaded') throw new Error(`${first.kind}, ${second.kind}`);
    // Parsed afresh: the corpus's list of skipped files is the parsed section's own, not the first reading's.
    expect(second.engine.corpus.skipped).not.toBe(first.engine.corpus.skipped);
    expect(answersOf(second.engine)).toStrictEqual(answersOf(first.engine));
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

  test('GIVEN a seed edited to the same length with its modification time put back THEN the index no longer matches (the change time tells)', async () => {
    const [first] = (await readdir(seedsDir)).sort();
    if (!first) throw new Error('no seed');
    const path = join(seedsDir, first);
    // A whole second, so that putting it back gives the very same nanoseconds.
    const time = new Date('2024-01-01T00:00:00Z');
    await utimes(path, time, time);
    await writeEngineIndex(seedsDir, { indexFile });
    const before = await stat(path, { bigint: true });
    await writeFile(path, (await readFile(path, 'utf8')).replace(/NATO/, 'OTAN'));
    await utimes(path, time, time);

    const after = await stat(path, { bigint: true });
    expect([after.size, after.mtimeNs]).toStrictEqual([before.size, before.mtimeNs]);
    expect((await readEngineIndex(seedsDir, { indexFile })).kind).toBe('seeds-changed');
  });

  test('GIVEN a seed touched but not changed THEN the seeds are read and hashed again, and the index still loads', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const [first] = (await readdir(seedsDir)).sort();
    if (!first) throw new Error('no seed');
    await utimes(join(seedsDir, first), new Date(), new Date(Date.now() + 60_000));

    expect((await readEngineIndex(seedsDir, { indexFile })).kind).toBe('loaded');
  });

  test('GIVEN the seeds folder untouched since the index was written THEN its files are not read again: the fingerprint the index recorded is taken', async () => {
    await writeEngineIndex(seedsDir, { indexFile });
    const bytes = await readFile(indexFile);
    const headerEnd = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as Record<string, unknown>;
    // A fingerprint no read of the files could give: only a start-up that trusts the stamp matches it.
    await writeFile(
      indexFile,
      Buffer.concat([Buffer.from(JSON.stringify({ ...header, seeds: 'recorded' })), bytes.subarray(headerEnd)]),
    );

    expect((await readEngineIndex(seedsDir, { indexFile })).kind).toBe('loaded');
  });

  test('GIVEN a seeds folder with a dangling link and a folder in it THEN the stamp taken at start-up (blocking) is the one written with the index', async () => {
    await symlink(join(dir, 'nowhere.txt'), join(seedsDir, 'dangling.txt'));
    await mkdir(join(seedsDir, 'a folder'));
    await writeFile(join(seedsDir, '.hidden'), 'left out');

    expect(seedFilesStampSync(seedsDir)).toBe(await seedFilesStamp(seedsDir));
    await writeFile(join(seedsDir, 'zzz-new.txt'), 'A new file.');
    expect(seedFilesStampSync(seedsDir)).toBe(await seedFilesStamp(seedsDir));
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
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length * 0.6))],
    [
      'with a byte changed inside the passage and statement tables',
      (bytes: Buffer) => {
        const changed = Buffer.from(bytes);
        const [state = 0, postings = 0, tables = 0] = headerOfFile(bytes).sections;
        const at = changed.indexOf(10) + 1 + state + postings + Math.floor(tables / 2);
        changed[at] = (changed[at] ?? 0) ^ 1;
        return changed;
      },
    ],
    [
      'with a byte changed inside the postings',
      (bytes: Buffer) => {
        const changed = Buffer.from(bytes);
        const at = changed.indexOf(10) + 1 + (headerOfFile(bytes).sections[0] ?? 0) + 30;
        changed[at] = (changed[at] ?? 0) ^ 1;
        return changed;
      },
    ],
    ['not JSON at all', () => Buffer.from('garbage\u0000\u0001')],
    ['empty', () => Buffer.alloc(0)],
    [
      'without its attribution section',
      (bytes: Buffer) => {
        const { sections } = headerOfFile(bytes);
        return bytes.subarray(0, bytes.indexOf(10) + 1 + (sections[0] ?? 0) + (sections[1] ?? 0));
      },
    ],
  ])('GIVEN an index file %s THEN it is ignored with a warning and the engine is rebuilt', async (_, damage) => {
    await writeEngineIndex(seedsDir, { indexFile });
    const intact = await readFile(indexFile);
    const damaged = damage(intact);
    expect(damaged.equals(intact)).toBe(false);
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

  /**
   * The index file with its corpus section (JSON), postings (as columns of 32-bit words, see postingsSection.ts),
   * passages and statements (decoded, edited as objects and encoded again; then `tables.damage` on its bytes, when
   * set) and attribution section (JSON) edited, and the checksum made to match again.
   */
  async function handEdit(edit: Edit, raw: (line: string) => string = (line) => line): Promise<void> {
    const split = splitIndexFile(await readFile(indexFile));
    if ('problem' in split) throw new Error(split.problem);
    const { header, sections } = split;
    const state = JSON.parse(Buffer.from(sections.state).toString('utf8')) as Json;
    const attribution = JSON.parse(Buffer.from(sections.attribution).toString('utf8')) as Json;
    const postings = postingColumns(sections.postings);
    const tables: EditedTables = decodeTables(sections.tables);
    edit(state, postings, attribution, tables);
    const tableBytes = encodeTables(tables.passages, tables.statements);
    tables.damage?.(tableBytes);
    const edited: IndexSections = {
      state: Buffer.from(raw(JSON.stringify(state))),
      postings: postings.bytes,
      tables: tableBytes,
      attribution: Buffer.from(JSON.stringify(attribution)),
    };
    await writeFile(indexFile, joinIndexFile(header, edited));
  }

  /** The passages and statements as decoded, to edit; `damage`, when an edit sets it, changes the bytes encoded of them. */
  type EditedTables = { passages: Json[]; statements: Json[]; damage?: (bytes: Buffer) => void };
  type Edit = (state: Json, postings: PostingColumns, attribution: Json, tables: EditedTables) => void;

  /** The table section's 32-bit word `i` (its layout: src/search/tablesSection.ts). */
  const word = (bytes: Buffer, i: number) => bytes.readUInt32LE(i * 4);
  const setWord = (bytes: Buffer, i: number, value: number) => bytes.writeUInt32LE(value, i * 4);
  /** How many strings the table section holds: the counts of its three texts. */
  const stringCount = (bytes: Buffer) => word(bytes, 2) + word(bytes, 4) + word(bytes, 6);
  /** Where the passages' text column starts: after the 8 counts, the strings' ends, the ids, article ids and paragraphs. */
  const textColumn = (bytes: Buffer) => 8 + stringCount(bytes) + 3 * word(bytes, 0);

  test.each<[string, Edit]>([
    [
      'a passage’s text past the strings',
      (_state, _postings, _attribution, tables) =>
        (tables.damage = (bytes) => setWord(bytes, textColumn(bytes), stringCount(bytes))),
    ],
    ['an article’s outlet null', (state) => ((state.corpus.articles[0] as Json).meta.outlet = null)],
    [
      'a passage’s section past the strings',
      (_state, _postings, _attribution, tables) =>
        (tables.damage = (bytes) => setWord(bytes, textColumn(bytes) + 2 * word(bytes, 0) - 1, stringCount(bytes))),
    ],
    ['an article’s passage number a string', (state) => ((state.corpus.articles[0] as Json).passages[0] = '0')],
    ['the captions an object', (state) => ((state.corpus.articles[0] as Json).captions = { 0: 'x' })],
    ['a vocabulary leaf holding a word instead of stem numbers', (state) => (state.vocabulary = [['', ['nato']]])],
    ['a field nobody knows', (state) => ((state.corpus.articles[0] as Json).score = 1)],
    ['an index term a number', (state) => ((state.indexTerms as Json[])[0] = 7)],
    ['an index term twice', (state) => ((state.indexTerms as Json[])[1] = (state.indexTerms as Json[])[0])],
    [
      'two passages of the same id',
      (_state, _postings, _attribution, tables) => ((tables.passages[1] as Json).id = (tables.passages[0] as Json).id),
    ],
    ['a known name a number', (state) => ((state.knownWords.names as Json[])[0] = 1)],
    ['a posting for a passage that does not exist', (_state, postings) => postings.set('postingPassages', 0, 99999)],
    ['a posting that counts its term zero times', (_state, postings) => postings.set('postingCounts', 0, 0)],
    ['a passage count enormous (the size of the search’s arrays)', (_state, postings) => postings.set('head', 0, 1e9)],
    ['a field more than the index has', (_state, postings) => postings.set('head', 2, 4)],
    [
      'posting counts that do not add up',
      (_state, postings) => postings.set('termFieldCounts', 0, (postings.get('termFieldCounts', 0) ?? 0) + 1),
    ],
    ['a passage stem out of range', (_state, postings) => postings.set('stems', 0, 1e9)],
    [
      'the statements written in the attribution section as before (they are in the table section)',
      (_state, _postings, attribution, tables) => (attribution.statements = tables.statements),
    ],
    [
      'a statement’s span past its passage’s end',
      (_state, _postings, _attribution, tables) => ((tables.statements[0] as Json).span.end = 1e6),
    ],
    [
      'a statement’s span backwards',
      (_state, _postings, _attribution, tables) => {
        const span = (tables.statements[0] as Json).span as Json;
        [span.start, span.end] = [span.end, span.start];
      },
    ],
    [
      'a statement of a passage that does not exist',
      (_state, _postings, _attribution, tables) => ((tables.statements[0] as Json).passageId = 'nowhere#p1'),
    ],
    [
      'a statement’s kind unknown',
      (_state, _postings, _attribution, tables) => ((tables.statements[0] as Json).kind = 'rumour'),
    ],
    [
      'a statement group naming an unknown statement',
      (_state, _postings, attribution) => ((attribution.groups[0] as Json)[0] = 'nowhere~0'),
    ],
    [
      'a speaker summary of someone never quoted',
      (_state, _postings, attribution) => ((attribution.speakers[0] as Json).speaker = 'Nobody Quoted'),
    ],
    [
      'a speaker’s statement count a string',
      (_state, _postings, attribution) => ((attribution.speakers[0] as Json).statementCount = '3'),
    ],
    [
      'a vocabulary nested deeper than any word is long',
      (state) => {
        let tree: Json = [['', [0]]];
        for (let depth = 0; depth < 1200; depth++) tree = [['a', tree]];
        state.vocabulary = tree;
      },
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
          .replace('"articles":[{', '"articles":[{"__proto__":{"polluted":1},'),
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
    const header = {
      magic: 'coverage-bot engine index',
      format: INDEX_FORMAT,
      seeds: 's',
      seedFiles: 'f',
      engine: engineFingerprint(),
      createdAt: new Date(0).toISOString(),
      articles: 1,
      passages: 1,
    } satisfies Omit<IndexHeader, 'body' | 'sections'>;
    const file = joinIndexFile(header, {
      state: Buffer.from('{"corpus":1}'),
      postings: Buffer.from([1, 2, 3]),
      tables: Buffer.from([4, 5]),
      attribution: Buffer.from('{}'),
    });
    const read = deserializeEngine(file, { seeds: 's', engine: engineFingerprint() });
    expect(read.kind).toBe('corrupt');
  });
});

/** The parsed header of an index file (its section lengths). */
function headerOfFile(bytes: Buffer): { sections: number[] } {
  return JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString('utf8')) as { sections: number[] };
}

const COLUMNS = ['head', 'fieldLength', 'termFieldCounts', 'postingPassages', 'postingCounts', 'stems'] as const;

/** A postings section as its 32-bit columns, to edit one word of one and take the bytes back. */
interface PostingColumns {
  get(column: (typeof COLUMNS)[number], i: number): number | undefined;
  set(column: (typeof COLUMNS)[number], i: number, value: number): void;
  bytes: Buffer;
}

/** The section's layout as src/search/postingsSection.ts documents it. */
function postingColumns(section: Uint8Array): PostingColumns {
  const bytes = Buffer.alloc(section.byteLength);
  bytes.set(section);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
  const [passages = 0, terms = 0, fields = 0, postings = 0, stems = 0, lines = 0, countBytes = 4] = words;
  const averages = fields * 2;
  const start = {
    head: 0,
    fieldLength: 8 + averages,
    termFieldCounts: 8 + averages + passages * fields,
    postingPassages: 8 + averages + passages * fields + terms * fields,
    stems: 8 + averages + passages * fields + terms * fields + postings + passages + 1,
  };
  const countsAt = (start.stems + stems + lines) * 4;
  return {
    get: (column, i) =>
      column === 'postingCounts' ? bytes.readUIntLE(countsAt + i * countBytes, countBytes) : words[start[column] + i],
    set: (column, i, value) => {
      if (column === 'postingCounts') bytes.writeUIntLE(value, countsAt + i * countBytes, countBytes);
      else words[start[column] + i] = value;
    },
    bytes,
  };
}
