import type { LogLevel } from './config.ts';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * Anything shaped like a Discord bot token (three dot-separated base64url parts: the bot's id, a time stamp, the
 * secret), redacted even when it is not the configured token: another bot's, or one met before the config was
 * read. Each part is bounded and must start a run, so a long run of letters costs linear time, not quadratic.
 */
const TOKEN_SHAPED = /(?<![\w-])[\w-]{20,100}\.[\w-]{4,100}\.[\w-]{20,100}(?![\w-])/g;

/**
 * One-line log records on stderr (stdout stays free for answers and --json).
 * Every secret passed in, and anything shaped like a bot token, is replaced by [redacted] wherever it appears,
 * including in error stacks.
 */
export function createLogger(
  level: LogLevel,
  secrets: readonly (string | null)[] = [],
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const hidden = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const redact = (text: string) =>
    hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), text).replace(TOKEN_SHAPED, '[redacted]');
  const emit = (at: LogLevel, message: string) => {
    if (RANK[at] < RANK[level]) return;
    write(redact(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${message}`));
  };
  return {
    debug: (message) => emit('debug', message),
    info: (message) => emit('info', message),
    warn: (message) => emit('warn', message),
    error: (message, error) => emit('error', error === undefined ? message : `${message}: ${describeError(error)}`),
  };
}

/** `log` with `prefix` before every message (a shard's number, in a process of several). */
export function withPrefix(log: Logger, prefix: string): Logger {
  return {
    debug: (message) => log.debug(`${prefix}${message}`),
    info: (message) => log.info(`${prefix}${message}`),
    warn: (message) => log.warn(`${prefix}${message}`),
    error: (message, error) => log.error(`${prefix}${message}`, error),
  };
}

/**
 * The last resort, for an error nothing else caught (main's rejection, an uncaught exception): one error line
 * through `log`, with the stack, redacted like every other line. Never print such an error any other way: it
 * can carry anything, the token included.
 */
export function logUnexpectedError(log: Logger, error: unknown): void {
  log.error('coverage-bot stopped on an unexpected error', error);
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
