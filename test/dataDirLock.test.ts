import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '../src/dataDirLock.ts';

const LOCK_MODULE = new URL('../src/dataDirLock.ts', import.meta.url).href;

const dirs: string[] = [];
async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'coverage-bot-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Another process that takes the folder's lock, says its pid once it holds it, and then waits to be killed. */
async function holderProcess(dir: string) {
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
    await lockDataDir(${JSON.stringify(dir)});
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the holder exited with ${code}`)));
  });
  return { child, exited };
}

describe('lockDataDir', () => {
  test('GIVEN another process holding the data folder WHEN this one takes it THEN it is refused with one line naming the folder and that pid; WHEN that process dies without releasing it THEN this one takes it over', async () => {
    const dir = await dataDir();
    const holder = await holderProcess(dir);
    try {
      const refused = await lockDataDir(dir).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(DataDirInUseError);
      const message = (refused as Error).message;
      expect(message).not.toContain('\n');
      expect(message).toContain(`"${dir}"`);
      expect(message).toContain(`pid ${holder.child.pid}`);
      expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(`${holder.child.pid}\n`);
    } finally {
      holder.child.kill('SIGKILL');
      await holder.exited;
    }

    const lock = await lockDataDir(dir);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    expect(await readdir(dir)).toEqual([]);
  }, 20_000);

  test('GIVEN a lock held in this process WHEN a second bot asks for the folder THEN it is refused; WHEN the first releases it THEN the second gets it', async () => {
    const dir = await dataDir();
    const first = await lockDataDir(dir);
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirInUseError);
    await first.release();
    await first.release();
    const second = await lockDataDir(dir);
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await second.release();
  });

  test.each([
    ['the pid of a process that is gone', '999999\n'],
    ['this process’s own pid (a restart that got the same pid, as in a container)', `${process.pid}\n`],
    ['no pid at all', 'garbage'],
    ['nothing', ''],
  ])('GIVEN a lock file left holding %s WHEN the bot starts THEN it takes the lock over', async (_name, content) => {
    const dir = await dataDir();
    await writeFile(join(dir, LOCK_FILE), content);
    const lock = await lockDataDir(dir, { isAlive: (pid) => pid !== 999999 });
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });

  test('GIVEN a stale lock WHEN two processes take it over at once THEN exactly one gets it and the other is refused naming the winner', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, LOCK_FILE), '999999\n');
    const isAlive = (pid: number) => pid !== 999999;
    const outcomes = await Promise.allSettled([
      lockDataDir(dir, { pid: 4001, isAlive }),
      lockDataDir(dir, { pid: 4002, isAlive }),
    ]);

    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const holder = (await readFile(join(dir, LOCK_FILE), 'utf8')).trim();
    expect(lost[0]).toBeInstanceOf(DataDirInUseError);
    expect((lost[0] as DataDirInUseError).pid).toBe(Number(holder));
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE]);
  });

  test('GIVEN a lock whose file was replaced by another bot’s WHEN the first releases it THEN the other bot’s lock stays', async () => {
    const dir = await dataDir();
    const lock = await lockDataDir(dir);
    await writeFile(join(dir, LOCK_FILE), '4242\n');
    await lock.release();
    expect(await readFile(join(dir, LOCK_FILE), 'utf8')).toBe('4242\n');
  });
});
