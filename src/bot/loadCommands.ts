import { PermissionFlagsBits } from 'discord.js';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './types.ts';

/** The repository's `commands/` folder: one file per slash command. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const MODULE_FILE = /^(?!.*\.(test|spec|d)\.[cm]?[jt]s$)[^.].*\.[cm]?[jt]s$/;

/**
 * Imports every command module in `dir` and returns them by name. Nothing else lists the commands.
 * A malformed module is an error naming its file (a silently skipped command is a bug nobody sees).
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && MODULE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const commands = new Map<string, Command>();
  const fileOf = new Map<string, string>();
  for (const name of files) {
    const path = join(dir, name);
    const shown = relative(process.cwd(), path) || path;
    const module = (await import(pathToFileURL(path).href).catch((error: unknown) => {
      throw new Error(`${shown}: cannot be loaded: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    })) as { default?: unknown };
    const problem = commandProblem(module.default);
    if (problem) throw new Error(`${shown}: ${problem}`);
    const command = module.default as Command;
    const earlier = fileOf.get(command.data.name);
    if (earlier) throw new Error(`${shown}: command name "${command.data.name}" is already used by ${earlier}`);
    commands.set(command.data.name, command);
    fileOf.set(command.data.name, shown);
  }
  return commands;
}

/** What is wrong with a module's default export as a command, or null when it is one. */
export function commandProblem(value: unknown): string | null {
  const shape =
    'export default { data: new SlashCommandBuilder()..., async execute(interaction, ctx) {...} } satisfies Command';
  if (typeof value !== 'object' || value === null) return `no default export of a command (expected ${shape})`;
  const { data, execute, autocomplete, buttons, requiresManageGuild } = value as Record<string, unknown>;
  if (typeof data !== 'object' || data === null)
    return `the default export has no "data" (a SlashCommandBuilder); expected ${shape}`;
  const { name, toJSON } = data as Record<string, unknown>;
  if (typeof name !== 'string' || !/^[-_\p{Ll}\p{N}]{1,32}$/u.test(name))
    return `"data.name" must be 1-32 lowercase letters, digits, "-" or "_", got ${JSON.stringify(name)}`;
  if (typeof toJSON !== 'function') return '"data" has no toJSON(): build it with SlashCommandBuilder';
  if (typeof execute !== 'function')
    return `the default export has no execute(interaction, ctx) function; expected ${shape}`;
  if (autocomplete !== undefined && typeof autocomplete !== 'function')
    return '"autocomplete" must be a function when present';
  if (buttons !== undefined) {
    if (typeof buttons !== 'object' || buttons === null)
      return '"buttons" must be an object of handlers by action name';
    for (const [action, handler] of Object.entries(buttons)) {
      if (typeof handler !== 'function') return `"buttons.${action}" must be a function`;
    }
  }
  if (requiresManageGuild !== undefined && typeof requiresManageGuild !== 'boolean')
    return '"requiresManageGuild" must be true or false when present';
  let json: { default_member_permissions?: string | null };
  try {
    json = (toJSON as () => { default_member_permissions?: string | null }).call(data);
  } catch (error) {
    return `"data" is not a valid command: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (
    requiresManageGuild === true &&
    BigInt(json.default_member_permissions ?? 0) !== PermissionFlagsBits.ManageGuild
  ) {
    return '"requiresManageGuild" is set, so "data" must call .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild) (Discord then offers the command to those members only)';
  }
  return null;
}
