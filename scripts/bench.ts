/**
 * `npm run bench [-- --sizes 1000,10000,100000]`: speed and memory of the engine on the seeds and on
 * synthetic corpora (scripts/syntheticCorpus.ts), printed as markdown tables with each target marked.
 *
 * For each corpus:
 * - build: createSearchEngine(corpus), median of several runs (one at 100k);
 * - latency: answerQuestion() (the entry point the terminal and the bot call) over every eval question (with
 *   its thread context), after one warm-up pass;
 * - heap: process.memoryUsage().heapUsed after a forced full GC, before and after the build (the engine's
 *   share is the difference); GC is exposed in-process with v8.setFlagsFromString('--expose-gc');
 * - persisted index: the file's size and the time to read it back (readEngineIndex) in this process;
 * - cold start: a new process running `tsx src/main.ts "<question>"`, as `npm start` does (without npm's
 *   own start-up), timed from spawn to exit after printing the answer, once with no saved index (it
 *   rebuilds from the seed files) and once with one (it loads it). Synthetic corpora are written as
 *   seed files to a temporary folder for this, outside the repository, and removed afterwards.
 * - rebuild while answering (issue 11, item 11): what /reindex does, timed from start to the new engine ready to
 *   answer, with the longest stall of this thread's event loop meanwhile (an interval timer's largest gap):
 *   built on another thread (buildEngineOffThread) against built here (loadCorpus, createSearchEngine, attribution);
 * - one article added in place (issue 13): what /add-article does once Add is pressed, and the first answer after;
 * - hostile seeds (issue 11, items 6-10): start-and-answer with each hostile seed shape of scripts/hostileSeeds.ts
 *   added to a copy of the seeds (and the 200 KB question on the clean seeds), each as a ratio to the clean seeds
 *   in the same run; `--hostile-only` runs just this part.
 * Progress goes to stderr; the tables to stdout.
 */
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { prepareArticle } from '../src/corpus/addArticle.ts';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { answerQuestion } from '../src/answer/answerQuestion.ts';
import { attributionOf } from '../src/attribution/attribution.ts';
import { createSearchEngine, type SearchEngine } from '../src/search/engine.ts';
import { engineWithArticle } from '../src/search/engineWithArticle.ts';
import { corpusWithoutArticle, engineWithoutArticle } from '../src/search/engineWithoutArticle.ts';
import { knownWordsInSteps } from '../src/search/knownWords.ts';
import { readEngineIndex, writeEngineIndex } from '../src/search/persistedEngine.ts';
import { buildEngineOffThread } from '../src/search/offThread.ts';
import { prepareAnswers, prepareAnswersInSteps } from '../src/answer/prepareAnswers.ts';
import { readQuestions } from '../test/eval/questions.ts';
import { burstDuringRebuild, type BurstTimes } from './ackBurst.ts';
import { HOSTILE_SEEDS, longQuestion } from './hostileSeeds.ts';
import { syntheticCorpus } from './syntheticCorpus.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SEEDS_DIR = join(REPO, 'seeds');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const MAIN = join(REPO, 'src', 'main.ts');
const DEFAULT_SIZES = [1000, 10_000, 100_000];
const MiB = 1024 * 1024;

const TARGETS = {
  p99SeedsMs: 5,
  /** Issue 13: under 20 ms at 100k passages (issue 11 asked 50). */
  p99At100kMs: 20,
  coldStartSeedsMs: 1000,
  /** Issue 13: a cold start from the saved index, and one article added (or removed), at 100k passages. */
  coldStartSavedAt100kMs: 3000,
  addArticleAt100kMs: 1000,
  /** Issue 13: the answer p99 at least this many times plain MiniSearch's with fuzzy search on, same run. */
  baselineRatioAt100k: 50,
  /** Heap per passage at any synthetic size at most this factor times that of the smallest: growth at most linear. */
  linearFactor: 1.5,
  /** Start-and-answer with a hostile seed (or question) at most this factor times that of the clean seeds. */
  hostileRatio: 2,
} as const;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

