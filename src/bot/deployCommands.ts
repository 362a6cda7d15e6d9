import 'dotenv/config';
import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { pathToFileURL } from 'node:url';
import { configOrReport, type Config } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { loadCommands } from './loadCommands.ts';
import type { Command } from './types.ts';

export interface Deployed {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Registers every command with one bulk overwrite (PUT): running it again changes nothing, and commands
 * removed from commands/ disappear. To DISCORD_GUILD_ID when set (instant, for testing), globally otherwise.
 */
export async function deployCommands(
  config: Readonly<Config>,
  commands: ReadonlyMap<string, Command>,
  log: Logger,
): Promise<Deployed> {
  if (!config.discordToken || !config.discordClientId) {
    throw new Error('DISCORD_TOKEN and DISCORD_CLIENT_ID are needed to register commands (see .env.example).');
  }
  const rest = new REST({
    ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}),
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
  }).setToken(config.discordToken);
  const body = [...commands.values()].map((command) => command.data.toJSON());
  const route = config.discordGuildId
    ? Routes.applicationGuildCommands(config.discordClientId, config.discordGuildId)
    : Routes.applicationCommands(config.discordClientId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  const names = registered.map((command) => command.name);
  const scope = config.discordGuildId ? 'guild' : 'global';
  log.info(
    scope === 'guild'
      ? `Registered ${names.length} commands to server ${config.discordGuildId} (available now): ${names.map((name) => `/${name}`).join(', ')}`
      : `Registered ${names.length} commands globally (they can take a few minutes to appear): ${names.map((name) => `/${name}`).join(', ')}`,
  );
  return { scope, names };
}

async function main(): Promise<number> {
  const config = configOrReport(process.env, (text) => process.stderr.write(`${text}\n`));
  if (!config) return 1;
  if (!config.discordToken || !config.discordClientId) {
    process.stderr.write(
      'DISCORD_TOKEN and DISCORD_CLIENT_ID are needed to register commands: set them in .env (see .env.example).\n',
    );
    return 1;
  }
  const log = createLogger(config.logLevel, [config.discordToken]);
  try {
    await deployCommands(config, await loadCommands(), log);
    return 0;
  } catch (error) {
    log.error('Could not register the commands', error);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
