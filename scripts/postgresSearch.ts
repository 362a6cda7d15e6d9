/**
 * `npx tsx scripts/postgresSearch.ts [--sizes 100000,1000000]`: the search backend past memory that
 * docs/scaling.md proposes, measured on PostgreSQL's full-text search. Synthetic passages (scripts/syntheticCorpus.ts)
 * go into one table with their stems (the engine's own analyzer, in order) and a tsvector of them with a GIN index,
 * on a throwaway server (test/db/postgresServer.ts: Debian's PostgreSQL, default settings, fsync off). Reported:
 * load and index time, table and index sizes, and for each eval question (analysed by an in-memory engine of the
 * first size, as analyzeQuestion does) the time and row count of two candidate queries:
 * - ranked: every stem the question's concepts could match, ORed, ordered by ts_rank, the best 300 (what a
 *   plain full-text search gives in place of topResults);
 * - pruned by the gate: only the stems of the heaviest concepts, just enough of them that a passage matching none
 *   could not reach the keep floor (KEEP_FLOOR of the question's weight, scaled as ask.ts scales it), every row's id.
 * - fetch: what the gate reads of each candidate (text, stems in order, article), for the ranked query's 300 ids,
 *   by primary key.
 * At the first size it also checks the pruning against the engine: every passage rankPassages keeps must be
 * among the pruned query's rows.
 * Progress goes to stderr, the tables to stdout.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { tokensOf } from '../src/search/analyzer.ts';
import { analyzeQuestion, type Concept } from '../src/search/analyzeQuestion.ts';
import { KEEP_FLOOR, rankPassages } from '../src/search/ask.ts';
import { createSearchEngine, type SearchEngine } from '../src/search/engine.ts';
import { readQuestions } from '../test/eval/questions.ts';
import { startPostgresServer } from '../test/db/postgresServer.ts';
import { syntheticCorpus } from './syntheticCorpus.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const MiB = 1024 * 1024;
/** As ask.ts: only this many of the index's hits are weighed. */
const CANDIDATES = 300;
/** As ask.ts's floorScale: up to this many content words the floors hold as they are. */
const FLOOR_WORDS = 5;
const BATCH = 2000;

const progress = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

/** A tsquery of these lexemes ORed, each quoted so PostgreSQL takes it as it is (the stems are the engine's). */
function orQuery(stems: Iterable<string>): string {
  return [...new Set(stems)].map((stem) => `'${stem.replace(/'/g, "''")}'`).join(' | ');
}

/** Every stem by which a passage could match a concept: its own, each phrasing's, each related one's. */
function stemsOf(concept: Concept): string[] {
  return [...concept.ownStems, ...concept.phrasings.flat(), ...concept.related.keys()];
}

/**
 * The heaviest concepts a passage must match one of to reach the keep floor: a passage matching none of them covers
 * at most the rest of the question's weight (and half of each qualifier's).
 */