interface Row {
  name: string;
  passages: number;
  articles: number;
  buildMs: number;
  buildRuns: number;
  p50: number;
  p95: number;
  p99: number;
  samples: number;
  /** Plain MiniSearch with fuzzy and prefix search, on BASELINE_QUESTIONS of the same questions. */
  baselineP50: number;
  baselineP99: number;
  heapUsedMiB: number;
  engineMiB: number;
  engineKiBPerPassage: number;
  queryCachesMiB: number;
  indexMiB: number;
  writeIndexMs: number;
  loadIndexMs: number;
  coldRebuildMs: number | null;
  coldLoadMs: number | null;
  coldNote: string;
  rebuild: RebuildTimes;
  /** One article added in place (what /add-article does once confirmed), and its first question after. */
  addArticleMs: number;
  firstAnswerAfterAddMs: number;
  /** The same article taken out again in place (what /remove-article does once confirmed), and the first answer after. */
  removeArticleMs: number;
  /** Of that, the one step that holds the event loop (the index changed and the new engine made ready). */
  removeArticleBlockMs: number;
  firstAnswerAfterRemoveMs: number;
}

/** A rebuild's wall time and the longest stall of the main thread's event loop during it, both in ms. */
interface RebuildTimes {
  offThreadMs: number;
  offThreadStallMs: number;
  hereMs: number;
  hereStallMs: number;
}

function parseSizes(value: string | boolean | undefined): number[] {
  if (value === undefined) return DEFAULT_SIZES;
  const text = typeof value === 'string' ? value : '';
  const sizes = text
    .split(',')
    .filter(Boolean)
    .map((size) => Number(size.replace(/k$/i, '000')));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    throw new Error(`--sizes expects passage counts separated by commas, e.g. --sizes 1000,10000 (got "${text}")`);
  }
  return sizes;
}

const progress = (message: string) => process.stderr.write(`${message}\n`);
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? NaN;
}

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function heapAndBuffers(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function timeBuilds(corpus: Corpus, runs: number): { engine: SearchEngine; times: number[] } {
  const times: number[] = [];
  let engine: SearchEngine | undefined;
  for (let run = 0; run < runs; run++) {
    engine = undefined;
    const started = performance.now();
    engine = createSearchEngine(corpus);
    times.push(performance.now() - started);
  }
  if (!engine) throw new Error('no build ran');
  return { engine, times };
}

/** Questions the plain MiniSearch baseline is timed on at each size: every few of the eval's, a few seconds each at 100k. */
const BASELINE_QUESTIONS = 40;

/**
 * The same questions over a plain MiniSearch of the same passages (its default tokenizer and term processing, fuzzy
 * 0.2 and prefix search on, the first 300 results read): what a bot built on MiniSearch alone would spend.
 */
function baselineLatencies(corpus: Corpus): number[] {
  const index = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  index.addAll(corpus.passages.map((passage) => ({ id: passage.id, text: passage.text })));
  const questions = readQuestions();
  const step = Math.max(1, Math.floor(questions.length / BASELINE_QUESTIONS));
  const sample = questions.filter((_, i) => i % step === 0).slice(0, BASELINE_QUESTIONS);
  const times: number[] = [];
  for (const { question } of sample) {
    const started = performance.now();
    index.search(question, { fuzzy: 0.2, prefix: true }).slice(0, 300);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

function latencies(engine: SearchEngine, rounds: number): number[] {
  const questions = readQuestions();
  const attribution = attributionOf(engine);
  const askOne = (question: (typeof questions)[number]) =>
    answerQuestion(engine, question.question, question.context ? { context: question.context } : {}, attribution);
  for (const question of questions) askOne(question);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const question of questions) {
      const started = performance.now();
      askOne(question);
      times.push(performance.now() - started);
    }
  }
  return times.sort((a, b) => a - b);
}

/**
 * One `tsx src/main.ts "question"` in `cwd` (where .index/ is looked for), from spawn to exit; with `typed`, no
 * question on the command line and these lines on its input instead (as typed into the terminal).
 */
function coldStart(
  seedsDir: string,
  cwd: string,
  question: string | null,
  typed?: string,
): Promise<{ ms: number; log: string; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SEEDS_DIR: seedsDir, LOG_LEVEL: 'info' };
  // Terminal mode, whatever the machine's environment says: never connect to Discord from a benchmark.
  for (const key of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'NODE_OPTIONS'])
    delete env[key];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(TSX, question === null ? [MAIN] : [MAIN, question], {
      cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(typed ?? '');
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0 || !stdout.trim()) reject(new Error(`cold start exited ${code}: ${stderr.slice(-500)}`));
      else resolve({ ms, log: stderr, stdout });
    });
  });
}

