import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const SCRIPT = new URL('../../scripts/checkImportCycles.ts', import.meta.url).pathname;
const TSX = new URL('../../node_modules/.bin/tsx', import.meta.url).pathname;

describe('checkImportCycles (npm run lint)', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function project(files: Record<string, string>): Promise<{ code: number; output: string }> {
    dir = await mkdtemp(join(tmpdir(), 'cycles-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    try {
      const { stdout, stderr } = await run(TSX, [SCRIPT], { cwd: dir });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, output: failed.stdout + failed.stderr };
    }
  }

  test('GIVEN two modules that import each other at run time THEN it fails naming the loop', async () => {
    const { code, output } = await project({
      'src/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      'commands/c.ts': "import { a } from '../src/a.ts';\nexport const c = a;\n",
    });
    expect(code).toBe(1);
    expect(output).toContain('src/a.ts -> src/b.ts -> src/a.ts');
  });

  test('GIVEN a loop made only of type imports THEN it passes: types are erased before anything runs', async () => {
    const { code, output } = await project({
      'src/a.ts': "import type { B } from './b.ts';\nexport interface A { b: B }\n",
      'src/b.ts': "import { type A } from './a.ts';\nexport interface B { a?: A }\n",
      'commands/c.ts': 'export const c = 1;\n',
    });
    expect(code).toBe(0);
    expect(output).toContain('No import cycles among 3 modules');
  });
});
