/**
 * `SHARDS=auto|N npm start` (or `npm run start:sharded`): the bot as several shards, each a process that
 * discord.js's ShardingManager starts, watches and restarts. Discord sends each shard the events of the guilds
 * whose `(guild_id >> 22) % count` is its id. This process connects to nothing itself: it
 * - holds DATA_DIR's lock for its shards (they share the database, which takes writers from several processes);
 * - makes sure the saved index is the seeds folder's before any shard starts, so every shard loads it rather
 *   than each building its own;
 * - passes a shard's "I changed the seeds" on to every other shard, and their answers back (shardMessages.ts).
 */
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import { MAX_SHARDS, type Config } from '../config.ts';
import { lockDataDir } from '../dataDirLock.ts';
import type { Logger } from '../logger.ts';
import { DEFAULT_INDEX_FILE } from '../search/persistedEngine.ts';
import { saveIndexOffThread } from '../search/savedIndexOffThread.ts';
import { isShardMessage, type ShardMessage, type ShardReload } from './shardMessages.ts';

/**
 * How long the manager waits for a shard to connect: its start-up includes loading the saved index (about 7 s
 * at 100,000 passages on 2 cores; docs/scaling.md), and discord.js's own default of 30 s would give up on a large
 * coverage.
 */
const SHARD_READY_MS = 10 * 60_000;
/** How long a shard may take to load the saved index after another shard changed it before it counts as not answering. */
const RELOAD_ANSWER_MS = 10 * 60_000;
/** Discord lets `max_concurrency` shards identify per 5 s; the margin is discord.js's (its default spawn delay is 5.5 s). */
const IDENTIFY_WINDOW_MS = 5_500;

export interface ShardManagerOptions {
  /** The script each shard runs (src/main.ts, which starts as a shard when the manager's environment says so). */
  file: string;
  /** Node's options for the shards' processes (tsx's loader): the manager's own. */
  execArgv: readonly string[];
  /** The saved index every shard loads. Default: DEFAULT_INDEX_FILE (relative to the working directory, which the shards share). */
  indexFile?: string;
}

export interface RunningShards {
  count: number;
  /** Stops every shard (each disconnects from Discord, as on SIGTERM) and waits for their processes to end. */
  stop(): Promise<void>;
}

/** Starts every shard and resolves once all of them are connected. */
export async function startShards(
  config: Readonly<Config>,
  log: Logger,
  options: ShardManagerOptions,
): Promise<RunningShards> {
  const token = config.discordToken;
  if (!token || !config.shards) throw new Error('startShards needs DISCORD_TOKEN and SHARDS');
  const indexFile = options.indexFile ?? DEFAULT_INDEX_FILE;
  const lock = await lockDataDir(config.dataDir);
  let manager: ShardingManager | null = null;
  try {
    const saved = await saveIndexOffThread(config.seedsDir, indexFile, { onlyIfStale: true });
    const holds = `${saved.articles} articles, ${saved.passages} passages`;
    if (saved.kind === 'current')
      log.info(`The saved index ${indexFile} is the seeds folder's (${holds}): every shard loads it`);
    else
      log.info(
        `Wrote the saved index ${indexFile} (${holds}, ${(saved.bytes / 1024 / 1024).toFixed(1)} MiB; it was ${saved.was}): every shard loads it`,
      );

    const gateway = await gatewayBot(config, token);
    const count = config.shards === 'auto' ? gateway.shards : config.shards;
    if (count > MAX_SHARDS)
      throw new Error(
        `Discord recommends ${count} shards, more than the ${MAX_SHARDS} this bot runs (one process each): see docs/scaling.md`,
      );
    const delay = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.session_start_limit.max_concurrency));
    log.info(
      `Starting ${count} shard(s)${config.shards === 'auto' ? ' (as many as Discord recommends)' : ''}, ${delay} ms apart`,
    );

    const running = new ShardingManager(options.file, {
      totalShards: count,
      token,
      execArgv: [...options.execArgv],
      mode: 'process',
      respawn: true,
    });
    manager = running;
    const relay = reloadRelay(running, log);
    running.on('shardCreate', (shard) => {
      log.info(`Starting shard ${shard.id} of ${count}`);
      shard.on('message', (message: unknown) => relay.onMessage(shard, message));
      shard.on('death', () => {
        relay.onDeath(shard);
        if (running.respawn) log.warn(`Shard ${shard.id} stopped; restarting it`);
      });
    });
    await running.spawn({ amount: count, delay, timeout: SHARD_READY_MS });
    log.info(`All ${count} shard(s) connected`);
    return {
      count,
      async stop() {
        await stopAll(running);
        await lock.release();
      },
    };
  } catch (error) {
    if (manager) await stopAll(manager);
    await lock.release();
    throw error;
  }
}