async function coldStarts(
  seedsDir: string,
  work: string,
  runs: number,
): Promise<{ rebuild: number | null; load: number | null; note: string }> {
  const question = readQuestions()[0]?.question ?? 'Who is Kim Seol-hwa?';
  const cwd = await mkdtemp(join(work, 'cwd-'));
  const rebuild: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ms, log } = await coldStart(seedsDir, cwd, question);
    if (!/No saved search index/.test(log)) throw new Error(`expected a rebuild, got: ${log}`);
    rebuild.push(ms);
  }
  const load: number[] = [];
  let note = '';
  for (let attempt = 0; attempt < 2 && load.length < runs; attempt++) {
    await writeEngineIndex(seedsDir, { indexFile: join(cwd, '.index', 'engine.json') });
    for (let run = load.length; run < runs; run++) {
      const { ms, log } = await coldStart(seedsDir, cwd, question);
      // Someone editing src/search or src/corpus meanwhile changes the engine's fingerprint: write it again.
      if (!/Loaded the search index/.test(log)) {
        note = `index not loaded: ${log.trim().split('\n').at(-1) ?? ''}`;
        break;
      }
      load.push(ms);
    }
  }
  await rm(cwd, { recursive: true, force: true });
  return { rebuild: median(rebuild), load: load.length > 0 ? median(load) : null, note: load.length > 0 ? '' : note };
}

interface HostileRow {
  name: string;
  item: string;
  bytes: number;
  ms: number;
  ratio: number;
  note: string;
}

/**
 * Typed at every start: a question about the hostile seeds' zeppelin (so the hostile passages are read, and
 * refused on the clean seeds) and one about the seeds.
 */
const HOSTILE_QUESTIONS = ['When did the zeppelin hangar reopen?', 'What did Mao Ning say about NATO?'] as const;
const HOSTILE_RUNS = 5;

/**
 * Start-and-answer (a new terminal process, no saved index, two questions typed) on the clean seeds, on the seeds
 * plus each hostile seed file, and on the clean seeds with the second question 200 KB long; the cases take turns,
 * run by run, so a change in the machine's load falls on all of them. Median of HOSTILE_RUNS each.
 */
async function hostileStarts(work: string): Promise<HostileRow[]> {
  const cwd = await mkdtemp(join(work, 'hostile-cwd-'));
  const typed = (second: string) => `${HOSTILE_QUESTIONS[0]}\n${second}\n`;
  const cases: { name: string; item: string; bytes: number; seedsDir: string; input: string; file?: string }[] = [
    { name: 'clean seeds', item: '', bytes: 0, seedsDir: SEEDS_DIR, input: typed(HOSTILE_QUESTIONS[1]) },
  ];
  for (const [index, seed] of HOSTILE_SEEDS.entries()) {
    const seedsDir = join(work, `hostile-${index}`);
    await cp(SEEDS_DIR, seedsDir, { recursive: true });
    const text = seed.text();
    await writeFile(join(seedsDir, seed.file), text);
    cases.push({
      name: seed.name,
      item: String(seed.item),
      bytes: Buffer.byteLength(text),
      seedsDir,
      input: typed(HOSTILE_QUESTIONS[1]),
      file: seed.file,
    });
  }
  const question = longQuestion();
  cases.push({
    name: '200 KB question typed',
    item: '10',
    bytes: Buffer.byteLength(question),
    seedsDir: SEEDS_DIR,
    input: typed(question),
  });

  const times = cases.map(() => [] as number[]);
  const notes = cases.map(() => new Set<string>());
  for (let run = 0; run < HOSTILE_RUNS; run++) {
    for (const [index, one] of cases.entries()) {
      progress(`hostile seeds: run ${run + 1}/${HOSTILE_RUNS}, ${one.name}`);
      const { ms, log, stdout } = await coldStart(one.seedsDir, cwd, null, one.input);
      if (!/No saved search index/.test(log)) throw new Error(`expected a rebuild, got: ${log}`);
      times[index]?.push(ms);
      const skipped = one.file
        ? log.split('\n').find((line) => line.includes(`Skipped seed file ${one.file}`))
        : undefined;
      if (skipped) notes[index]?.add(`skipped: ${skipped.replace(/^.*Skipped seed file /, '')}`);
      if (one.file && !/zeppelin/i.test(stdout)) notes[index]?.add('the zeppelin question was not answered from it');
    }
  }
  await rm(cwd, { recursive: true, force: true });
  const clean = median(times[0] ?? []);
  return cases.map((one, index) => {
    const ms = median(times[index] ?? []);
    return {
      name: one.name,
      item: one.item,
      bytes: one.bytes,
      ms,
      ratio: ms / clean,
      note: [...(notes[index] ?? [])].join('; '),
    };
  });
}

