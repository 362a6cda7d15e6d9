import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandProblem, loadCommands } from '../../src/bot/loadCommands.ts';

let dir = '';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coverage-bot-commands-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A command module as plain JavaScript (no imports, so it loads from a temporary folder). */
function commandModule(name: string, extra = ''): string {
  return `export default { data: { name: ${JSON.stringify(name)}, description: 'd', toJSON() { return { name: ${JSON.stringify(name)}, description: 'd' }; } }, async execute() {}${extra} };\n`;
}

describe('loadCommands', () => {
  test('GIVEN the repository commands/ folder THEN every command loads, by name', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()]).toEqual([
      'add-article',
      'ask',
      'compare',
      'feedback',
      'help',
      'reindex',
      'remove-article',
      'sources',
      'who',
    ]);
    for (const [name, command] of commands) expect(command.data.toJSON().name).toBe(name);
    expect(Object.keys(commands.get('ask')?.buttons ?? {})).toEqual(['page', 'more', 'thread', 'vote']);
    expect(commands.get('ask')?.autocomplete).toBeTypeOf('function');
  });

  test('GIVEN command modules and other files THEN only the modules load', async () => {
    await writeFile(join(dir, 'ping.mjs'), commandModule('ping'));
    await writeFile(join(dir, 'pong.js'), commandModule('pong', ', buttons: { again: async () => {} }'));
    await writeFile(join(dir, 'README.md'), '# not a command');
    await writeFile(join(dir, 'ping.test.mjs'), 'throw new Error("a test is not a command");');
    await writeFile(join(dir, 'types.d.ts'), 'export {};');

    expect([...(await loadCommands(dir)).keys()]).toEqual(['ping', 'pong']);
  });

  test.each([
    ['no default export', 'export const data = {};', 'no default export of a command'],
    [
      'no execute',
      "export default { data: { name: 'x', description: 'd', toJSON() { return {}; } } };",
      'has no execute(interaction, ctx) function',
    ],
    ['no data', 'export default { async execute() {} };', 'has no "data"'],
    ['an invalid name', commandModule('Bad Name'), '"data.name" must be 1-32 lowercase letters'],
    [
      'data without toJSON',
      "export default { data: { name: 'x', description: 'd' }, async execute() {} };",
      'no toJSON()',
    ],
    [
      'a button handler that is not a function',
      commandModule('x', ', buttons: { more: 1 }'),
      '"buttons.more" must be a function',
    ],
    [
      'data that does not build',
      "export default { data: { name: 'x', toJSON() { throw new Error('Expected a description'); } }, async execute() {} };",
      'not a valid command: Expected a description',
    ],
    ['a syntax error', 'export default {', 'cannot be loaded'],
  ])('GIVEN a module with %s THEN loading throws naming its file', async (_what, source, problem) => {
    await writeFile(join(dir, 'good.mjs'), commandModule('good'));
    await writeFile(join(dir, 'broken.mjs'), source);

    const error = await loadCommands(dir).then(
      () => null,
      (thrown: unknown) => thrown as Error,
    );
    expect(error?.message).toContain('broken.mjs: ');
    expect(error?.message).toContain(problem);
  });

  test('GIVEN two modules with the same command name THEN loading throws naming both files', async () => {
    await writeFile(join(dir, 'a.mjs'), commandModule('same'));
    await writeFile(join(dir, 'b.mjs'), commandModule('same'));

    await expect(loadCommands(dir)).rejects.toThrow(/b\.mjs: command name "same" is already used by .*a\.mjs/);
  });
});

describe('commandProblem', () => {
  test('GIVEN a well-formed command THEN there is no problem', () => {
    expect(commandProblem({ data: { name: 'ok', toJSON: () => ({}) }, execute: async () => {} })).toBeNull();
  });
});
