/**
 * The bench's burst (issue 13): the real bot (startBot, commands/) against the loopback Discord server, on an engine
 * already built, while /reindex rebuilds the coverage from a seeds folder. 200 /ask from 20 users in 5 channels
 * arrive at once two seconds into the rebuild, and one more every RECHECK_MS until the new engine is in (so some land
 * while it is swapped in); each interaction's acknowledgement time is when the server recorded its callback, from
 * when it sent the interaction. Discord fails an interaction not acknowledged within 3 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeDiscord, type InjectedInteraction } from '../fake-discord/index.ts';
import { deployCommands } from '../src/bot/deployCommands.ts';
import { createEngineHolder, reindexSeeds } from '../src/bot/engineHolder.ts';
import { loadCommands } from '../src/bot/loadCommands.ts';
import { startBot } from '../src/bot/startBot.ts';
import type { Config } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import type { SearchEngine } from '../src/search/engine.ts';

const BURST = 200;
const RECHECK_MS = 250;
const BURST_AFTER_MS = 2000;
const QUESTIONS = [
  'NATO liaison office in Tokyo',
  'What did Kim Seol-hwa say?',
  'What did Mao Ning say?',
  'When did Stoltenberg meet Hayashi?',
  'Where will NATO summit be held in July?',
  'What does NATO stand for?',
  'who said what about the Tokyo liaison office?',
];

export interface BurstTimes {
  /** Interactions sent: the burst and those sent one at a time through the rebuild. */
  interactions: number;
  /** Acknowledged within Discord's 3 s. */
  inTime: number;
  ackP50: number;
  ackP99: number;
  ackMax: number;
  rebuildMs: number;
  /** Log lines at WARN or ERROR (an interaction that expired is logged so). */
  problems: string[];
}

export async function burstDuringRebuild(engine: SearchEngine, seedsDir: string): Promise<BurstTimes> {
  const channels = ['news', 'politics', 'asia', 'europe', 'offtopic'].map((name) => ({ name }));
  const fake = await startFakeDiscord({ channels });
  const dataDir = await mkdtemp(join(tmpdir(), 'coverage-bot-burst-'));
  const config: Readonly<Config> = Object.freeze({
    discordToken: 'bench-token-for-the-loopback-server',
    discordClientId: fake.applicationId,
    discordGuildId: fake.guildId,
    discordApiUrl: fake.apiUrl,
    seedsDir,
    dataDir,
    logLevel: 'info',
    autoThread: false,
    cooldownSeconds: 0,
    maxArticleBytes: 1024 * 1024,
  });
  const problems: string[] = [];
  const log = createLogger('info', [], (line) => {
    if (/ (WARN|ERROR) /.test(line)) problems.push(line);
  });
  const commands = await loadCommands();
  await deployCommands(config, commands, log);
  const engines = createEngineHolder(engine);
  const bot = await startBot(config, engine, log, { commands, engines });
  try {
    const sent: InjectedInteraction[] = [];
    const send = (index: number) =>
      sent.push(
        fake.sendInteraction({
          name: 'ask',
          options: { question: QUESTIONS[index % QUESTIONS.length] ?? '' },
          user: { id: `11000000000000${String(index % 20).padStart(4, '0')}`, username: `reader${index % 20}` },
          channelId: fake.channelIds[index % channels.length] ?? '',
        }),
      );
    const started = performance.now();
    let rebuilt = false;
    const rebuilding = reindexSeeds(engines, seedsDir).then(() => {
      rebuilt = true;
    });
    await sleep(BURST_AFTER_MS);
    for (let index = 0; index < BURST; index++) send(index);
    while (!rebuilt) {
      await Promise.race([sleep(RECHECK_MS), rebuilding]);
      if (!rebuilt) send(sent.length);
    }
    await rebuilding;
    const rebuildMs = performance.now() - started;
    // Those still unanswered after two minutes count as never acknowledged.
    await fake.waitUntilAnswered(sent, 120_000).catch(() => undefined);
    const times = sent.map((interaction) => fake.acknowledgedAfter(interaction) ?? Infinity).sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? NaN;
    return {
      interactions: sent.length,
      inTime: times.filter((time) => time <= 3000).length,
      ackP50: at(0.5),
      ackP99: at(0.99),
      ackMax: times.at(-1) ?? NaN,
      rebuildMs,
      problems,
    };
  } finally {
    await bot.stop();
    await fake.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