function hostileReport(rows: readonly HostileRow[]): string {
  const size = (bytes: number) =>
    bytes === 0 ? '' : bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;
  const out = [
    `| hostile input (issue 11) | item | size | start and answer (ms) | ratio to clean seeds | target ≤ ${TARGETS.hostileRatio}x |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const row of rows) {
    const met = row.item === '' ? '' : verdict(row.ratio <= TARGETS.hostileRatio);
    out.push(
      `| ${row.name}${row.note ? ` (${row.note})` : ''} | ${row.item} | ${size(row.bytes)} | ${ms(row.ms)} | ${row.ratio.toFixed(2)}x | ${met} |`,
    );
  }
  out.push(
    '',
    `Start and answer: a new \`tsx src/main.ts\` process with no saved index (it reads and cleans every seed file and builds the engine), two questions typed on its input ("${HOSTILE_QUESTIONS[0]}", then "${HOSTILE_QUESTIONS[1]}" or the 200 KB question), from spawn to exit; median of ${HOSTILE_RUNS}, the cases taking turns. Each hostile seed is one file (scripts/hostileSeeds.ts) added to a copy of the seeds.`,
  );
  return out.join('\n');
}

async function writeSeedFiles(corpus: Corpus, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const article of corpus.articles) {
    const { meta } = article;
    const front = [`outlet: ${meta.outlet}`, `title: ${meta.title}`, meta.date ? `date: ${meta.date}` : '']
      .filter(Boolean)
      .join('\n');
    await writeFile(
      join(dir, meta.file),
      `---\n${front}\n---\n\n${article.passages.map((passage) => passage.text).join('\n\n')}\n`,
    );
  }
}

/** Runs `task` while an interval timer watches this thread's event loop; its wall time and the loop's longest stall. */
async function withStallWatch(task: () => Promise<void>): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const watch = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await task();
  const ms = performance.now() - started;
  clearInterval(watch);
  return { ms, stallMs: Math.max(stall, performance.now() - last) };
}

/** /reindex's work: the engine built on another thread, then here as it was before (issue 11, item 11). */
async function rebuildTimes(seedsDir: string): Promise<RebuildTimes> {
  const off = await withStallWatch(async () => {
    const { engine } = await buildEngineOffThread(seedsDir);
    // As the bot swaps it in: its words read in steps (the build here, as before, prepares all at once).
    await prepareAnswersInSteps(engine);
  });
  const here = await withStallWatch(async () => {
    const corpus = await loadCorpus(seedsDir);
    await new Promise((resolve) => setImmediate(resolve));
    prepareAnswers(createSearchEngine(corpus));
  });
  return { offThreadMs: off.ms, offThreadStallMs: off.stallMs, hereMs: here.ms, hereStallMs: here.stallMs };
}

