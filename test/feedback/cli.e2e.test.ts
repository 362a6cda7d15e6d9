import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { SEEDS_DIR } from '../bot/harness.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const WRITE_INDEX = fileURLToPath(new URL('../../src/cli/writeIndex.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const STORY =
  "---\noutlet: Harbour Gazette\ntitle: Volunteers relight the Skerryvale lighthouse\ndate: 2024-03-09\n---\nVolunteers from the Skerryvale Heritage Trust relit the island's lighthouse on Saturday evening, forty years after its lamp was switched off.\n\nThe trust spent three winters restoring the lantern room and rebuilding the clockwork that turns the lens, its chairwoman said.\n";

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

function run(args: string[], script = MAIN, logLevel = 'warn') {
  const result = spawnSync(process.execPath, ['--import', TSX, script, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH, SEEDS_DIR: 'seeds', LOG_LEVEL: logLevel },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A seed file's name that forges a log line and clears the terminal. */
const HOSTILE_NAME = 'scan.pdf\n2024-05-01T10:00:00.000Z ERROR forged line\u001b[2J';
const HOSTILE_SHOWN = '"scan.pdf\\n2024-05-01T10:00:00.000Z ERROR forged line\\u001b[2J"';

describe('npm start -- add / reindex', () => {
  test('GIVEN an article file WHEN added from the terminal THEN it is saved under the bot’s name with its metadata shown; again, it is refused; reindex lists what it skipped', async () => {
    root = await mkdtemp(join(tmpdir(), 'coverage-bot-cli-'));
    await cp(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
    await writeFile(join(root, 'story.md'), STORY);

    const added = run(['add', 'story.md']);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /^Added story\.md as seeds\/added_[0-9a-f]{16}\.md\n {2}Outlet: +Harbour Gazette\n {2}Headline: +Volunteers relight the Skerryvale lighthouse\n {2}Date: +2024-03-09\n/,
    );
    expect(added.stdout).toContain('Added to the saved index in place: 4 articles');
    // The index saved in place is the index of the folder as it is now: the next start loads it, the story in it.
    const asked = run(['Who relit the Skerryvale lighthouse?'], MAIN, 'info');
    expect(asked.stderr).toMatch(/Loaded the search index/);
    expect(asked.stdout).toContain('Harbour Gazette');

    const again = run(['add', 'story.md']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/story\.md: This file is already in the coverage/);

    await writeFile(join(root, 'seeds', 'scan.pdf'), '%PDF');
    const reindexed = run(['reindex']);
    expect(reindexed.code).toBe(0);
    expect(reindexed.stdout).toContain('Indexed 4 articles');
    expect(reindexed.stdout).toContain('Skipped scan.pdf: not an article file');
    expect((await readdir(join(root, 'seeds'))).filter((name) => name.startsWith('added_'))).toHaveLength(1);
  }, 20_000);

  test('GIVEN an added article WHEN removed from the terminal by its headline THEN its file goes to DATA_DIR/removed/, the saved index drops it in place and the next start loads it; again, nothing matches', async () => {
    root = await mkdtemp(join(tmpdir(), 'coverage-bot-cli-'));
    await cp(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
    await writeFile(join(root, 'story.md'), STORY);
    expect(run(['add', 'story.md']).code).toBe(0);

    const removed = run(['remove', 'Volunteers relight the Skerryvale lighthouse']);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(
      /^Removed added_[0-9a-f]{16}\.md \("Volunteers relight the Skerryvale lighthouse", Harbour Gazette\): moved to data\/removed\/added_[0-9a-f]{16}\.md\n/,
    );
    expect(removed.stdout).toContain('Removed from the saved index in place: 3 articles');
    expect((await readdir(join(root, 'seeds'))).filter((name) => name.startsWith('added_'))).toHaveLength(0);
    expect(await readdir(join(root, 'data', 'removed'))).toHaveLength(1);

    const asked = run(['Who relit the Skerryvale lighthouse?'], MAIN, 'info');
    expect(asked.stderr).toMatch(/Loaded the search index/);
    expect(asked.stdout).not.toContain('Harbour Gazette');

    const again = run(['remove', 'Volunteers relight the Skerryvale lighthouse']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no article of the seeds folder has that file name or headline/);
  });

  test('GIVEN a saved index that cannot be written WHEN an article is added THEN it says once that the article is added, warns that the index was not saved, and exits with 0; the article is in the coverage', async () => {
    root = await mkdtemp(join(tmpdir(), 'coverage-bot-cli-'));
    await cp(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
    await writeFile(join(root, 'story.md'), STORY);
    // A file where the index's folder should be: the index cannot be written (as on a full or read-only disk).
    await writeFile(join(root, '.index'), '');

    const added = run(['add', 'story.md']);
    expect(added.stdout).toMatch(/^Added story\.md as seeds\/added_[0-9a-f]{16}\.md\n/);
    expect(added.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Warning: the saved index was not updated \(EEXIST.*\); the next start rebuilds it from the seeds folder, or run npm start -- reindex\.$/,
      ),
    ]);
    expect(added.code).toBe(0);
    expect((await readdir(join(root, 'seeds'))).filter((name) => name.startsWith('added_'))).toHaveLength(1);

    const asked = run(['Who relit the Skerryvale lighthouse?']);
    expect(asked.stdout).toContain('Skerryvale Heritage Trust');
    expect(run(['add', 'story.md']).stderr).toMatch(/story\.md: This file is already in the coverage/);
  }, 30_000);

  test('GIVEN a seed file whose name holds a newline and an escape code THEN the start-up log, npm run index and reindex name it escaped on one line, and no line is forged', async () => {
    root = await mkdtemp(join(tmpdir(), 'coverage-bot-cli-'));
    await cp(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
    await writeFile(join(root, 'seeds', HOSTILE_NAME), '%PDF');

    const asked = run(['What did Kim Seol-hwa say?']);
    const indexed = run([], WRITE_INDEX);
    const reindexed = run(['reindex']);
    expect([asked.code, indexed.code, reindexed.code]).toEqual([0, 0, 0]);
    for (const { stderr } of [asked, indexed]) {
      expect(stderr).toMatch(
        new RegExp(`^\\S+ WARN  Skipped seed file ${escapeRegExp(HOSTILE_SHOWN)}: not an article file`, 'm'),
      );
    }
    expect(reindexed.stdout).toContain(`  Skipped ${HOSTILE_SHOWN}: not an article file`);
    for (const output of [asked.stderr, asked.stdout, indexed.stderr, reindexed.stdout]) {
      expect(output).not.toMatch(/^2024-05-01T10:00:00.000Z ERROR forged/m);
      expect(output).not.toContain('\u001b');
    }
  }, 30_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
