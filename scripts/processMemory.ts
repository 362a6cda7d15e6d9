/**
 * `npx tsx scripts/processMemory.ts [--sizes 10000,100000]`: what each process of a sharded bot holds
 * (docs/scaling.md), on the synthetic corpora of scripts/syntheticCorpus.ts written as seed files to a temporary
 * folder. Each figure comes from a fresh process doing what that process does in the bot:
 * - manager: saveIndexOffThread with onlyIfStale, as the ShardingManager does before starting the shards, once
 *   with no saved index (it writes one) and once with a current one (it only checks it); the worker thread's
 *   memory counts towards the process while it runs (peak) and is gone afterwards (after);
 * - shard: loadOrBuildEngine from the saved index, prepareAnswers (as createEngineHolder does), then every eval
 *   question through answerQuestion; steady is after two full GCs;
 * - shard reloading: the shard above, then loadSavedIndex and the swap another shard's change causes (both
 *   engines are alive until the swap);
 * - shard changing the seeds: the shard above, then what /reindex does in a shard: saveIndexOffThread (a worker
 *   thread reads, builds and writes) and loadSavedIndex.
 * Peaks are the process's maximum resident set size (process.resourceUsage().maxRSS). `--in-process N` builds an
 * engine of N synthetic passages in this process instead and tries to serialize it (for sizes no shard loads).
 * Progress goes to stderr, the tables to stdout.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Corpus } from '../src/corpus/types.ts';
import type { SearchEngine } from '../src/search/engine.ts';

// Everything else is imported where it is used, so that each measured process loads only the modules of the
// process it stands for.

const REPO = fileURLToPath(new URL('../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const MiB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type Stage = 'manager' | 'shard' | 'reload' | 'origin';

interface Figures {
  stage: Stage;
  passages: number;
  ms: number;
  /** Resident set after the work (after two full GCs), MiB. */
  rss: number;
  heapUsed: number;
  /** external + array buffers, MiB. */
  external: number;
  /** Highest resident set of the process, MiB. */
  peak: number;
  note: string;
}

function memory(): Pick<Figures, 'rss' | 'heapUsed' | 'external' | 'peak'> {
  gc();
  gc();
  const used = process.memoryUsage();
  return {
    rss: used.rss / MiB,
    heapUsed: used.heapUsed / MiB,
    external: (used.external + used.arrayBuffers) / MiB,
    peak: process.resourceUsage().maxRSS / 1024,
  };
}

/** A shard at start-up (with discord.js's modules, not connected): the saved index loaded, answers prepared, every eval question asked once. */
async function startShard(seedsDir: string, indexFile: string): Promise<{ engine: SearchEngine; timing: string }> {
  const started = performance.now();
  await import('discord.js');
  const { createLogger } = await import('../src/logger.ts');
  const { loadOrBuildEngine } = await import('../src/search/loadOrBuildEngine.ts');
  const { prepareAnswers } = await import('../src/answer/prepareAnswers.ts');
  const { answerQuestion } = await import('../src/answer/answerQuestion.ts');
  const { readQuestions } = await import('../test/eval/questions.ts');
  const imported = performance.now();
  const log = createLogger('info', [], (line) => {
    if (!line.includes('Loaded the search index')) throw new Error(`the shard did not load the saved index: ${line}`);
  });
  const engine = await loadOrBuildEngine(seedsDir, log, { indexFile });
  const loaded = performance.now();
  prepareAnswers(engine);
  const prepared = performance.now();
  const questions = readQuestions();
  for (const { question, context } of questions)
    answerQuestion(engine, question, { limit: 5, ...(context ? { context } : {}) });
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  const timing = `imports ${seconds(started, imported)} s, load ${seconds(imported, loaded)} s, prepareAnswers ${seconds(loaded, prepared)} s, ${questions.length} questions ${seconds(prepared, performance.now())} s`;
  return { engine, timing };
}

