import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { SearchEngine } from '../search/engine.ts';

/** Placeholder until the Discord adapter lands: says so instead of failing silently. */
export async function startBot(_config: Readonly<Config>, _engine: SearchEngine, log: Logger): Promise<void> {
  log.error('The Discord bot is not built yet; unset DISCORD_TOKEN to use the terminal mode.');
  process.exitCode = 1;
}
