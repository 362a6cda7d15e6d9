import { LIMITS } from './limits.ts';

/**
 * A button's custom_id carries all the state its handler needs (Discord keeps it on the message), so buttons
 * keep working after a restart: `<command>:<action>:<arg>:<arg>...`. The command name routes the click to the
 * command module that made the button; the action picks its handler.
 */
export interface CustomId {
  command: string;
  action: string;
  args: string[];
}

const PART = /^[\w.-]*$/;
const NAME = /^[\w-]+$/;

export function encodeCustomId(command: string, action: string, args: readonly (string | number)[] = []): string {
  const parts = [command, action, ...args.map(String)];
  if (!NAME.test(command) || !NAME.test(action) || !parts.every((part) => PART.test(part))) {
    throw new Error(`custom_id parts must be letters, digits, "_", "." or "-": ${JSON.stringify(parts)}`);
  }
  const id = parts.join(':');
  if (id.length > LIMITS.customId) throw new Error(`custom_id longer than ${LIMITS.customId} characters: ${id}`);
  return id;
}

/** The parts of a custom_id this bot made, or null for anything else. */
export function decodeCustomId(id: string): CustomId | null {
  if (id.length > LIMITS.customId) return null;
  const [command, action, ...args] = id.split(':');
  if (!command || !action || !NAME.test(command) || !NAME.test(action) || !args.every((arg) => PART.test(arg)))
    return null;
  return { command, action, args };
}

/** A non-negative integer argument, or null when the argument is missing or malformed. */
export function intArg(value: string | undefined, max = 1_000_000): number | null {
  if (value === undefined || !/^\d{1,7}$/.test(value)) return null;
  const number = Number(value);
  return number <= max ? number : null;
}