/** GET /gateway/bot through DISCORD_API_URL when set (discord.js's own fetchRecommendedShardCount always asks discord.com). */
async function gatewayBot(config: Readonly<Config>, token: string): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({
    ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}),
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
  }).setToken(token);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

/** No more restarts; each shard's process gets SIGTERM (it disconnects cleanly) and is waited for. */
async function stopAll(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      shard.kill();
      await exited;
    }),
  );
}

interface PendingReload {
  from: Shard;
  waiting: Set<number>;
  reloads: ShardReload[];
  timer: NodeJS.Timeout;
}

/** Passes each shard's reload request to every other shard, and their answers, once all are in, back to it. */
function reloadRelay(
  manager: ShardingManager,
  log: Logger,
): { onMessage(from: Shard, message: unknown): void; onDeath(shard: Shard): void } {
  const pending = new Map<string, PendingReload>();
  const send = (shard: Shard, message: ShardMessage) => shard.send(message);

  const settle = (request: string, reload: ShardReload) => {
    const entry = pending.get(request);
    if (!entry?.waiting.delete(reload.shard)) return;
    entry.reloads.push(reload);
    if (entry.waiting.size > 0) return;
    clearTimeout(entry.timer);
    pending.delete(request);
    const reloads = entry.reloads.sort((a, b) => a.shard - b.shard);
    log.info(
      `Shard ${entry.from.id} changed the seeds; ${reloads.filter((done) => done.outcome === 'loaded').length} of ${reloads.length} other shard(s) loaded the saved index`,
    );
    send(entry.from, { coverageBot: 'reloads', request, reloads }).catch(() => undefined);
  };
  const noAnswer = (shard: number, detail: string): ShardReload => ({
    shard,
    outcome: 'no-answer',
    articles: null,
    detail,
  });

  return {
    onMessage(from, message) {
      if (!isShardMessage(message)) return;
      if (message.coverageBot === 'reloaded') {
        settle(message.request, { ...message.reload, shard: from.id });
        return;
      }
      if (message.coverageBot !== 'reload' || pending.has(message.request)) return;
      const { request } = message;
      const others = [...manager.shards.values()].filter((shard) => shard.id !== from.id);
      if (others.length === 0) {
        send(from, { coverageBot: 'reloads', request, reloads: [] }).catch(() => undefined);
        return;
      }
      const timer = setTimeout(() => {
        for (const id of pending.get(request)?.waiting ?? [])
          settle(request, noAnswer(id, `no answer in ${RELOAD_ANSWER_MS / 60_000} minutes`));
      }, RELOAD_ANSWER_MS);
      timer.unref();
      pending.set(request, { from, waiting: new Set(others.map((shard) => shard.id)), reloads: [], timer });
      for (const shard of others) {
        if (!shard.process)
          settle(
            request,
            noAnswer(shard.id, 'it was not running (restarting); it loads the saved index when it starts'),
          );
        else
          send(shard, { coverageBot: 'reload', request }).catch(() =>
            settle(request, noAnswer(shard.id, 'its process could not be reached')),
          );
      }
    },
    onDeath(shard) {
      // A restarted shard loads the saved index as it starts, so it is up to date, but it will not answer this request.
      for (const [request, entry] of pending)
        if (entry.waiting.has(shard.id))
          settle(request, noAnswer(shard.id, 'its process ended; it loads the saved index when it restarts'));
    },
  };
}
