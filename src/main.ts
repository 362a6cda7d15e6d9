import 'dotenv/config';
import { configOrReport } from './config.ts';
import { secretsOf } from './feedback/databaseUrl.ts';
import { createLogger, logUnexpectedError, type Logger } from './logger.ts';
import { DataDirInUseError } from './dataDirLock.ts';
import { escapeUnsafe, quoteName } from './shownName.ts';
import { attributionOf, createSpeakerOf } from './attribution/attribution.ts';
import { parseCommandLine, USAGE } from './cli/commandLine.ts';
import { runSubcommand } from './cli/subcommands.ts';
import { runTerminal } from './cli/terminal.ts';
import { loadOrBuildEngine } from './search/loadOrBuildEngine.ts';

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
  log = createLogger(config.logLevel, [config.discordToken, ...(config.databaseUrl ? secretsOf(config.databaseUrl) : [])]);
  if (command.kind === 'add' || command.kind === 'reindex') {
    // Imported here: it pulls in the corpus loader and HTML parser, which a start from the saved index skips.
    const { runAdd, runReindex } = await import('./cli/seedsCommands.ts');
    const print = (line: string) => console.log(line);
    const fail = (line: string) => console.error(line);
    return (command.kind === 'add' ? runAdd(config, command.file, print, fail) : runReindex(config, print)).catch((error: NodeJS.ErrnoException) => {
      log.error(`Cannot ${command.kind === 'add' ? 'add the article' : 'reindex'} (${error.code ?? error.message}); check SEEDS_DIR ("${config.seedsDir}").`);
      return 1;
    });
  }
  const engine = await loadOrBuildEngine(config.seedsDir, log).catch((error: NodeJS.ErrnoException) => {
    log.error(`Cannot read the seeds folder "${config.seedsDir}" (${error.code ?? error.message}); set SEEDS_DIR to the folder of articles.`);
    return null;
  });
  if (!engine) return 1;
  const { corpus } = engine;
  for (const skipped of corpus.skipped) log.warn(`Skipped seed file ${quoteName(skipped.file)}: ${escapeUnsafe(skipped.reason)}`);
  log.info(`Indexed ${corpus.articles.length} articles, ${corpus.passages.length} passages from ${config.seedsDir}`);

  if (command.kind === 'who' || command.kind === 'compare') {
    runSubcommand(engine, command, process.stdout);
    return 0;
  }

  if (config.discordToken) {
    const { startBot } = await import('./bot/startBot.ts');
    const { createEngineHolder } = await import('./bot/engineHolder.ts');
    // Who speaks in each excerpt, in the engine current when asked (articles can be added while running);
    // each corpus is attributed once, before the bot connects or a new engine is swapped in (prepareAnswers).
    const engines = createEngineHolder(engine);
    const speakerOf = (passageId: string) => createSpeakerOf(attributionOf(engines.current().engine))(passageId);
    const bot = await startBot(config, engine, log, { engines, speakerOf }).catch((error: unknown) => {
      // Another bot runs on DATA_DIR: one line saying which, not a stack.
      if (!(error instanceof DataDirInUseError)) throw error;
      log.error(error.message);
      return null;
    });
    if (!bot) return 1;
    const stop = (signal: NodeJS.Signals) => {
      log.info(`${signal} received: disconnecting from Discord`);
      // If disconnecting hangs, leave anyway rather than ignore the signal.
      setTimeout(() => process.exit(1), 5000).unref();
      bot.stop().then(
        () => {
          process.exitCode = 0;
        },
        (error: unknown) => {
          log.error('Could not disconnect cleanly', error);
          process.exitCode = 1;
        },
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return -1;
  }
  if (process.stdin.isTTY || command.question !== null) {
    console.error('No DISCORD_TOKEN set: answering in the terminal. Set it in .env (see .env.example) to connect to Discord.');
  }
  await runTerminal(engine, command.question, { json: command.json, context: command.context, input: process.stdin, output: process.stdout });
  return 0;
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
