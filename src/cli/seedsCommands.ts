import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import type { Config } from '../config.ts';
import { ArticleExistsError, checkArticleFile, prepareArticle, writeArticle } from '../corpus/addArticle.ts';
import { articleNamed, setAsideSeedFile } from '../corpus/removeArticle.ts';
import { engineWithArticle } from '../search/engineWithArticle.ts';
import { engineWithoutArticle } from '../search/engineWithoutArticle.ts';
import {
  buildEngine,
  DEFAULT_INDEX_FILE,
  readEngineIndex,
  saveEngineIndex,
  writeEngineIndex,
} from '../search/persistedEngine.ts';
import { escapeUnsafe, quoteName } from '../shownName.ts';

/**
 * `npm start -- add FILE`: the terminal's /add-article. The same checks (type, MAX_ARTICLE_BYTES, an article in
 * it, not a duplicate), the same name of the bot's own in the seeds folder; then the saved index is rebuilt.
 * A running bot picks the article up with /reindex. Exit status 0 once the article is in the seeds folder
 * (a saved index that cannot be written is a warning), 1 when it is not.
 */
export async function runAdd(
  config: Readonly<Config>,
  file: string,
  print: (line: string) => void,
  fail: (line: string) => void,
): Promise<number> {
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
  const found = await readEngineIndex(config.seedsDir);
  const engine = found.kind === 'loaded' ? found.engine : await buildEngine(config.seedsDir);
  const preparation = await prepareArticle(engine.corpus, bytes, checked.extension);
  if ('refused' in preparation) {
    fail(`${quoteName(file)}: ${escapeUnsafe(preparation.refused)}`);
    return 1;
  }
  const { fileName, article, shortLines } = preparation.prepared;
  const { meta } = article;
  let written: string;
  try {
    written = await writeArticle(config.seedsDir, fileName, bytes);
  } catch (error) {
    // Added by someone else since the check above.
    if (!(error instanceof ArticleExistsError)) throw error;
    fail(`${quoteName(file)}: This file is already in the coverage (as ${fileName}).`);
    return 1;
  }
  print(`Added ${quoteName(file)} as ${relative(process.cwd(), written) || written}`);
  print(`  Outlet:          ${meta.outlet}`);
  print(`  Headline:        ${meta.title}`);
  print(`  Date:            ${meta.date ?? 'none printed'}`);
  print(`  Credited source: ${meta.creditedSource ?? 'none'}`);
  print(`  Passages:        ${article.passages.length}`);
  // The article is in the coverage now: the saved index only spares the next start a rebuild, which it does by
  // itself when the seeds changed. A failure to save it is a warning, not the add's failure. The article is added
  // to the index in place: nothing else is read or indexed again.
  const saved = await saveEngineIndex(engineWithArticle(engine, article, shortLines), config.seedsDir).then(
    ({ file: indexFile }) => [
      `Added to the saved index in place: ${engine.corpus.articles.length + 1} articles, ${engine.corpus.passages.length + article.passages.length} passages; saved to ${relative(process.cwd(), indexFile) || DEFAULT_INDEX_FILE}.`,
    ],
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  if (saved instanceof Error) {
    fail(
      `Warning: the saved index was not updated (${escapeUnsafe(saved.message)}); the next start rebuilds it from the seeds folder, or run npm start -- reindex.`,
    );
  } else {
    for (const line of saved) print(line);
  }
  print(RUNNING_BOT);
  return 0;
}

/**
 * `npm start -- remove FILE`: the terminal's /remove-article. The article (named by its file in the seeds folder,
 * or its headline) is moved to DATA_DIR/removed/ and taken out of the saved index in place. Exit status 0 once the
 * file has left the seeds folder (a saved index that cannot be written is a warning), 1 when no article matches.
 */
export async function runRemove(
  config: Readonly<Config>,
  name: string,
  print: (line: string) => void,
  fail: (line: string) => void,
): Promise<number> {
  const found = await readEngineIndex(config.seedsDir);
  const engine = found.kind === 'loaded' ? found.engine : await buildEngine(config.seedsDir);
  const article = articleNamed(engine.corpus, name);
  if (!article) {
    const typed = name.trim().toLowerCase();
    const near = engine.corpus.articles
      .map((entry) => entry.meta.file)
      .filter((file) => typed && file.toLowerCase().includes(typed.slice(0, 20)))
      .slice(0, 5);
    fail(
      `${quoteName(name)}: no article of the seeds folder has that file name or headline` +
        (near.length > 0 ? ` (did you mean ${near.map(quoteName).join(', ')}?)` : ''),
    );
    return 1;
  }
  const { meta } = article;
  const setAside = await setAsideSeedFile(config.seedsDir, meta.file, config.dataDir);
  print(
    setAside
      ? `Removed ${quoteName(meta.file)} ("${escapeUnsafe(meta.title)}", ${escapeUnsafe(meta.outlet)}): moved to ${relative(process.cwd(), setAside) || setAside}`
      : `${quoteName(meta.file)} had already left the seeds folder; removing it from the saved index.`,
  );
  const saved = await saveEngineIndex(engineWithoutArticle(engine, meta.id), config.seedsDir).then(
    ({ file: indexFile }) =>
      `Removed from the saved index in place: ${engine.corpus.articles.length - 1} articles, ${engine.corpus.passages.length - article.passages.length} passages; saved to ${relative(process.cwd(), indexFile) || DEFAULT_INDEX_FILE}.`,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
  if (saved instanceof Error) {
    fail(
      `Warning: the saved index was not updated (${escapeUnsafe(saved.message)}); the next start rebuilds it from the seeds folder, or run npm start -- reindex.`,
    );
  } else print(saved);
  print(RUNNING_BOT);
  return 0;
}

const RUNNING_BOT = 'A running bot answers from the changed coverage after /reindex (or a restart).';

/** `npm start -- reindex`: rebuilds the saved index from the seeds folder and says what it holds and what it skipped. */
export async function runReindex(config: Readonly<Config>, print: (line: string) => void): Promise<number> {
  for (const line of await saveIndex(config)) print(line);
  print(RUNNING_BOT);
  return 0;
}

/** Builds the index from the seeds folder and saves it; what it holds and what it skipped, as lines to print. */
async function saveIndex(config: Readonly<Config>): Promise<string[]> {
  const { engine, file } = await writeEngineIndex(config.seedsDir);
  const { corpus } = engine;
  return [
    `Indexed ${corpus.articles.length} articles, ${corpus.passages.length} passages from ${config.seedsDir}; saved to ${relative(process.cwd(), file) || DEFAULT_INDEX_FILE}.`,
    ...corpus.skipped.map((skipped) => `  Skipped ${quoteName(skipped.file)}: ${escapeUnsafe(skipped.reason)}`),
  ];
}
