import type { LogLevel } from './config.ts';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/**
 * One-line log records on stderr (stdout stays free for answers and --json).
 * Every secret passed in is replaced by [redacted] wherever it appears, including in error stacks.
 */
export function createLogger(level: LogLevel, secrets: readonly (string | null)[] = [], write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const hidden = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const redact = (text: string) => hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), text);
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

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