/** One stage in this (child) process; its figures as one JSON line on stdout. */
async function child(stage: Stage, seedsDir: string, indexFile: string): Promise<void> {
  const started = performance.now();
  let passages = 0;
  let note = '';
  // Kept alive to the end, as the bot keeps its engine.
  let engine: SearchEngine | null = null;
  const { loadSavedIndex, saveIndexOffThread } = await import('../src/search/savedIndexOffThread.ts');
  if (stage === 'manager') {
    // The manager's own modules (src/main.ts's are loaded too, and weigh little next to discord.js).
    await import('../src/bot/shardManager.ts');
    const saved = await saveIndexOffThread(seedsDir, indexFile, { onlyIfStale: true });
    passages = saved.passages;
    note =
      saved.kind === 'current'
        ? 'index current: checked'
        : `index ${saved.was}: written, ${(saved.bytes / MiB).toFixed(1)} MiB`;
  } else {
    // Nothing else may hold the first engine: a reload's figures are those of the engine that replaced it.
    ({ engine, timing: note } = await startShard(seedsDir, indexFile));
    passages = engine.corpus.passages.length;
    if (stage !== 'shard') {
      const shardMs = performance.now() - started;
      const again = performance.now();
      if (stage === 'origin') await saveIndexOffThread(seedsDir, indexFile);
      const read = await loadSavedIndex(seedsDir, indexFile);
      if (read.kind !== 'loaded') throw new Error(`the saved index was not loaded: ${read.kind}`);
      (await import('../src/answer/prepareAnswers.ts')).prepareAnswers(read.engine);
      engine = read.engine;
      note = `start-up ${(shardMs / 1000).toFixed(1)} s, then ${stage === 'origin' ? 'saved and loaded' : 'loaded'} in ${((performance.now() - again) / 1000).toFixed(1)} s`;
    }
  }
  const figures: Figures = { stage, passages, ms: performance.now() - started, ...memory(), note };
  if (engine === null && stage !== 'manager') throw new Error('no engine');
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Runs one stage in a fresh process (tsx, as the bot runs) and returns its figures. */
function runStage(stage: Stage, seedsDir: string, indexFile: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', SELF, '--child', stage, seedsDir, indexFile], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    process_.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    process_.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${stage} exited with ${code}: ${out}`));
      else resolve(JSON.parse(line) as Figures);
    });
  });
}

async function writeSeedFiles(corpus: Corpus, dir: string): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (const article of corpus.articles) {
    const { meta } = article;
    const front = [`outlet: ${meta.outlet}`, `title: ${meta.title}`, meta.date ? `date: ${meta.date}` : '']
      .filter(Boolean)
      .join('\n');
    const text = `---\n${front}\n---\n\n${article.passages.map((passage) => passage.text).join('\n\n')}\n`;
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, meta.file), text);
  }
  return bytes;
}

const progress = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
const mib = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