function gateConcepts(concepts: readonly Concept[]): Concept[] {
  const topical = concepts.filter((concept) => !concept.qualifier).sort((a, b) => b.weight - a.weight);
  const total = topical.reduce((sum, concept) => sum + concept.weight, 0);
  const qualifiers = concepts
    .filter((concept) => concept.qualifier)
    .reduce((sum, concept) => sum + 0.5 * concept.weight, 0);
  const scale = topical.length > FLOOR_WORDS ? Math.sqrt(FLOOR_WORDS / topical.length) : 1;
  const chosen: Concept[] = [];
  let rest = total;
  for (const concept of topical) {
    if (rest + qualifiers < KEEP_FLOOR * scale * total) break;
    chosen.push(concept);
    rest -= concept.weight;
  }
  return chosen;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

async function measure(
  size: number,
  analysis: SearchEngine,
  checkAgainst: SearchEngine | null,
  url: string,
  questionLimit: number,
): Promise<string[]> {
  const seeds = await loadCorpus(join(REPO, 'seeds'));
  progress(`${size}: generating`);
  const corpus = syntheticCorpus(seeds, size);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'CREATE TABLE passages (id text PRIMARY KEY, article_id text NOT NULL, text text NOT NULL, stems text[] NOT NULL, tsv tsvector NOT NULL)',
    );
    progress(`${size}: loading ${corpus.passages.length} passages`);
    const load = await timed(async () => {
      for (let start = 0; start < corpus.passages.length; start += BATCH) {
        const batch = corpus.passages.slice(start, start + BATCH);
        await client.query(
          `INSERT INTO passages (id, article_id, text, stems, tsv)
           SELECT id, article_id, text, string_to_array(stems, ' '), array_to_tsvector(string_to_array(stems, ' '))
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS batch(id, article_id, text, stems)`,
          [
            batch.map((passage) => passage.id),
            batch.map((passage) => passage.articleId),
            batch.map((passage) => passage.text),
            batch.map((passage) =>
              tokensOf(passage.text)
                .map((token) => token.stem)
                .join(' '),
            ),
          ],
        );
      }
    });
    progress(`${size}: indexing`);
    const index = await timed(() => client.query('CREATE INDEX passages_tsv ON passages USING gin (tsv)'));
    await client.query('VACUUM ANALYZE passages');
    const sizes = (
      await client.query<{ table: string; toast: string; indexes: string; gin: string; total: string }>(
        `SELECT pg_relation_size('passages') AS table, pg_total_relation_size('passages') - pg_relation_size('passages') - pg_indexes_size('passages') AS toast,
                pg_indexes_size('passages') AS indexes, pg_relation_size('passages_tsv') AS gin, pg_total_relation_size('passages') AS total`,
      )
    ).rows[0];
    if (!sizes) throw new Error('no sizes');

    progress(`${size}: querying`);
    const ranked: number[] = [];
    const rankedRows: number[] = [];
    const pruned: number[] = [];
    const prunedRows: number[] = [];
    const fetched: number[] = [];
    const fetchedRows: number[] = [];
    let checked = 0;
    let kept = 0;
    const found = { ranked: 0, pruned: 0 };
    const questionsAllFound = { ranked: 0, pruned: 0 };
    /** Questions whose first page (the 5 best passages rankPassages keeps) is all among the rows. */
    const firstPageFound = { ranked: 0, pruned: 0 };
    const questions = readQuestions()
      .filter((question) => !question.context)
      .slice(0, questionLimit);
    for (const [round, { question }] of [0, 1].flatMap((round) =>
      questions.map((question) => [round, question] as const),
    )) {
      const concepts = analyzeQuestion(question, analysis);
      if (concepts.length === 0 || concepts.some((concept) => concept.absent)) continue;
      const all = orQuery(concepts.flatMap(stemsOf));
      const gate = orQuery(gateConcepts(concepts).flatMap(stemsOf));
      if (!all || !gate) continue;
      const a = await timed(() =>
        client.query<{ id: string }>(
          `SELECT id FROM passages WHERE tsv @@ $1::tsquery ORDER BY ts_rank(tsv, $1::tsquery) DESC LIMIT ${CANDIDATES}`,
          [all],
        ),
      );
      const b = await timed(() =>
        client.query<{ id: string }>('SELECT id FROM passages WHERE tsv @@ $1::tsquery', [gate]),
      );
      const c = await timed(() =>
        client.query('SELECT id, article_id, text, stems FROM passages WHERE id = ANY($1::text[])', [
          a.value.rows.map((row) => row.id),
        ]),
      );
      // The first round warms the server's cache; the second is measured.
      if (round === 0) continue;
      ranked.push(a.ms);
      rankedRows.push(a.value.rowCount ?? 0);
      pruned.push(b.ms);
      prunedRows.push(b.value.rowCount ?? 0);
      fetched.push(c.ms);
      fetchedRows.push(c.value.rowCount ?? 0);
      if (checkAgainst) {
        const keep = rankPassages(checkAgainst, concepts, []).map((entry) => entry.id);
        checked += 1;
        kept += keep.length;
        for (const [query, rows] of [
          ['ranked', a.value.rows],
          ['pruned', b.value.rows],
        ] as const) {
          const ids = new Set(rows.map((row) => row.id));
          found[query] += keep.filter((id) => ids.has(id)).length;
          if (keep.every((id) => ids.has(id))) questionsAllFound[query] += 1;
          if (keep.slice(0, 5).every((id) => ids.has(id))) firstPageFound[query] += 1;
        }
      }
    }
    const mib = (bytes: string) => (Number(bytes) / MiB).toFixed(0);
    const line = (what: string, times: number[], rows: number[]) =>
      `| ${corpus.passages.length.toLocaleString('en')} | ${what} | ${times.length} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${percentile(rows, 50)} | ${percentile(rows, 95)} | ${Math.max(...rows)} |`;
    return [
      `| ${corpus.passages.length.toLocaleString('en')} | ${(load.ms / 1000).toFixed(0)} | ${(index.ms / 1000).toFixed(0)} | ${mib(sizes.table)} | ${mib(sizes.toast)} | ${mib(sizes.gin)} | ${mib(sizes.indexes)} | ${mib(sizes.total)} |`,
      line('ranked (ts_rank, best 300)', ranked, rankedRows),
      line('pruned by the gate (all rows)', pruned, prunedRows),
      line('fetch the 300 by id', fetched, fetchedRows),
      checkAgainst
        ? `Against the engine at ${corpus.passages.length.toLocaleString('en')} (${checked} questions, ${kept} passages rankPassages keeps): ` +
          `ranked has every kept passage for ${questionsAllFound.ranked} questions, the first page of ${firstPageFound.ranked}, and ${found.ranked} kept passages in all; ` +
          `pruned has every kept passage for ${questionsAllFound.pruned} questions, the first page of ${firstPageFound.pruned}, and ${found.pruned} in all.`
        : '',
    ];
  } finally {
    await client.end();
  }
}

const { values } = parseArgs({ options: { sizes: { type: 'string' }, questions: { type: 'string' } } });
/** Questions asked at each size (the eval's own, without a thread's context); default all. */
const questionLimit = values.questions ? Number(values.questions) : Infinity;
const sizes = (values.sizes ?? '100000,1000000').split(',').map(Number);
const first = sizes[0] ?? 100_000;
progress(`analysis engine: ${first} passages`);
const analysis = createSearchEngine(syntheticCorpus(await loadCorpus(join(REPO, 'seeds')), first));
const server = await startPostgresServer();
const results: string[][] = [];
try {
  for (const [index, size] of sizes.entries())
    results.push(
      await measure(size, analysis, index === 0 ? analysis : null, await server.createDatabase(), questionLimit),
    );
} finally {
  await server.stop();
}
process.stdout.write(
  [
    '',
    '| passages | load (s) | GIN index (s) | table (MiB) | TOAST (MiB) | GIN (MiB) | all indexes (MiB) | total (MiB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((lines) => lines[0] ?? ''),
    '',
    '| passages | candidate query | questions | p50 (ms) | p95 (ms) | max (ms) | rows p50 | rows p95 | rows max |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((lines) => lines.slice(1, 4)),
    '',
    ...results.map((lines) => lines[4] ?? '').filter(Boolean),
    '',
  ].join('\n'),
);
