// The bot as two shards under discord.js's ShardingManager (npm start with SHARDS=auto, what `npm run start:sharded`
// runs), as processes against the loopback Discord server, in a temporary folder holding a copy of seeds/, the data
// folder and the saved index: the repository's own are never read or written.

import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_MEMBER_PERMISSIONS,
  shardOfGuild,
  startFakeDiscord,
  type FakeDiscord,
  type InjectedInteraction,
} from '../../fake-discord/index.ts';
import { buttonId, excerptsOf, expectDiscordRulesKept, SEEDS_DIR, TOKEN } from './harness.ts';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');
const MANAGE_GUILD = 1n << 5n;
const ADMIN = {
  user: { id: '200000000000000001', username: 'editor' },
  memberPermissions: DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD,
};

/** An invented article on a subject the seeds never mention, so /ask finds it only once it is indexed. */
const LIGHTHOUSE = `---
outlet: Harbour Gazette
title: Volunteers relight the Skerryvale lighthouse after forty years
date: 2024-03-09
---
Volunteers from the Skerryvale Heritage Trust relit the island's lighthouse on Saturday evening, forty years after its lamp was switched off and the keepers left.

The trust spent three winters restoring the lantern room and rebuilding the clockwork that turns the lens, according to its chairwoman, Morag Tulloch.
`;

/** Another, uploaded with /add-article. */
const FERRY = `---
outlet: Harbour Gazette
title: Island ferry to run twice a day from May
date: 2024-04-02
---
The island ferry will run twice a day from the first of May, the Skerryvale Ferry Company said on Tuesday, after a winter of single crossings.

The company's manager, Alasdair Finlay, said a second boat had been leased from a mainland operator to carry the extra sailings.
`;

/** A guild id Discord routes to `shard` of `count`: its timestamp part (id >> 22) is `shard` modulo `count`. */
function guildOnShard(shard: number, count: number): string {
  const sinceEpoch = BigInt(Date.now()) - 1420070400000n;
  return ((sinceEpoch - (sinceEpoch % BigInt(count)) + BigInt(shard)) << 22n).toString();
}

interface Manager {
  child: ChildProcessByStdio<null, Readable, Readable>;
  readonly stderr: string;
  /** Resolves with the log once it matches `pattern`; rejects if the manager exits first. */
  logged(pattern: RegExp): Promise<string>;
  exited: Promise<number | null>;
}