async function measure(name: string, corpus: Corpus, seedsDir: string, work: string): Promise<Row> {
  const passages = corpus.passages.length;
  const before = heapUsed();
  const buildRuns = passages <= 1000 ? 7 : passages <= 10_000 ? 3 : 1;
  progress(`${name}: building ${buildRuns}x`);
  const { engine, times } = timeBuilds(corpus, buildRuns);
  const afterBuild = heapUsed();
  const buffersAfterBuild = heapAndBuffers();

  const rounds = passages <= 1000 ? 20 : passages <= 10_000 ? 5 : 3;
  progress(`${name}: asking ${rounds} rounds of the eval questions`);
  const asked = latencies(engine, rounds);
  const queryCaches = heapAndBuffers() - buffersAfterBuild;
  progress(`${name}: plain MiniSearch with fuzzy search, ${BASELINE_QUESTIONS} questions`);
  const baseline = baselineLatencies(corpus);

  // Last use of `engine`: adding in place extends its index.
  progress(`${name}: one article added in place, then removed`);
  const added = await addOneArticle(engine);

  progress(`${name}: persisted index`);
  const indexFile = join(work, `${name}.engine.json`);
  let started = performance.now();
  await writeEngineIndex(seedsDir, { indexFile });
  const writeIndexMs = performance.now() - started;
  const indexBytes = (await stat(indexFile)).size;
  const loads: number[] = [];
  for (let run = 0; run < (passages <= 10_000 ? 3 : 1); run++) {
    started = performance.now();
    const read = await readEngineIndex(seedsDir, { indexFile });
    loads.push(performance.now() - started);
    if (read.kind !== 'loaded') throw new Error(`${name}: the index just written did not load (${read.kind})`);
  }
  await rm(indexFile, { force: true });

  progress(`${name}: rebuild while answering`);
  const rebuild = await rebuildTimes(seedsDir);

  progress(`${name}: cold starts`);
  const cold = await coldStarts(seedsDir, work, passages <= 10_000 ? 3 : 1);

  return {
    name,
    passages,
    articles: corpus.articles.length,
    buildMs: median(times),
    buildRuns,
    p50: percentile(asked, 0.5),
    p95: percentile(asked, 0.95),
    p99: percentile(asked, 0.99),
    samples: asked.length,
    baselineP50: percentile(baseline, 0.5),
    baselineP99: percentile(baseline, 0.99),
    heapUsedMiB: afterBuild / MiB,
    engineMiB: (afterBuild - before) / MiB,
    engineKiBPerPassage: (afterBuild - before) / 1024 / passages,
    queryCachesMiB: queryCaches / MiB,
    indexMiB: indexBytes / MiB,
    writeIndexMs,
    loadIndexMs: median(loads),
    coldRebuildMs: cold.rebuild,
    coldLoadMs: cold.load,
    coldNote: cold.note,
    rebuild,
    ...added,
  };
}

/**
 * What /add-article does once Add is pressed, timed: a new page (a seed page with a paragraph of its own, so that
 * it is no duplicate) cleaned against the coverage, added to the engine in place, its answers prepared; then the
 * first question, which builds the answer caches of the new engine.
 */
async function addOneArticle(
  engine: SearchEngine,
): Promise<
  Pick<
    Row,
    'addArticleMs' | 'firstAnswerAfterAddMs' | 'removeArticleMs' | 'removeArticleBlockMs' | 'firstAnswerAfterRemoveMs'
  >
> {
  const [page] = (await readdir(SEEDS_DIR)).sort();
  const bytes = Buffer.concat([
    await readFile(join(SEEDS_DIR, page ?? '')),
    Buffer.from('\n\nThe harbour board said the new ferry timetable would be published on Monday.\n'),
  ]);
  prepareAnswers(engine);
  const started = performance.now();
  const preparation = await prepareArticle(engine.corpus, bytes, '.txt');
  if ('refused' in preparation) throw new Error(`the added article was refused: ${preparation.refused}`);
  const { article, shortLines } = preparation.prepared;
  const next = engineWithArticle(engine, article, shortLines);
  prepareAnswers(next);
  const addArticleMs = performance.now() - started;
  let asked = performance.now();
  answerQuestion(next, 'When will the new ferry timetable be published?');
  const firstAnswerAfterAddMs = performance.now() - asked;

  // Taken out again as /remove-article does: the known words in steps first, then the index changed in place.
  const removing = performance.now();
  const corpus = corpusWithoutArticle(next, article.meta.id);
  const known = await knownWordsInSteps(corpus);
  const blocking = performance.now();
  const without = engineWithoutArticle(next, article.meta.id, corpus, known);
  prepareAnswers(without);
  const removeArticleBlockMs = performance.now() - blocking;
  const removeArticleMs = performance.now() - removing;
  asked = performance.now();
  answerQuestion(without, 'When will the new ferry timetable be published?');
  return {
    addArticleMs,
    firstAnswerAfterAddMs,
    removeArticleMs,
    removeArticleBlockMs,
    firstAnswerAfterRemoveMs: performance.now() - asked,
  };
}

