import type { Logger } from '../logger.ts';
import type { SearchEngine } from './engine.ts';
import { buildEngine, DEFAULT_INDEX_FILE, readEngineIndex, type ReadOptions } from './persistedEngine.ts';

/**
 * Start-up: the persisted engine when it was built from these very seeds by this code; otherwise the
 * engine built from the seeds, with one log line saying why (a warning when the file is damaged).
 * Throws as loadCorpus does when the seeds folder cannot be read.
 */
export async function loadOrBuildEngine(
  seedsDir: string,
  log: Logger,
  options: ReadOptions = {},
): Promise<SearchEngine> {
  const file = options.indexFile ?? DEFAULT_INDEX_FILE;
  const found = await readEngineIndex(seedsDir, options);
  if (found.kind === 'loaded') {
    log.info(`Loaded the search index from ${file} (seeds unchanged since it was written)`);
    return found.engine;
  }
  const rebuild = `rebuilding it from ${seedsDir}`;
  const save = 'run `npm run index` to save it';
  if (found.kind === 'corrupt') log.warn(`Ignoring the search index ${file}: ${found.detail}; ${rebuild} (${save})`);
  else if (found.kind === 'missing') log.info(`No saved search index at ${file}; ${rebuild} (${save})`);
  else if (found.kind === 'seeds-changed')
    log.info(`The seeds changed since ${file} was written; ${rebuild} (${save})`);
  else log.info(`The engine's code or options changed since ${file} was written; ${rebuild} (${save})`);
  return buildEngine(seedsDir);
}