/** `npm start` with SHARDS=auto, in `root`, against the fake server. */
function startManager(fake: FakeDiscord, root: string): Manager {
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      SEEDS_DIR: 'seeds',
      DATA_DIR: 'data',
      LOG_LEVEL: 'debug',
      COOLDOWN_SECONDS: '0',
      SHARDS: 'auto',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const watchers = new Set<() => void>();
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const watcher of [...watchers]) watcher();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    get stderr() {
      return stderr;
    },
    logged(pattern) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          if (!pattern.test(stderr)) return;
          watchers.delete(check);
          resolve(stderr);
        };
        watchers.add(check);
        check();
        void exited.then((code) => {
          if (!watchers.has(check)) return;
          watchers.delete(check);
          reject(new Error(`the manager exited (${code}) before logging ${pattern}:\n${stderr}`));
        });
      });
    },
    exited,
  };
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe('npm start with SHARDS', () => {
  test('GIVEN SHARDS=auto and Discord recommending 2 shards THEN the manager saves the index once, each shard identifies as [id, 2], loads it, and answers the guilds routed to it; a /reindex on shard 0 makes shard 1 load the new index, an /add-article on shard 1 makes shard 0 load it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'coverage-bot-shards-'));
    await cp(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
    const guilds = [guildOnShard(0, 2), guildOnShard(1, 2)];
    const fake = await startFakeDiscord({
      token: TOKEN,
      recommendedShards: 2,
      maxConcurrency: 2,
      channels: [{ name: 'general' }, ...guilds.map((guildId, shard) => ({ name: `shard-${shard}`, guildId }))],
    });
    const manager = startManager(fake, root);
    cleanup = async () => {
      if (manager.child.exitCode === null) manager.child.kill('SIGKILL');
      await manager.exited;
      await fake.close();
      await rm(root, { recursive: true, force: true });
    };
    const channelOf = (shard: number) =>
      fake.channelIds.find((id) => fake.getChannel(id)?.guild_id === guilds[shard]) ?? '';
    const sessionOf = (shard: number) => fake.identifies.find((identify) => identify.shard?.[0] === shard)?.sessionId;
    /** The shards whose sessions the interaction was dispatched to. */
    const routedTo = (interaction: InjectedInteraction) =>
      fake.dispatched
        .filter((event) => event.t === 'INTERACTION_CREATE' && event.d.id === interaction.id)
        .map((event) => fake.identifies.find((identify) => identify.sessionId === event.sessionId)?.shard?.[0]);
    const ask = (shard: number, question: string) =>
      fake.sendInteraction({ name: 'ask', options: { question }, channelId: channelOf(shard) });

    const started = await manager.logged(/All 2 shard\(s\) connected/);
    expect(guilds.map((guild) => shardOfGuild(guild, 2))).toEqual([0, 1]);
    // The index is written once, by the manager, and loaded by each shard: no shard builds its own.
    expect(started.match(/Wrote the saved index \.index\/engine\.json \(3 articles, \d+ passages/g)).toHaveLength(1);
    expect(started).toContain('Starting 2 shard(s) (as many as Discord recommends)');
    for (const shard of [0, 1])
      expect(started).toContain(`shard ${shard}: Loaded the search index from .index/engine.json`);
    expect(started).not.toMatch(/rebuilding it from/);
    expect(fake.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    // A question in each shard's guild goes to that shard alone, which answers it.
    for (const shard of [0, 1]) {
      const question = ask(shard, 'What did Kim Seol-hwa say?');
      expect(excerptsOf((await fake.waitForInteractionReply(question)).original).length).toBeGreaterThan(0);
      expect(routedTo(question)).toEqual([shard]);
      expect(manager.stderr).toContain(`shard ${shard}: Interaction ${question.id} `);
      expect(sessionOf(shard)).toBeDefined();
    }
    const before = await fake.waitForInteractionReply(ask(1, 'Who relit the Skerryvale lighthouse?'));
    expect(before.original?.content).toContain('Nothing in the coverage answers that: it never mentions "Skerryvale".');

    // A file added by hand, then /reindex on shard 0: it saves the index, and shard 1 loads it before shard 0 replies.
    await writeFile(join(root, 'seeds', 'lighthouse.md'), LIGHTHOUSE);
    const reindex = fake.sendInteraction({ name: 'reindex', channelId: channelOf(0), ...ADMIN });
    const report = (await fake.waitForInteractionReply(reindex)).original?.content ?? '';
    expect(routedTo(reindex)).toEqual([0]);
    expect(report).toContain('Reindexed: **4** articles');
    expect(report).toContain('Added (1): `lighthouse.md`');
    expect(report).toContain('Every shard answers from it now (2 shards).');
    expect(manager.stderr).toContain(
      'shard 1: Loaded the saved index .index/engine.json after a change on another shard: 4 articles; +1 -0 ~0',
    );

    const after = ask(1, 'Who relit the Skerryvale lighthouse?');
    const found = await fake.waitForInteractionReply(after);
    expect(routedTo(after)).toEqual([1]);
    expect(excerptsOf(found.original).some((excerpt) => excerpt.source.includes('Harbour Gazette'))).toBe(true);

    // /add-article on shard 1, confirmed there: shard 0 loads the index shard 1 saved, before shard 1 says it is added.
    const upload = fake.addAttachment({ filename: 'ferry.md', data: FERRY, channelId: channelOf(1) });
    const addArticle = fake.sendInteraction({
      name: 'add-article',
      options: [{ name: 'file', type: 11, value: upload.id }],
      resolved: { attachments: { [upload.id]: { ...upload } } },
      channelId: channelOf(1),
      ...ADMIN,
    });
    const preview = (await fake.waitForInteractionReply(addArticle)).original;
    expect(routedTo(addArticle)).toEqual([1]);
    const confirm = fake.sendComponent({
      customId: buttonId(preview, 'Add to the coverage'),
      messageId: preview?.id ?? '',
      ...ADMIN,
    });
    await manager.logged(/shard 1: \/add-article: user 200000000000000001 added added_[0-9a-f]{16}\.md/);
    const added = await fake.waitUntil(() => {
      const content = fake.getMessage(preview?.id ?? '')?.content ?? '';
      return content.startsWith('Added') ? content : undefined;
    });
    expect(routedTo(confirm)).toEqual([1]);
    expect(added).toContain('The coverage has 5 articles');
    expect(added).toContain('Every shard answers from it now (2 shards).');
    expect(manager.stderr).toContain(
      'shard 0: Loaded the saved index .index/engine.json after a change on another shard: 5 articles; +1 -0 ~0',
    );

    const ferry = ask(0, 'When will the island ferry run twice a day?');
    const answered = await fake.waitForInteractionReply(ferry);
    expect(routedTo(ferry)).toEqual([0]);
    expect(
      excerptsOf(answered.original).some((excerpt) => excerpt.text.includes('twice a day from the first of May')),
    ).toBe(true);

    manager.child.kill('SIGTERM');
    expect(await manager.exited).toBe(0);
    expect(manager.stderr).toContain('Every shard stopped.');
    for (const shard of [0, 1]) expect(manager.stderr).toContain(`shard ${shard}: Disconnected from Discord.`);
    expect(manager.stderr).not.toContain(TOKEN);
    expectDiscordRulesKept(fake);
  }, 60_000);
});
