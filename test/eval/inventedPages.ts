/**
 * Pages of outlets the seeds do not cover, invented for the cleaner's tests (test/corpus/fixtures/layout2-*,
 * layout3-*), with questions a reader wrote on them without seeing the engine (invented-pages.json). Later batches
 * are written the same way: invented-pages-4.json (fixtures/layout4-*, tuned on) and invented-pages-5.json
 * (fixtures/layout5-*, sealed: never tuned on). Scored as the development set scores its pages: a corpus of one
 * batch's pages alone, top 3, spans, boilerplate in any top 3.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import type { DevSet } from './devSet.ts';

const FIXTURES_DIR = fileURLToPath(new URL('../corpus/fixtures/', import.meta.url));
/** The first batch's questions file; later batches are named by readInventedPages' caller. */
export const INVENTED_PAGES_FILE = 'invented-pages.json';

/**
 * One batch of invented pages (`questionsFile`, beside this module) as a set the page scorer reads, and the corpus of
 * that batch's pages alone; null when the questions file is missing.
 */
export async function readInventedPages(
  questionsFile: string = INVENTED_PAGES_FILE,
): Promise<{ set: DevSet; corpus: Corpus } | null> {
  const path = fileURLToPath(new URL(`./${questionsFile}`, import.meta.url));
  if (!existsSync(path)) return null;
  const pages = JSON.parse(readFileSync(path, 'utf8')) as DevSet['pages'];
  // The batch's pages alone, as a seeds folder holding only them would be read.
  const dir = mkdtempSync(join(tmpdir(), 'invented-pages-'));
  try {
    for (const page of pages) copyFileSync(join(FIXTURES_DIR, page.file), join(dir, page.file));
    const corpus = await loadCorpus(dir);
    return {
      set: { questions: [], pages, pagesDir: FIXTURES_DIR, chrome: pages.flatMap((page) => page.boilerplateSamples) },
      corpus,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
