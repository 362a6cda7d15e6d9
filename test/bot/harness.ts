// Runs the real bot (startBot: discord.js client, commands/, router) against the loopback Discord server,
// over the repository's seeds/, and checks what every test must hold whatever it drives.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Readable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { afterEach, expect } from 'vitest';
import type { Config } from '../../src/config.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import { createLogger } from '../../src/logger.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import { deployCommands } from '../../src/bot/deployCommands.ts';
import { loadCommands } from '../../src/bot/loadCommands.ts';
import { startBot, type Bot, type BotOptions } from '../../src/bot/startBot.ts';
import type { Command } from '../../src/bot/types.ts';
import {
  startFakeDiscord,
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeMessage,
  type JsonObject,
  type RecordedRequest,
} from '../../fake-discord/index.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** Shaped like a real token, so a leak into the logs would be noticed by the redaction check. */
/** Shaped like a bot token so config validation accepts it; assembled at run time so no token-shaped text is committed. */
export const TOKEN = ['MTEwMDAwMDAwMDAwMDAwMDAwMA', 'GaBcDe', 'abcdefghijklmnopqrstuvwxyz0123456789AB'].join('.');

let corpus: Promise<Corpus> | null = null;
let commands: Promise<Map<string, Command>> | null = null;

/**
 * An engine over seeds/, of its own: a bot extends its engine in place when an article is added
 * (engineWithArticle), so no two bots may share one. The seeds are read once per test file.
 */
export async function seedsEngine(): Promise<SearchEngine> {
  corpus ??= loadCorpus(SEEDS_DIR);
  return createSearchEngine(await corpus);
}

export function repoCommands(): Promise<Map<string, Command>> {
  commands ??= loadCommands();
  return commands;
}

export interface HarnessOptions {
  fake?: FakeDiscordOptions;
  /** Runs on the server before the bot starts (e.g. to inject faults into its start-up). */
  before?: (fake: FakeDiscord) => void;
  config?: Partial<Config>;
  bot?: BotOptions;
  /** The bot token; when given, the fake server also requires it. TOKEN (not required by the server) otherwise. */
  token?: string;
  /** Prefix of the fresh data folder. */
  dataDirPrefix?: string;
}

export interface Harness {
  fake: FakeDiscord;
  bot: Bot;
  config: Readonly<Config>;
  logs: string[];
  /** Stops the bot (the client is destroyed) and starts a new one against the same server. */
  restart(): Promise<Bot>;
  /** Client first, then the server: the other order leaves a client reconnecting forever. */
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const token = options.token ?? TOKEN;
  const fake = await startFakeDiscord(options.token === undefined ? options.fake : { token, ...options.fake });
  options.before?.(fake);
  // Votes go to a fresh folder per harness, never the repository's data/.
  const dataDir = mkdtempSync(join(tmpdir(), options.dataDirPrefix ?? 'coverage-bot-data-'));
  const config: Readonly<Config> = Object.freeze({
    discordToken: token,
    discordClientId: fake.applicationId,
    discordGuildId: fake.guildId,
    discordApiUrl: fake.apiUrl,
    seedsDir: SEEDS_DIR,
    dataDir,
    logLevel: 'debug',
    autoThread: false,
    cooldownSeconds: 0,
    maxArticleBytes: 1024 * 1024,
    ...options.config,
  });
  const logs: string[] = [];
  const log = createLogger('debug', [token], (line) => logs.push(line));
  const loaded = options.bot?.commands ?? (await repoCommands());
  await deployCommands(config, loaded, log).catch(async (error: unknown) => {
    await fake.close();
    throw error;
  });
  const start = async () => startBot(config, await seedsEngine(), log, { ...options.bot, commands: loaded });
  let bot: Bot;
  try {
    bot = await start();
  } catch (error) {
    await fake.close();
    throw error;
  }
  const harness: Harness = {
    fake,
    bot,
    config,
    logs,
    async restart() {
      await harness.bot.stop();
      harness.bot = await start();
      return harness.bot;
    },
    async close() {
      await harness.bot.stop();
      await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * One harness per test: returns the function that starts it, and registers the afterEach that closes it and
 * checks the Discord rules on everything it sent.
 */
export function useHarness(): (options?: HarnessOptions) => Promise<Harness> {
  let harness: Harness | null = null;
  afterEach(async () => {
    if (!harness) return;
    const { fake } = harness;
    await harness.close();
    harness = null;
    expectDiscordRulesKept(fake);
  });
  return async (options: HarnessOptions = {}) => {
    harness = await startHarness(options);
    return harness;
  };
}

export interface BotProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Everything the process wrote to stderr so far. */
  readonly stderr: string;
  /** The exit code. */
  exited: Promise<number | null>;
}

export interface BotProcessOptions {
  token: string;
  logLevel: string;
  /** Default: a fresh folder, never the repository's data/ (a bot running there, or another test run, holds its lock). */
  dataDir?: string;
  nodeArgs?: string[];
}

/** npm start's src/main.ts as a process against the fake server, not waited for. */
export function spawnBotProcess(
  fake: FakeDiscord,
  options: BotProcessOptions,
): ChildProcessByStdio<null, Readable, Readable> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'coverage-bot-process-'));
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), 'src/main.ts'], {
    cwd: REPO,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: options.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      SEEDS_DIR,
      DATA_DIR: dataDir,
      LOG_LEVEL: options.logLevel,
      COOLDOWN_SECONDS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (options.dataDir === undefined) child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  return child;
}

