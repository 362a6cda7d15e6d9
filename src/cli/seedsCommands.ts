import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Config } from '../config.ts';
import { checkArticleFile, prepareArticle, writeArticle } from '../corpus/addArticle.ts';
import { DEFAULT_INDEX_FILE, writeEngineIndex } from '../search/persistedEngine.ts';
import { escapeUnsafe, quoteName } from '../shownName.ts';

/**
 * `npm start -- add FILE`: the terminal's /add-article. The same checks (type, MAX_ARTICLE_BYTES, an article in
 * it, not a duplicate), the same name of the bot's own in the seeds folder; then the saved index is rebuilt.
 * A running bot picks the article up with /reindex.
 */
export async function runAdd(config: Readonly<Config>, file: string, print: (line: string) => void, fail: (line: string) => void): Promise<number> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    fail(`${quoteName(file)}: no such file`);
    return 1;
  }
  const checked = checkArticleFile(file, info.size, config.maxArticleBytes);
  if ('refused' in checked) {
    fail(`${quoteName(file)}: ${escapeUnsafe(checked.refused)}`);
    return 1;
  }
  const bytes = await readFile(file);
  const preparation = await prepareArticle(config.seedsDir, bytes, checked.extension);
  if ('refused' in preparation) {
    fail(`${quoteName(file)}: ${escapeUnsafe(preparation.refused)}`);
    return 1;
  }
  const { fileName, article } = preparation.prepared;
  const { meta } = article;
  const written = await writeArticle(config.seedsDir, fileName, bytes);
  print(`Added ${quoteName(file)} as ${relative(process.cwd(), written) || written}`);
  print(`  Outlet:          ${meta.outlet}`);
  print(`  Headline:        ${meta.title}`);
  print(`  Date:            ${meta.date ?? 'none printed'}`);
  print(`  Credited source: ${meta.creditedSource ?? 'none'}`);
  print(`  Passages:        ${article.passages.length}`);
  return runReindex(config, print);
}

/** `npm start -- reindex`: rebuilds the saved index from the seeds folder and says what it holds and what it skipped. */
export async function runReindex(config: Readonly<Config>, print: (line: string) => void): Promise<number> {
  const { engine, file } = await writeEngineIndex(config.seedsDir);
  const { corpus } = engine;
  print(`Indexed ${corpus.articles.length} articles, ${corpus.passages.length} passages from ${config.seedsDir}; saved to ${relative(process.cwd(), file) || DEFAULT_INDEX_FILE}.`);
  for (const skipped of corpus.skipped) print(`  Skipped ${quoteName(skipped.file)}: ${escapeUnsafe(skipped.reason)}`);
  print('A running bot answers from the new articles after /reindex (or a restart).');
  return 0;
}
