// A real PostgreSQL server for the tests, from Debian's postgresql package: initdb into a temporary folder,
// pg_ctl start on 127.0.0.1 and a free port, one fresh database per test, stopped and removed after.
// Missing server binaries fail the tests that need them, loudly: .ci/run installs the package.

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const POSTGRES_ROOT = '/usr/lib/postgresql';
/** The server refuses to run as root: then it runs as Debian's postgres user, which the package creates. */
const SERVER_USER = 'postgres';
const SUPERUSER = 'coverage_test';

export interface PostgresServer {
  /** A new, empty database on the server; its URL carries the password. */
  createDatabase(): Promise<string>;
  /** The password the server wants, made at run time (so that tests can check it is never shown). */
  readonly password: string;
  stop(): Promise<void>;
}

/** The bin folder of the newest installed server, or an error that says how to install one. */
export async function postgresBinaries(): Promise<string> {
  const versions = await readdir(POSTGRES_ROOT).catch(() => [] as string[]);
  for (const version of versions.sort((a, b) => Number(b) - Number(a))) {
    const bin = join(POSTGRES_ROOT, version, 'bin');
    if ((await readdir(bin).catch(() => [] as string[])).includes('initdb')) return bin;
  }
  throw new Error(
    `PostgreSQL server binaries not found (${POSTGRES_ROOT}/*/bin/initdb): the PostgreSQL tests need a real server. ` +
      "Install Debian's package: apt-get install --no-install-recommends postgresql (.ci/run does this).",
  );
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = await postgresBinaries();
  const root = await mkdtemp(join(tmpdir(), 'coverage-bot-pg-'));
  const asServerUser = process.getuid?.() === 0;
  const exec = async (program: string, args: string[]) => {
    const [file, argv] = asServerUser
      ? ['runuser', ['-u', SERVER_USER, '--', join(bin, program), ...args]]
      : [join(bin, program), args];
    try {
      await run(file, argv, { cwd: root });
    } catch (error) {
      const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
      throw new Error(`${program} failed: ${stderr || stdout || (error as Error).message}`, { cause: error });
    }
  };
  const password = randomBytes(18).toString('base64url');
  const data = join(root, 'data');
  try {
    if (asServerUser) {
      const [uid, gid] = await Promise.all([run('id', ['-u', SERVER_USER]), run('id', ['-g', SERVER_USER])]).then(
        (ids) => ids.map((id) => Number(id.stdout.trim())),
      );
      await chown(root, uid!, gid!);
    }
    const passwordFile = join(root, 'password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (asServerUser) await run('chown', [SERVER_USER, passwordFile]);
    await exec('initdb', [
      '-D',
      data,
      '-U',
      SUPERUSER,
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    const port = await startOnFreePort(exec, root, data);
    let databases = 0;
    const url = (database: string) => `postgresql://${SUPERUSER}:${password}@127.0.0.1:${port}/${database}`;
    return {
      password,
      async createDatabase() {
        databases += 1;
        const name = `store_${databases}`;
        const admin = new pg.Client({ connectionString: url('postgres') });
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE ${name}`);
        } finally {
          await admin.end();
        }
        return url(name);
      },
      async stop() {
        await exec('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await exec('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}

/** Another process can take the port between finding it free and the server binding it: then try another. */
async function startOnFreePort(
  exec: (program: string, args: string[]) => Promise<void>,
  root: string,
  data: string,
): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    // Sockets in the temporary folder, not the system's; fsync off: the tests never crash the server.
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${root} -c fsync=off -c full_page_writes=off`;
    try {
      await exec('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(root, 'server.log'), '-o', options]);
      return port;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