/** Starts npm start's src/main.ts as a process against the fake server and waits until it has connected. */
export async function startBotProcess(fake: FakeDiscord, options: BotProcessOptions): Promise<BotProcess> {
  const child = spawnBotProcess(fake, options);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await fake.waitUntil(() => (stderr.includes('Invite link:') ? true : undefined), 15_000, 'the bot to connect');
  return {
    child,
    get stderr() {
      return stderr;
    },
    exited,
  };
}

/** Every request that sends or edits a message: the data of message callbacks, webhook and channel messages. */
export function messageBodies(fake: FakeDiscord): Array<{ request: RecordedRequest; body: JsonObject }> {
  const bodies: Array<{ request: RecordedRequest; body: JsonObject }> = [];
  for (const request of fake.requests) {
    const body = request.body as JsonObject | null;
    if (!body || Array.isArray(body)) continue;
    if (request.route === 'POST /interactions/:interaction/:token/callback') {
      if ((body.type === 4 || body.type === 7) && body.data) bodies.push({ request, body: body.data as JsonObject });
    } else if (
      request.route === 'POST /webhooks/:app/:token' ||
      request.route === 'POST /channels/:channel/messages' ||
      (request.method === 'PATCH' && request.route.includes('/messages/') && ('content' in body || 'embeds' in body))
    ) {
      bodies.push({ request, body });
    }
  }
  return bodies;
}

/**
 * What holds after any scenario: every message the bot sent allowed no mention at all, and Discord refused
 * nothing the bot sent (refusals a test injected on purpose are marked as faults and excepted).
 */
export function expectDiscordRulesKept(fake: FakeDiscord): void {
  for (const { request, body } of messageBodies(fake)) {
    expect(body.allowed_mentions, `${request.method} ${request.path}`).toMatchObject({ parse: [] });
    const allowed = body.allowed_mentions as JsonObject;
    expect(allowed.users ?? [], `${request.method} ${request.path}`).toEqual([]);
    expect(allowed.roles ?? [], `${request.method} ${request.path}`).toEqual([]);
    expect(allowed.replied_user ?? false).toBe(false);
  }
  const refused = fake.requests.filter((request) => request.status >= 400 && !request.fault);
  expect(
    refused.map(
      (request) => `${request.method} ${request.path} -> ${request.status} ${JSON.stringify(request.response)}`,
    ),
  ).toEqual([]);
}