async function measureSizes(sizes: number[]): Promise<void> {
  const { loadCorpus } = await import('../src/corpus/loadCorpus.ts');
  const { syntheticCorpus } = await import('./syntheticCorpus.ts');
  const seeds = await loadCorpus(join(REPO, 'seeds'));
  const work = await mkdtemp(join(tmpdir(), 'process-memory-'));
  const rows: string[] = [];
  try {
    for (const size of sizes) {
      const seedsDir = join(work, `seeds-${size}`);
      const indexFile = join(work, `index-${size}`, 'engine.json');
      progress(`${size}: writing seed files`);
      const seedBytes = await writeSeedFiles(syntheticCorpus(seeds, size), seedsDir);
      const stages: Array<[string, Stage]> = [
        ['manager, no saved index', 'manager'],
        ['manager, saved index current', 'manager'],
        ['shard', 'shard'],
        ['shard reloading', 'reload'],
        ['shard changing the seeds', 'origin'],
      ];
      for (const [name, stage] of stages) {
        progress(`${size}: ${name}`);
        const figures = await runStage(stage, seedsDir, indexFile);
        const indexMiB = (await stat(indexFile)).size / MiB;
        rows.push(
          `| ${figures.passages.toLocaleString('en')} | ${name} | ${mib(figures.rss)} | ${mib(figures.heapUsed)} | ${mib(figures.external)} | ${mib(figures.peak)} | ${(figures.ms / 1000).toFixed(1)} | ${mib(indexMiB)} | ${mib(seedBytes / MiB)} | ${figures.note} |`,
        );
        process.stdout.write(`${rows.at(-1)}\n`);
      }
      await rm(seedsDir, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  process.stdout.write(
    [
      '',
      '| passages | process | RSS after (MiB) | heap used (MiB) | external + array buffers (MiB) | peak RSS (MiB) | wall (s) | index file (MiB) | seed files (MiB) | note |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...rows,
      '',
    ].join('\n'),
  );
}

/** Builds an engine of `size` synthetic passages here, with its attribution, and tries to serialize it as the saved index. */
async function inProcess(size: number): Promise<void> {
  const { loadCorpus } = await import('../src/corpus/loadCorpus.ts');
  const { syntheticCorpus } = await import('./syntheticCorpus.ts');
  const { createSearchEngine } = await import('../src/search/engine.ts');
  const { prepareAnswers } = await import('../src/answer/prepareAnswers.ts');
  const { serializeEngine } = await import('../src/search/engineSerialization.ts');
  const seeds = await loadCorpus(join(REPO, 'seeds'));
  const base = memory();
  progress(`${size}: generating`);
  const corpus = syntheticCorpus(seeds, size);
  const withCorpus = memory();
  progress(`${size}: building`);
  let started = performance.now();
  const engine = createSearchEngine(corpus);
  const buildMs = performance.now() - started;
  const built = memory();
  progress(`${size}: attribution and answer data`);
  started = performance.now();
  prepareAnswers(engine);
  const prepareMs = performance.now() - started;
  const prepared = memory();
  progress(`${size}: serializing`);
  started = performance.now();
  let serialized: string;
  try {
    serialized = `${(serializeEngine(engine, { seeds: 'x', seedFiles: 'x' }).length / MiB).toFixed(0)} MiB`;
  } catch (error) {
    serialized = `failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
  const serializeMs = performance.now() - started;
  const line = {
    passages: corpus.passages.length,
    articles: corpus.articles.length,
    stems: engine.documentFrequency.size,
    surfaceWords: engine.vocabulary.size,
    heapLimitMiB: getHeapStatistics().heap_size_limit / MiB,
    corpusHeapMiB: withCorpus.heapUsed - base.heapUsed,
    engineHeapMiB: built.heapUsed - withCorpus.heapUsed,
    attributionAndAnswerDataMiB: prepared.heapUsed - built.heapUsed,
    heapUsedMiB: prepared.heapUsed,
    rssMiB: prepared.rss,
    peakRssMiB: memory().peak,
    buildS: buildMs / 1000,
    prepareS: prepareMs / 1000,
    serializeS: serializeMs / 1000,
    serialized,
  };
  process.stdout.write(`${JSON.stringify(line, null, 2)}\n`);
}

const { values, positionals } = parseArgs({
  options: { sizes: { type: 'string' }, child: { type: 'string' }, 'in-process': { type: 'string' } },
  allowPositionals: true,
});
if (values.child) {
  const [seedsDir, indexFile] = positionals;
  if (!seedsDir || !indexFile) throw new Error('--child STAGE SEEDS_DIR INDEX_FILE');
  await child(values.child as Stage, seedsDir, indexFile);
} else if (values['in-process']) {
  await inProcess(Number(values['in-process']));
} else {
  await measureSizes((values.sizes ?? '10000,100000').split(',').map(Number));
}