const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? 'n/a' : value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
const mib = (value: number) => value.toFixed(value >= 10 ? 0 : 1);
const verdict = (met: boolean | null) => (met === null ? 'not run' : met ? '**met**' : '**missed**');

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  let kernel = '';
  try {
    kernel = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    kernel = process.platform;
  }
  return `${cpu}, ${cpus().length} cores, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB (${(freemem() / 1024 ** 3).toFixed(0)} GiB free), ${kernel}, Node ${process.version}`;
}

function report(rows: readonly Row[], elapsedMs: number): string {
  const out: string[] = [];
  out.push(`Machine: ${machine()}. Run: ${new Date().toISOString()}, ${(elapsedMs / 1000).toFixed(0)} s in all.`, '');
  out.push(
    '| corpus | passages | build (ms) | p50 (ms) | p95 (ms) | p99 (ms) | heap used after build (MiB) | engine heap (MiB) | per passage (KiB) | query caches (MiB) | index file (MiB) | npm run index (ms) | load index (ms) | cold start, rebuild (ms) | cold start, saved index (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    out.push(
      `| ${row.name} | ${row.passages.toLocaleString('en-US')} | ${ms(row.buildMs)} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${mib(row.heapUsedMiB)} | ${mib(row.engineMiB)} | ${row.engineKiBPerPassage.toFixed(1)} | ${mib(row.queryCachesMiB)} | ${mib(row.indexMiB)} | ${ms(row.writeIndexMs)} | ${ms(row.loadIndexMs)} | ${ms(row.coldRebuildMs)} | ${ms(row.coldLoadMs)}${row.coldNote ? ` (${row.coldNote})` : ''} |`,
    );
  }
  out.push(
    '',
    '| corpus | rebuild on another thread (ms) | longest stall meanwhile (ms) | rebuild here, as before (ms) | longest stall meanwhile (ms) | one article added in place (ms) | first answer after (ms) | the same removed in place (ms) | of which holding the event loop (ms) | first answer after (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows) {
    out.push(
      `| ${row.name} | ${ms(row.rebuild.offThreadMs)} | ${ms(row.rebuild.offThreadStallMs)} | ${ms(row.rebuild.hereMs)} | ${ms(row.rebuild.hereStallMs)} | ${ms(row.addArticleMs)} | ${ms(row.firstAnswerAfterAddMs)} | ${ms(row.removeArticleMs)} | ${ms(row.removeArticleBlockMs)} | ${ms(row.firstAnswerAfterRemoveMs)} |`,
    );
  }
  out.push(
    '',
    '| corpus | answer p50 (ms) | answer p99 (ms) | plain MiniSearch, fuzzy + prefix, p50 (ms) | p99 (ms) | p99 ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const row of rows)
    out.push(
      `| ${row.name} | ${ms(row.p50)} | ${ms(row.p99)} | ${ms(row.baselineP50)} | ${ms(row.baselineP99)} | ${(row.baselineP99 / row.p99).toFixed(0)}x |`,
    );
  const seeds = rows.find((row) => row.name === 'seeds');
  const at100k = rows.find((row) => row.passages === 100_000);
  const synthetic = rows.filter((row) => row.name !== 'seeds');
  // Linear or better: no larger corpus costs more per passage than the factor times the smallest one.
  const smallest = [...synthetic].sort((a, b) => a.passages - b.passages)[0];
  const linear =
    smallest && synthetic.length >= 2
      ? synthetic.every((row) => row.engineKiBPerPassage <= TARGETS.linearFactor * smallest.engineKiBPerPassage)
      : null;
  const coldSeeds =
    seeds && seeds.coldRebuildMs !== null ? Math.max(seeds.coldRebuildMs, seeds.coldLoadMs ?? Infinity) : null;
  out.push('', '| target | measured | |', '| --- | --- | --- |');
  out.push(
    `| p99 answer < ${TARGETS.p99SeedsMs} ms on the seeds | ${seeds ? `${ms(seeds.p99)} ms` : 'n/a'} | ${verdict(seeds ? seeds.p99 < TARGETS.p99SeedsMs : null)} |`,
  );
  out.push(
    `| p99 answer < ${TARGETS.p99At100kMs} ms at 100k passages | ${at100k ? `${ms(at100k.p99)} ms` : 'not run'} | ${verdict(at100k ? at100k.p99 < TARGETS.p99At100kMs : null)} |`,
  );
  out.push(
    `| answer p99 at least ${TARGETS.baselineRatioAt100k}x faster than plain MiniSearch with fuzzy search at 100k passages | ${at100k ? `${(at100k.baselineP99 / at100k.p99).toFixed(0)}x` : 'not run'} | ${verdict(at100k ? at100k.baselineP99 / at100k.p99 >= TARGETS.baselineRatioAt100k : null)} |`,
  );
  out.push(
    `| cold start from the saved index < ${TARGETS.coldStartSavedAt100kMs} ms at 100k passages | ${at100k ? `${ms(at100k.coldLoadMs)} ms` : 'not run'} | ${verdict(at100k?.coldLoadMs ? at100k.coldLoadMs < TARGETS.coldStartSavedAt100kMs : null)} |`,
  );
  out.push(
    `| one article added < ${TARGETS.addArticleAt100kMs} ms at 100k passages | ${at100k ? `${ms(at100k.addArticleMs)} ms` : 'not run'} | ${verdict(at100k ? at100k.addArticleMs < TARGETS.addArticleAt100kMs : null)} |`,
    `| one article removed at 100k passages, holding the event loop < ${TARGETS.addArticleAt100kMs} ms (the coverage's names are read again in steps before, answering meanwhile) | ${at100k ? `${ms(at100k.removeArticleBlockMs)} ms (${ms(at100k.removeArticleMs)} ms in all)` : 'not run'} | ${verdict(at100k ? at100k.removeArticleBlockMs < TARGETS.addArticleAt100kMs : null)} |`,
  );
  out.push(
    `| cold start < ${TARGETS.coldStartSeedsMs} ms on the seeds (rebuild / saved index) | ${seeds ? `${ms(seeds.coldRebuildMs)} / ${ms(seeds.coldLoadMs)} ms` : 'n/a'} | ${verdict(coldSeeds === null ? null : coldSeeds < TARGETS.coldStartSeedsMs)} |`,
  );
  out.push(
    `| engine heap grows no faster than linearly (KiB per passage at each synthetic size at most ${TARGETS.linearFactor}x that of the smallest) | ${synthetic.map((row) => `${row.engineKiBPerPassage.toFixed(1)} at ${row.passages.toLocaleString('en-US')}`).join(', ') || 'n/a'} | ${verdict(linear)} |`,
  );
  out.push(
    '',
    `Latency: answerQuestion() per eval question (${readQuestions().length} questions, each with its thread context), after a warm-up pass; ${rows.map((row) => `${row.samples} samples on ${row.name}`).join(', ')}; nearest-rank percentiles.`,
    'Build: createSearchEngine on a corpus already in memory, median of 7 runs (1k and the seeds), 3 (10k), 1 (100k).',
    'Heap: heapUsed after two forced full GCs (v8.setFlagsFromString("--expose-gc")); engine heap is the difference across the build (the corpus was already in memory); query caches are what heap and array buffers grew by over the latency runs (posting columns and scratch arrays of topResults).',
    'Index file: written by writeEngineIndex (what `npm run index` runs: read and clean the seed files, build, serialize); load index: readEngineIndex in this process (fingerprint the seeds, read, check, parse, rebuild the maps).',
    'Rebuild while answering (issue 11, item 11): what /reindex does, from its start to the new engine ready to answer (read and clean the seed files, index, attribution), once on another thread (buildEngineOffThread, then reading its saved-index text here) and once on this thread as /reindex did before; the stall is the largest gap between ticks of a 5 ms interval timer meanwhile, i.e. how long a Discord interaction arriving then would wait before the bot could acknowledge it.',
    "One article added in place: what /add-article does once Add is pressed (prepareArticle against the coverage, engineWithArticle, prepareAnswers), on the engine of the latency runs; the first answer after is the next question, which fills the new engine's answer caches; then the same article removed in place as /remove-article does (the coverage's known words worked out in steps, engineWithoutArticle, prepareAnswers), and the first answer after.",
    'Cold start: a new `tsx src/main.ts "question"` process (what `npm start` runs, without npm itself) from spawn to exit after printing the answer; median of 3 (1 at 100k). Synthetic corpora were written as seed files to a temporary folder for it, so their rebuild includes reading and cleaning the files; their passage counts after cleaning are a few percent lower.',
  );
  return out.join('\n');
}

