/**
 * Pages of outlets the seeds do not cover, invented for the cleaner's tests (test/corpus/fixtures/layout2-*,
 * layout3-*), with questions a reader wrote on them without seeing the engine (invented-pages.json). Scored as the
 * development set scores its pages: a corpus of these pages alone, top 3, spans, boilerplate in any top 3.
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import type { DevSet } from './devSet.ts';

const FIXTURES_DIR = fileURLToPath(new URL('../corpus/fixtures/', import.meta.url));
const QUESTIONS_FILE = fileURLToPath(new URL('./invented-pages.json', import.meta.url));

/** The invented pages as a set the page scorer reads, and their corpus; null when the questions file is missing. */
export async function readInventedPages(): Promise<{ set: DevSet; corpus: Corpus } | null> {
  if (!existsSync(QUESTIONS_FILE)) return null;
  const pages = JSON.parse(readFileSync(QUESTIONS_FILE, 'utf8')) as DevSet['pages'];
  // The pages alone, as a seeds folder holding only them would be read.
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
