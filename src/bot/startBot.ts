import {
  ApplicationFlags,
  DiscordAPIError,
  Events,
  GatewayCloseCodes,
  REST,
  Routes,
  type APIApplication,
  type Client,
} from 'discord.js';
import type { Config } from '../config.ts';
import { lockDataDir, type DataDirLock } from '../dataDirLock.ts';
import { openFeedbackStore, type FeedbackStore } from '../feedback/feedbackStore.ts';
import type { Logger } from '../logger.ts';
import type { SearchEngine } from '../search/engine.ts';
import { createClient } from './createClient.ts';
import { createAnswerQueue } from './answerQueue.ts';
import { createCooldown } from './cooldown.ts';
import { contextAfter } from '../answer/followUp.ts';
import { attributionOf } from '../attribution/attribution.ts';
import { createEngineHolder, withCurrentEngine, type EngineHolder } from './engineHolder.ts';
import { handleThreadMessage } from './followUps.ts';
import { inviteUrl } from './invite.ts';
import { loadCommands } from './loadCommands.ts';
import { createRouter } from './router.ts';
import { createThreadQuestions } from './threads.ts';
import type { BotContext, Command, SpeakerOf } from './types.ts';

/** Passages on one page of an answer. */
export const PAGE_SIZE = 5;

export interface BotOptions {
  /** Default: every module in commands/. */
  commands?: ReadonlyMap<string, Command>;
  /** Speaker of a passage, from the attribution module when it is wired in. */
  speakerOf?: SpeakerOf;
  pageSize?: number;
  /** Default: a holder of the engine given, swapped by /add-article and /reindex. */
  engines?: EngineHolder;
  /** Default: the store in DATA_DIR, or at DATABASE_URL, opened and closed with the bot. One given here is flushed on stop, not closed. */
  feedback?: FeedbackStore;
  /** False in a shard: the sharding manager holds DATA_DIR's lock for all its shards. Default true. */
  lockDataDir?: boolean;
}

export interface Bot {
  client: Client<true>;
  ctx: BotContext;
  /** Disconnects from Discord; the process can then exit. */
  stop(): Promise<void>;
}

export const MESSAGE_CONTENT_OFF =
  'The Message Content intent is not enabled for this application: follow-up messages in threads are read only when they mention the bot ' +
  '(/ask works everywhere). To enable it: Developer Portal > your application > Bot > Privileged Gateway Intents > Message Content Intent, then restart.';

/**
 * Connects to Discord and answers until stopped. Resolves once the bot is ready to answer. Holds DATA_DIR's
 * lock while it runs: with another live bot on the folder it throws DataDirInUseError before connecting.
 */
export async function startBot(
  config: Readonly<Config>,
  engine: SearchEngine,
  log: Logger,
  options: BotOptions = {},
): Promise<Bot> {
  const token = config.discordToken;
  if (!token) throw new Error('DISCORD_TOKEN is not set: the bot cannot connect to Discord.');
  const lock = options.lockDataDir === false ? null : await lockDataDir(config.dataDir);
  let ownStore: FeedbackStore | null = null;
  try {
    ownStore = options.feedback ? null : await openFeedbackStore(config, log);
    return await startLocked(
      config,
      token,
      engine,
      log,
      { ...options, feedback: ownStore ?? options.feedback },
      lock,
      ownStore !== null,
    );
  } catch (error) {
    await ownStore?.close().catch(() => undefined);
    await lock?.release();
    throw error;
  }
}

