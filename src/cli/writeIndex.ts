/**
 * `npm run index [-- --out FILE]`: builds the engine from the seeds and saves it, so start-up loads it
 * instead of rebuilding (src/search/loadOrBuildEngine.ts). Start-up rebuilds by itself, and says why,
 * whenever a seed or the engine's code changed since.
 */
import 'dotenv/config';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { configOrReport } from '../config.ts';
import { createLogger } from '../logger.ts';
import { escapeUnsafe, quoteName } from '../shownName.ts';
import { DEFAULT_INDEX_FILE, writeEngineIndex } from '../search/persistedEngine.ts';

const OPTIONS = { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

const USAGE = `Usage: npm run index [-- --out FILE]
  Builds the search engine from SEEDS_DIR (default: seeds) and writes it to FILE (default: ${DEFAULT_INDEX_FILE}).`;

async function main(): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = values.out ?? DEFAULT_INDEX_FILE;
  // Not strict, so that --help anywhere is help; anything but one --out FILE is then a usage error.
  const outs = tokens.filter((token) => token.kind === 'option' && token.name === 'out').length;
  if (
    typeof out !== 'string' ||
    !out ||
    outs > 1 ||
    positionals.length > 0 ||
    tokens.some((token) => token.kind === 'option' && !Object.hasOwn(OPTIONS, token.name))
  ) {
    console.error(USAGE);
    return 2;
  }
  const config = configOrReport(process.env, (text) => console.error(text));
  if (!config) return 1;
  const log = createLogger(config.logLevel, [config.discordToken]);
  const started = performance.now();
  const written = await writeEngineIndex(config.seedsDir, { indexFile: out }).catch((error: NodeJS.ErrnoException) => {
    log.error(`Cannot write the search index from "${config.seedsDir}" to ${out} (${error.code ?? error.message})`);
    return null;
  });
  if (!written) return 1;
  const { corpus } = written.engine;
  for (const skipped of corpus.skipped)
    log.warn(`Skipped seed file ${quoteName(skipped.file)}: ${escapeUnsafe(skipped.reason)}`);
  const megabytes = (written.bytes / 1024 / 1024).toFixed(1);
  const millis = (performance.now() - started).toFixed(0);
  console.log(
    `Wrote ${relative(process.cwd(), written.file) || written.file}: ${corpus.articles.length} articles, ${corpus.passages.length} passages, ${megabytes} MiB in ${millis} ms`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('npm run index stopped on an unexpected error:', error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
