import 'dotenv/config';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configOrReport } from './config.ts';
import { secretsOf } from './feedback/databaseUrl.ts';
import { createLogger, logUnexpectedError, withPrefix, type Logger } from './logger.ts';
import { DataDirInUseError } from './dataDirLock.ts';
import { escapeUnsafe, quoteName } from './shownName.ts';
import { parseCommandLine, USAGE } from './cli/commandLine.ts';
import { DEFAULT_INDEX_FILE, readIndexFile } from './search/indexFile.ts';

/** Errors only until the config is read; then the configured level, redacting the token it names. */
let log: Logger = createLogger('error');

async function main(): Promise<number> {
  const command = parseCommandLine(process.argv.slice(2));
  if (command.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command.kind === 'error') {
    console.error(command.message);
    return 2;
  }
  const config = configOrReport(process.env, (text) => console.error(text));
  if (!config) return 1;
  // Secrets never reach a log line: the token, and DATABASE_URL with its password.
  log = createLogger(config.logLevel, [
    config.discordToken,
    ...(config.databaseUrl ? secretsOf(config.databaseUrl) : []),
  ]);
  // The shards of one manager write to its terminal: each line says which shard wrote it.
  if (config.shard) log = withPrefix(log, `shard ${config.shard.id}: `);
  if (command.kind === 'add' || command.kind === 'remove' || command.kind === 'reindex') {
    // Imported here: it pulls in the corpus loader and HTML parser, which a start from the saved index skips.
    const { runAdd, runReindex, runRemove } = await import('./cli/seedsCommands.ts');
    const print = (line: string) => console.log(line);
    const fail = (line: string) => console.error(line);
    const run =
      command.kind === 'add'
        ? runAdd(config, command.file, print, fail)
        : command.kind === 'remove'
          ? runRemove(config, command.name, print, fail)
          : runReindex(config, print);
    const doing = { add: 'add the article', remove: 'remove the article', reindex: 'reindex' }[command.kind];
    return run.catch((error: NodeJS.ErrnoException) => {
      log.error(`Cannot ${doing} (${error.code ?? error.message}); check SEEDS_DIR ("${config.seedsDir}").`);
      return 1;
    });
  }
  if (config.discordToken && config.shards && command.kind === 'question') {
    // The manager holds no engine: it saves the index once, then each shard (this file again) loads it.
    const { startShards } = await import('./bot/shardManager.ts');
    const shards = await startShards(config, log, {
      file: fileURLToPath(import.meta.url),
      execArgv: process.execArgv,
    }).catch((error: unknown) => {
      log.error(
        error instanceof DataDirInUseError
          ? error.message
          : `Could not start the shards: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    });
    if (!shards) return 1;
    // Each shard has 5 s to disconnect (below); the manager waits for them, with time to spare.
    onceStopped(
      (why) => {
        log.info(`${why}: stopping the ${shards.count} shard(s)`);
        return shards.stop().then(() => log.info('Every shard stopped.'));
      },
      { patienceMs: 10_000 },
    );
    return -1;
  }

  // The saved index's reading is begun before the engine's modules are imported (a fifth of a second and more at 100k
  // passages, as long as the file's reading and checksum), so that libuv's threads read the file meanwhile; its
  // failure (no file: a rebuild) is read where it was, by readEngineIndex. The modules are imported only now: the
  // commands above never load an engine.
  const reading = readIndexFile(resolve(DEFAULT_INDEX_FILE));
  reading.catch(() => undefined);
  const [{ loadOrBuildEngine }, { runSubcommand }, { runTerminal }] = await Promise.all([
    import('./search/loadOrBuildEngine.ts'),
    import('./cli/subcommands.ts'),
    import('./cli/terminal.ts'),
  ]);
  // Written by npm ci; a copy installed without its scripts writes it once here, before anything is answered.
  const { ensureWordVectors } = await import('./search/wordVectors.ts');
  try {
    if (ensureWordVectors()) log.info('Wrote the word-vector table beside the installed packages (once).');
  } catch (error) {
    log.warn(`Could not write the word-vector table (${(error as Error).message}); answering without it.`);
  }
  const engine = await loadOrBuildEngine(config.seedsDir, log, { reading }).catch((error: NodeJS.ErrnoException) => {
    log.error(
      `Cannot read the seeds folder "${config.seedsDir}" (${error.code ?? error.message}); set SEEDS_DIR to the folder of articles.`,
    );
    return null;
  });
  if (!engine) return 1;
  const { corpus } = engine;
  for (const skipped of corpus.skipped)
    log.warn(`Skipped seed file ${quoteName(skipped.file)}: ${escapeUnsafe(skipped.reason)}`);
  log.info(`Indexed ${corpus.articles.length} articles, ${corpus.passages.length} passages from ${config.seedsDir}`);

  if (command.kind === 'who' || command.kind === 'compare') {
    runSubcommand(engine, command, process.stdout);
    return 0;
  }

  if (config.discordToken) {
    const { attributionOf, createSpeakerOf } = await import('./attribution/attribution.ts');
    const { startBot } = await import('./bot/startBot.ts');
    const { createEngineHolder } = await import('./bot/engineHolder.ts');
    // A shard shares its engine with the other shards through the saved index (src/bot/shards.ts).
    const link = config.shard
      ? (await import('./bot/shards.ts')).linkShard(config.shard, DEFAULT_INDEX_FILE, log)
      : null;
    // Who speaks in each excerpt, in the engine current when asked (articles can be added while running);
    // each corpus is attributed once, before the bot connects or a new engine is swapped in (prepareAnswers).
    const engines = createEngineHolder(engine, link?.shared);
    link?.serve(engines, config.seedsDir);
    const speakerOf = (passageId: string) => createSpeakerOf(attributionOf(engines.current().engine))(passageId);
    // A shard leaves DATA_DIR's lock to its manager, which holds it for all its shards.
    const bot = await startBot(config, engine, log, { engines, speakerOf, lockDataDir: !config.shard }).catch(
      (error: unknown) => {
        // Another bot runs on DATA_DIR: one line saying which, not a stack.
        if (!(error instanceof DataDirInUseError)) throw error;
        log.error(error.message);
        return null;
      },
    );
    if (!bot) {
      link?.close();
      return 1;
    }
    onceStopped(
      (why) => {
        log.info(`${why}: disconnecting from Discord`);
        return bot.stop().then(() => {
          link?.close();
          // The channel to the manager would keep the process alive (discord.js listens on it).
          process.channel?.unref();
        });
      },
      { patienceMs: 5000, orphanable: Boolean(config.shard) },
    );
    return -1;
  }
  if (process.stdin.isTTY || command.question !== null) {
    console.error(
      'No DISCORD_TOKEN set: answering in the terminal. Set it in .env (see .env.example) to connect to Discord.',
    );
  }
  await runTerminal(engine, command.question, {
    json: command.json,
    context: command.context,
    input: process.stdin,
    output: process.stdout,
  });
  return 0;
}

/**
 * Runs `stop` once, on SIGINT or SIGTERM (Ctrl-C, `docker stop`, systemd; the sharding manager stops its shards
 * with SIGTERM) or, in a shard, when the channel to its manager closes: a shard whose manager is gone would
 * answer on unwatched. The process then exits with 0, or with 1 if stopping failed or hung.
 */
function onceStopped(
  stop: (why: string) => Promise<void>,
  { patienceMs, orphanable = false }: { patienceMs: number; orphanable?: boolean },
): void {
  let stopping = false;
  const once = (why: string) => {
    if (stopping) return;
    stopping = true;
    // If stopping hangs, leave anyway rather than ignore the signal.
    setTimeout(() => process.exit(1), patienceMs).unref();
    stop(why).then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        log.error('Could not stop cleanly', error);
        process.exitCode = 1;
      },
    );
  };
  process.once('SIGINT', () => once('SIGINT received'));
  process.once('SIGTERM', () => once('SIGTERM received'));
  if (orphanable) process.once('disconnect', () => once('The sharding manager is gone'));
}

// The last resort, whether main rejects or something throws later (a handler of the running bot): the error
// goes through the logger, redacted, never printed raw by Node. After an uncaught exception nothing is known to
// be sound, so the process stops at once, as Node's own handler would.
process.on('uncaughtException', (error) => {
  logUnexpectedError(log, error);
  process.exit(1);
});

main().then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    logUnexpectedError(log, error);
    process.exitCode = 1;
  },
);