async function startLocked(
  config: Readonly<Config>,
  token: string,
  engine: SearchEngine,
  log: Logger,
  options: BotOptions,
  lock: DataDirLock | null,
  ownStore: boolean,
): Promise<Bot> {
  const commands = options.commands ?? (await loadCommands());
  const engines = options.engines ?? createEngineHolder(engine);
  const feedback = options.feedback;
  const connect = (messageContent: boolean) =>
    connectOnce(config, token, log, messageContent, (client) => ({
      ...engines.current(),
      engines,
      feedback,
      config,
      log,
      commands,
      cooldown: createCooldown(config.cooldownSeconds),
      answers: createAnswerQueue(),
      threads: createThreadQuestions(
        () => client.user?.id,
        log,
        (question, context) => contextAfter(question, context, attributionOf(engines.current().engine)),
      ),
      pageSize: options.pageSize ?? PAGE_SIZE,
      messageContent,
      ...(options.speakerOf ? { speakerOf: options.speakerOf } : {}),
    }));

  let connected: { client: Client<true>; ctx: BotContext };
  const messageContent = await messageContentEnabled(config, token, log);
  try {
    connected = await connect(messageContent);
  } catch (error) {
    // The application's settings said the intent was on (or could not be read), but Discord refused it.
    if (!(messageContent && error instanceof DisallowedIntentsError)) throw error;
    log.warn('Discord refused the Message Content intent (close code 4014); connecting without it.');
    connected = await connect(false);
  }
  const { client, ctx } = connected;

  log.info(
    `Connected to Discord as ${client.user.tag} in ${client.guilds.cache.size} server(s); commands: ${[...commands.keys()].map((name) => `/${name}`).join(', ')}`,
  );
  log.info(`Invite link: ${inviteUrl(config.discordClientId ?? client.application.id)}`);
  if (!ctx.messageContent) log.warn(MESSAGE_CONTENT_OFF);

  let stopped = false;
  return {
    client,
    ctx,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        // Questions taken up (most of a burst is acknowledged, "thinking…", before it is answered) get their answers.
        await ctx.answers.drain();
        await client.destroy();
        // A background save that failed was logged when it failed.
        if (feedback && ownStore)
          await feedback
            .close()
            .catch((error: unknown) => log.error(`Could not close the feedback database ${feedback.location}`, error));
        else await feedback?.flush().catch(() => undefined);
      } finally {
        // Only once every vote is written may another bot take the folder.
        await lock?.release();
      }
      log.info('Disconnected from Discord.');
    },
  };
}

class DisallowedIntentsError extends Error {}

/** One client, wired to the router and the thread follow-ups, logged in and ready; destroyed again if login fails. */
async function connectOnce(
  config: Readonly<Config>,
  token: string,
  log: Logger,
  messageContent: boolean,
  contextFor: (client: Client) => BotContext,
): Promise<{ client: Client<true>; ctx: BotContext }> {
  const client = createClient(config, { messageContent });
  const ctx = contextFor(client);
  const route = createRouter(ctx.commands, ctx);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.MessageCreate, (message) => {
    handleThreadMessage(message, withCurrentEngine(ctx)).catch((error: unknown) =>
      log.error(`Follow-up in channel ${message.channelId} failed`, error),
    );
  });
  client.on(Events.Error, (error) => log.error('Discord client error', error));
  client.on(Events.Warn, (message) => log.warn(`discord.js: ${message}`));
  let closeCode: number | null = null;
  client.on(Events.ShardDisconnect, (event) => {
    closeCode = event.code;
    log.warn(`Disconnected from the Discord gateway (close code ${event.code}); not reconnecting`);
  });

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    const message = error instanceof Error ? error.message : String(error);
    if (closeCode === GatewayCloseCodes.DisallowedIntents || /disallowed intents/i.test(message))
      throw new DisallowedIntentsError(message, { cause: error });
    throw new Error(`Could not connect to Discord: ${message}`, { cause: error });
  }
  return { client: await ready, ctx };
}

/**
 * Whether the privileged Message Content intent is enabled for the application (Developer Portal > Bot).
 * Asking for it when it is not makes Discord refuse the connection (close code 4014), so the bot asks first.
 */
async function messageContentEnabled(config: Readonly<Config>, token: string, log: Logger): Promise<boolean> {
  const rest = new REST({
    ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}),
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
  }).setToken(token);
  try {
    const application = (await rest.get(Routes.currentApplication())) as Pick<APIApplication, 'flags'>;
    const flags = application.flags ?? 0;
    return (flags & (ApplicationFlags.GatewayMessageContent | ApplicationFlags.GatewayMessageContentLimited)) !== 0;
  } catch (error) {
    if (error instanceof DiscordAPIError && error.status === 401)
      throw new Error(
        'Discord refused DISCORD_TOKEN (401 Unauthorized): reset the token in the Developer Portal and update .env.',
        { cause: error },
      );
    log.warn(
      `Could not read the application's settings (${error instanceof Error ? error.message : String(error)}); assuming the Message Content intent is enabled.`,
    );
    return true;
  }
}