/** Discord's limits, checked on a message as the server stored it. */
export function expectWithinLimits(message: FakeMessage): void {
  expect(message.content.length).toBeLessThanOrEqual(2000);
  let total = 0;
  for (const embed of message.embeds) {
    const title = typeof embed.title === 'string' ? embed.title : '';
    const description = typeof embed.description === 'string' ? embed.description : '';
    const footer = (embed.footer as { text?: string } | undefined)?.text ?? '';
    const fields = (embed.fields as Array<{ name: string; value: string }> | undefined) ?? [];
    expect(title.length).toBeLessThanOrEqual(256);
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(footer.length).toBeLessThanOrEqual(2048);
    expect(fields.length).toBeLessThanOrEqual(25);
    for (const field of fields) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    total +=
      title.length +
      description.length +
      footer.length +
      fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
}

export interface EmbedView {
  title: string;
  description: string;
  footer: string;
  fields: Array<{ name: string; value: string }>;
}

export function embedOf(message: FakeMessage | null | undefined, index = 0): EmbedView {
  const embed = message?.embeds[index];
  if (!embed) throw new Error(`message ${message?.id ?? '(none)'} has no embed ${index}`);
  return {
    title: typeof embed.title === 'string' ? embed.title : '',
    description: typeof embed.description === 'string' ? embed.description : '',
    footer: (embed.footer as { text?: string } | undefined)?.text ?? '',
    fields: (embed.fields as Array<{ name: string; value: string }> | undefined) ?? [],
  };
}

/** One entry of an answer's Sources list: `**[A]** Outlet · _Headline_ · date as printed · by Byline` (escapes removed). */
export interface CitedSource {
  key: string;
  outlet: string;
  headline: string;
  /** As printed, or "date not printed". */
  date: string;
  byline: string | null;
}

const unescaped = (text: string) => text.replace(/\\(.)/g, '$1');

/** The Sources fields of an answer embed, by key. */
export function sourcesOf(message: FakeMessage | null | undefined): CitedSource[] {
  const fields = embedOf(message).fields.filter((field) => field.name.startsWith('Sources'));
  return fields
    .flatMap((field) => field.value.split('\n'))
    .map((line) => /^\*\*\[([A-Z]+)\]\*\* (.+?) · _(.*?)_ · (_date not printed_|.+?)(?: · by (.+))?$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({
      key: match[1] ?? '',
      outlet: unescaped(match[2] ?? ''),
      headline: unescaped(match[3] ?? ''),
      date: unescaped((match[4] ?? '').replace(/^_(.*)_$/, '$1')),
      byline: match[5] === undefined ? null : unescaped(match[5]),
    }));
}

/**
 * The numbered excerpts of an answer embed: number, the block-quoted passage, the head line naming the speaker
 * and the outlets (escapes removed), and the Sources entries its outlets are keyed to.
 */
export function excerptsOf(
  message: FakeMessage | null | undefined,
): Array<{ number: number; text: string; source: string; cited: CitedSource[] }> {
  const { description } = embedOf(message);
  const sources = sourcesOf(message);
  return [...description.matchAll(/(?:^|\n\n)\*\*\[(\d+)\]\*\* ([^\n]*)\n> ([^\n]*)/g)].map((match) => {
    const head = match[2] ?? '';
    const keys = [...head.matchAll(/ \[([A-Z]+)\](?= · |$)/g)].map((key) => key[1] ?? '');
    return {
      number: Number(match[1]),
      text: unescaped(match[3] ?? ''),
      source: unescaped(head),
      cited: keys.map(
        (key) =>
          sources.find((source) => source.key === key) ?? {
            key,
            outlet: '(missing)',
            headline: '',
            date: '',
            byline: null,
          },
      ),
    };
  });
}

/** Custom ids of the buttons on a message. */
export function buttonsOf(message: FakeMessage | null | undefined): Array<{ label: string; customId: string }> {
  const rows = (message?.components ?? []) as Array<{
    components?: Array<{ label?: string; emoji?: { name?: string }; custom_id?: string }>;
  }>;
  // An emoji-only button (👍, 👎) is named by its emoji.
  return rows
    .flatMap((row) => row.components ?? [])
    .map((button) => ({ label: button.label ?? button.emoji?.name ?? '', customId: button.custom_id ?? '' }));
}

export function buttonId(message: FakeMessage | null | undefined, label: string): string {
  const found = buttonsOf(message).find((button) => button.label === label);
  if (!found)
    throw new Error(
      `no "${label}" button on message ${message?.id ?? '(none)'}: ${JSON.stringify(buttonsOf(message))}`,
    );
  return found.customId;
}