function burstReport(name: string, times: BurstTimes): string {
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : 'never');
  return [
    '| corpus | /ask sent during the rebuild | acknowledged within 3 s | ack p50 (ms) | ack p99 (ms) | ack max (ms) | rebuild (ms) | warnings and errors logged |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${name} | ${times.interactions} | ${times.inTime} | ${ms(times.ackP50)} | ${ms(times.ackP99)} | ${ms(times.ackMax)} | ${ms(times.rebuildMs)} | ${times.problems.length} |`,
    '',
    `Burst during a rebuild (issue 13): the real bot (startBot, commands/) on the engine of this corpus, against the loopback Discord server in this process, while /reindex rebuilds the coverage from its seed files; ${BURST_NOTE}`,
  ].join('\n');
}

const BURST_NOTE =
  '200 /ask from 20 users in 5 channels arrive at once 2 s into the rebuild, then one every 250 ms until the new engine is in (some land while it is swapped in); an acknowledgement is the callback the server recorded, timed from when it sent the interaction. Discord fails an interaction not acknowledged within 3 s.';

async function main(): Promise<void> {
  // Not strict: other arguments are ignored, as they always were.
  const { values } = parseArgs({
    options: { sizes: { type: 'string' }, 'hostile-only': { type: 'boolean' }, help: { type: 'boolean' } },
    strict: false,
  });
  if (values.help) {
    console.log(
      'Usage: npm run bench [-- --sizes 1000,10000,100000] [--hostile-only]  (the seeds are always measured)',
    );
    return;
  }
  const sizes = parseSizes(values.sizes);
  const started = performance.now();
  const work = await mkdtemp(join(tmpdir(), 'coverage-bot-bench-'));
  if (values['hostile-only']) {
    try {
      const hostile = await hostileStarts(work);
      console.log(
        `Machine: ${machine()}. Run: ${new Date().toISOString()}, ${((performance.now() - started) / 1000).toFixed(0)} s in all.\n\n${hostileReport(hostile)}`,
      );
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return;
  }
  const rows: Row[] = [];
  let hostile: HostileRow[] = [];
  let burst: { name: string; times: BurstTimes } | null = null;
  try {
    const seeds = await loadCorpus(SEEDS_DIR);
    // Load what a process loads once, on the first question that needs it (the English lexicon of
    // analyzeQuestion, ~20 MiB), before anything is measured, so it is counted in no corpus's figures.
    const warmUp = createSearchEngine(seeds);
    for (const question of readQuestions())
      answerQuestion(warmUp, question.question, question.context ? { context: question.context } : {});
    rows.push(await measure('seeds', seeds, SEEDS_DIR, work));
    for (const size of sizes) {
      const name = size % 1000 === 0 ? `synthetic ${size / 1000}k` : `synthetic ${size}`;
      progress(`${name}: generating`);
      const corpus = syntheticCorpus(seeds, size);
      const seedsDir = join(work, `seeds-${size}`);
      await writeSeedFiles(corpus, seedsDir);
      rows.push(await measure(name, corpus, seedsDir, work));
      if (size === Math.max(...sizes)) {
        progress(`${name}: a burst of /ask through the loopback Discord server while /reindex rebuilds`);
        const engine = createSearchEngine(corpus);
        prepareAnswers(engine);
        burst = { name, times: await burstDuringRebuild(engine, seedsDir) };
      }
      await rm(seedsDir, { recursive: true, force: true });
    }
    hostile = await hostileStarts(work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(
    `${report(rows, performance.now() - started)}\n\n${burst ? `${burstReport(burst.name, burst.times)}\n\n` : ''}${hostileReport(hostile)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
