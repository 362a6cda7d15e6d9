// A Discord-compatible fake (REST + gateway) on 127.0.0.1 that the real discord.js
// client logs into, so end-to-end tests can drive the bot and assert on what it sent.
//
// Usage:
//   const fake = await startFakeDiscord();
//   const client = new Client({ intents, rest: { api: fake.apiUrl } });
//   await client.login(fake.token);
//   ...
//   await client.destroy(); // ALWAYS first: a client whose server vanished reconnects forever
//   await fake.close();

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
  invalidFormBody,
  isEmptyMessage,
  isEphemeralFlags,
  isObject,
  textLength,
  validateChannelPatch,
  validateCommands,
  validateMessagePayload,
  validateThreadBody,
  type DiscordErrorBody,
  type FieldError,
  type JsonObject,
} from './validation.ts';

export type { JsonObject } from './validation.ts';

// ---------------------------------------------------------------------------
// Public types

export type JsonBody = JsonObject | unknown[] | null;

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

export interface FakeUserInput {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export interface FakeChannelInput {
  id?: string;
  name: string;
  /** 0 text (default), 5 announcement, 4 category, 15 forum. */
  type?: number;
  topic?: string | null;
  parentId?: string | null;
  /** Raw API permission overwrites, e.g. [{ id: roleOrUserId, type: 0 | 1, allow: '0', deny: '34359738368' }]. */
  permissionOverwrites?: JsonObject[];
  /** Another guild the bot is in, which this channel belongs to (default: the fake's own `guildId`). */
  guildId?: string;
}

export interface ThreadMetadata {
  archived: boolean;
  auto_archive_duration: number;
  archive_timestamp: string;
  locked: boolean;
  create_timestamp: string;
  invitable?: boolean;
}

export interface FakeChannel {
  id: string;
  type: number;
  name: string;
  guild_id: string;
  parent_id: string | null;
  position: number;
  topic: string | null;
  nsfw: boolean;
  rate_limit_per_user: number;
  last_message_id: string | null;
  permission_overwrites: JsonObject[];
  flags: number;
  owner_id?: string;
  thread_metadata?: ThreadMetadata;
  message_count?: number;
  total_message_sent?: number;
  member_count?: number;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
  description?: string;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  /** 0 default, 19 reply, 20 slash-command response, 21 thread starter. */
  type: number;
  content: string;
  author: FakeUser;
  embeds: JsonObject[];
  components: JsonObject[];
  attachments: FakeAttachment[];
  /** 64 ephemeral, 128 loading ("is thinking"). */
  flags: number;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: FakeUser[];
  mention_roles: string[];
  pinned: boolean;
  webhook_id?: string;
  application_id?: string;
  message_reference?: { type: number; message_id: string; channel_id: string; guild_id?: string };
  referenced_message?: FakeMessage | null;
  interaction_metadata?: JsonObject;
  thread?: FakeChannel;
  member?: JsonObject;
}

export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
  data: Buffer;
}

export interface RecordedRequest {
  seq: number;
  at: number;
  method: string;
  /** Decoded path after /api/v10, without query, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  /** Matched route pattern, e.g. `POST /channels/:channel/messages`, or `unknown`. */
  route: string;
  params: Record<string, string>;
  query: Record<string, string>;
  authorization: string | null;
  auditLogReason: string | null;
  /** Parsed JSON body; for multipart requests, the parsed `payload_json` part. */
  body: JsonBody;
  files: RecordedFile[];
  status: number;
  response: unknown;
  /** True when a fault rule (failNext / denyThreadCreation) produced the answer. */
  fault: boolean;
}

export interface CommandOptionInput {
  name: string;
  /** 1 subcommand, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number. */
  type: number;
  value?: string | number | boolean;
  options?: CommandOptionInput[];
  focused?: boolean;
}

/** Options as the API shape, or a plain record (types looked up in registered commands, else inferred). */
export type CommandOptionsInput = CommandOptionInput[] | Record<string, string | number | boolean>;

export interface SlashCommandInput {
  name: string;
  options?: CommandOptionsInput;
  user?: FakeUserInput;
  channelId?: string;
  guildId?: string;
  /** Application command type: 1 chat input (default), 2 user, 3 message. */
  type?: number;
  targetId?: string;
  resolved?: JsonObject;
  locale?: string;
  memberPermissions?: bigint;
  commandId?: string;
  /** The app's permissions in the channel (`app_permissions`; default: the bot's and the members' permissions). */
  appPermissions?: bigint;
}

export interface AutocompleteInput {
  name: string;
  options?: CommandOptionsInput;
  /** Name of the focused option; added as a string option if not in `options`. */
  focused: string;
  value?: string;
  user?: FakeUserInput;
  channelId?: string;
  locale?: string;
}

export interface ComponentInput {
  customId: string;
  /** Clicked message; default: the latest message in `channelId` (or any channel) carrying `customId`. */
  messageId?: string;
  channelId?: string;
  user?: FakeUserInput;
  /** 2 button (default), 3 string select, ... */
  componentType?: number;
  values?: string[];
  locale?: string;
  /** Permissions of the clicking member (default: the server's `memberPermissions`). */
  memberPermissions?: bigint;
  /** The app's permissions in the channel (`app_permissions`; default: the bot's and the members' permissions). */
  appPermissions?: bigint;
}

export interface UserMessageInput {
  channelId?: string;
  content: string;
  author?: FakeUserInput;
  /** Extra mentioned users; `<@id>` in content is parsed too. */
  mentions?: Array<string | FakeUserInput>;
  embeds?: JsonObject[];
  attachments?: Array<{ filename: string; size?: number; contentType?: string }>;
  /** Makes the message a reply to this message id. */
  replyTo?: string;
  id?: string;
}

export interface ThreadInput {
  name: string;
  parentId?: string;
  /** Use an existing message id to model a thread started from that message. */
  id?: string;
  /** 11 public (default), 12 private. */
  type?: number;
  ownerId?: string;
  archived?: boolean;
  locked?: boolean;
  /** Dispatch THREAD_CREATE to connected clients (default true). Active threads always go into later GUILD_CREATEs. */
  dispatch?: boolean;
}

export interface InjectedInteraction {
  id: string;
  token: string;
  applicationId: string;
  /** 2 command, 3 component, 4 autocomplete. */
  type: number;
  channelId: string;
  guildId: string;
  user: FakeUser;
  createdAt: number;
  /** The INTERACTION_CREATE `d` exactly as dispatched. */
  payload: JsonObject;
}

export interface InteractionOutcome {
  interaction: InjectedInteraction;
  acknowledged: boolean;
  /** 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  callbackType: number | null;
  /** Deferred reply whose "thinking" message was not yet replaced. */
  pending: boolean;
  ephemeral: boolean;
  /** The visible original response (callback data merged with later edits), null if none or deleted. */
  original: FakeMessage | null;
  followUps: FakeMessage[];
  choices: JsonObject[] | null;
  modal: JsonObject | null;
  /** Requests about this interaction that were refused (status >= 400). */
  errors: RecordedRequest[];
}

export interface RouteMatch {
  method?: string;
  /** `/channels/:id/messages`-style pattern (`*` matches the rest), or a RegExp on the path. */
  path: string | RegExp;
}

export interface FaultSpec extends RouteMatch {
  /** 429, 500, 502, 503, or any 4xx (then give `code`). */
  status: number;
  /** How many matching requests fail (default 1; Infinity for "until cleared"). */
  count?: number;
  retryAfterSeconds?: number;
  global?: boolean;
  /** `x-ratelimit-bucket` of a route 429 (default "fake-bucket"); route 429s also carry limit, remaining 0, reset and reset-after. */
  bucket?: string;
  code?: number;
  message?: string;
}

export interface RuleHandle {
  remaining(): number;
  clear(): void;
}

export interface IdentifyRecord {
  at: number;
  token: string;
  intents: number;
  properties: JsonObject;
  sessionId: string;
  /** `[shard id, shard count]` as identified; null when the client did not shard. */
  shard: [number, number] | null;
}

export interface ResumeRecord {
  at: number;
  sessionId: string;
  seq: number;
  accepted: boolean;
  replayed: number;
}

export interface GatewayConnectionRecord {
  at: number;
  path: string;
  query: Record<string, string>;
  closeCode: number | null;
  closedBy: 'client' | 'server' | null;
}

export interface GatewayDispatchRecord {
  at: number;
  sessionId: string;
  s: number;
  t: string;
  d: JsonObject;
}

export interface StoredCommand extends JsonObject {
  id: string;
  application_id: string;
  name: string;
  type: number;
  version: string;
}

export interface FakeDiscordOptions {
  /** Guild channels (default one text channel `general`). */
  channels?: FakeChannelInput[];
  heartbeatIntervalMs?: number;
  /** How long an interaction accepts its initial callback (Discord: 3000). */
  interactionExpiryMs?: number;
  /** How long follow-ups/edits via the interaction token work (Discord: 15 min). */
  interactionTokenTtlMs?: number;
  /** Delay before every REST answer. */
  delayMs?: number;
  /** When set, REST `Authorization: Bot <token>` and IDENTIFY must carry it; default accepts any token. */
  token?: string;
  botUsername?: string;
  guildName?: string;
  /** Bot role permissions (also `app_permissions`). */
  botPermissions?: bigint;
  /** Permissions of injected users (`member.permissions`). */
  memberPermissions?: bigint;
  /** Dispatch MESSAGE_CREATE/UPDATE/DELETE for the bot's own non-ephemeral messages, as Discord does (default true). */
  echoOwnMessages?: boolean;
  /** Application flags (default GatewayMessageContentLimited | ApplicationCommandBadge); without 1 << 18 or 1 << 19, IDENTIFY with MessageContent is closed with 4014. */
  applicationFlags?: number;
  /** `shards` of GET /gateway/bot: how many shards Discord recommends (default 1). */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` of GET /gateway/bot: identifies allowed per 5 s (default 1). */
  maxConcurrency?: number;
  debug?: boolean | ((line: string) => void);
}

// ---------------------------------------------------------------------------
// Constants

const DISCORD_EPOCH = 1420070400000n;
const INTENT_GUILDS = 1 << 0;
const INTENT_GUILD_MESSAGES = 1 << 9;
const INTENT_MESSAGE_CONTENT = 1 << 15;
/** Application flags that enable the Message Content intent (GATEWAY_MESSAGE_CONTENT, _LIMITED). */
const APP_FLAG_MESSAGE_CONTENT = 1 << 18;
const APP_FLAG_MESSAGE_CONTENT_LIMITED = 1 << 19;
const FLAG_EPHEMERAL = 1 << 6;
const FLAG_LOADING = 1 << 7;

const P = {
  CreateInstantInvite: 1n << 0n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  CreatePrivateThreads: 1n << 36n,
  SendMessagesInThreads: 1n << 38n,
};

/** Roughly what @everyone gets in a new guild. */
export const DEFAULT_MEMBER_PERMISSIONS =
  P.CreateInstantInvite | P.AddReactions | P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles |
  P.ReadMessageHistory | P.MentionEveryone | P.UseExternalEmojis | P.ChangeNickname | P.UseApplicationCommands |
  P.CreatePublicThreads | P.CreatePrivateThreads | P.SendMessagesInThreads;

export const DEFAULT_BOT_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS;

/** Server close codes after which the client must IDENTIFY again (1000/1001 make discord.js reconnect fresh). */
const NON_RESUMABLE_CLOSE_CODES = new Set([1000, 1001, 4003, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

// ---------------------------------------------------------------------------
// Small helpers

let snowflakeIncrement = 0n;
function snowflake(at: number = Date.now()): string {
  snowflakeIncrement = (snowflakeIncrement + 1n) & 0xfffn;
  return ((BigInt(at) - DISCORD_EPOCH) << 22n | snowflakeIncrement).toString();
}

function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The shard that receives a guild's events, as Discord routes them: `(guild_id >> 22) % shard count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

const SNOWFLAKE = /^\d{15,21}$/;

function error(status: number, code: number, message: string): Reply {
  return { status, body: { code, message } satisfies DiscordErrorBody };
}

function formError(errors: FieldError[], prefix: Array<string | number> = []): Reply {
  return { status: 400, body: invalidFormBody(errors, prefix) };
}

const UNKNOWN_INTERACTION = (): Reply => error(404, 10062, 'Unknown interaction');
const UNKNOWN_MESSAGE = (): Reply => error(404, 10008, 'Unknown Message');
const UNKNOWN_CHANNEL = (): Reply => error(404, 10003, 'Unknown Channel');
const UNKNOWN_WEBHOOK = (): Reply => error(404, 10015, 'Unknown Webhook');
const EMPTY_MESSAGE = (): Reply => error(400, 50006, 'Cannot send an empty message');
const NOT_FOUND = (): Reply => ({ status: 404, body: { message: '404: Not Found', code: 0 } });

function asObject(body: JsonBody): JsonObject {
  return isObject(body) ? body : {};
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A deep copy of an API object typed as plain JSON (our interfaces lack index signatures). */
function json(value: object): JsonObject {
  return structuredClone(value) as JsonObject;
}

function compilePath(pattern: string): RegExp {
  const parts = pattern.split('/').map((seg) => {
    if (seg === '*') return '.*';
    if (seg.startsWith(':')) return '[^/]+';
    return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('/')}$`);
}

function matches(rule: RouteMatch, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  const re = typeof rule.path === 'string' ? compilePath(rule.path) : rule.path;
  return re.test(path);
}

function toUser(input: FakeUserInput | undefined, fallback: FakeUser): FakeUser {
  if (!input) return fallback;
  const id = input.id ?? snowflake();
  return {
    id,
    username: input.username ?? `user${id.slice(-4)}`,
    discriminator: '0',
    global_name: input.globalName ?? null,
    avatar: null,
    ...(input.bot ? { bot: true } : {}),
  };
}

// ---------------------------------------------------------------------------
// Internal types

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Bytes sent as they are instead of a JSON body (an attachment's content). */
  raw?: Buffer;
}

interface RequestContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: JsonBody;
  files: RecordedFile[];
}

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  keys: string[];
  auth: boolean;
  handler: (ctx: RequestContext) => Reply | Promise<Reply>;
}

interface StoredMessage {
  data: FakeMessage;
  ephemeral: boolean;
  deleted: boolean;
}

interface InteractionState {
  info: InjectedInteraction;
  /** Message a component sits on (target of type 6/7 updates). */
  sourceMessageId: string | null;
  ackType: number | null;
  originalId: string | null;
  followUpIds: string[];
  choices: JsonObject[] | null;
  modal: JsonObject | null;
  ephemeral: boolean;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  /** `[shard id, shard count]` from IDENTIFY: the session gets only its shard's guilds' events. Null: every guild. */
  shard: [number, number] | null;
  token: string;
  conn: GatewayConnection | null;
  valid: boolean;
  log: Array<{ op: 0; t: string; s: number; d: JsonObject }>;
}

interface GatewayConnection {
  ws: WebSocket;
  session: Session | null;
  record: GatewayConnectionRecord;
}

interface FaultRule extends FaultSpec {
  left: number;
}

interface DelayRule {
  match: RouteMatch | null;
  ms: number;
}

interface Waiter {
  check: () => boolean;
  fail: (err: Error) => void;
}

// ---------------------------------------------------------------------------

export class FakeDiscord {
  readonly token = 'fake-bot-token';
  readonly applicationId = snowflake();
  readonly botUserId = snowflake();
  readonly guildId = snowflake();
  readonly botRoleId = snowflake();
  readonly ownerUserId = snowflake();
  readonly defaultUser: FakeUser;
  readonly botUser: FakeUser;
  /** First text channel. */
  readonly channelId: string;
  readonly channelIds: string[];

  apiUrl = '';
  gatewayUrl = '';
  port = 0;

  readonly requests: RecordedRequest[] = [];
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly gatewayConnections: GatewayConnectionRecord[] = [];
  readonly dispatched: GatewayDispatchRecord[] = [];
  readonly globalCommands: StoredCommand[] = [];
  readonly guildCommands = new Map<string, StoredCommand[]>();

  private readonly options: Required<Omit<FakeDiscordOptions, 'channels' | 'token' | 'debug'>> &
    Pick<FakeDiscordOptions, 'token'>;
  private readonly log: (line: string) => void;
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<Socket>();
  private readonly connections = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, Session>();
  private readonly channels = new Map<string, FakeChannel>();
  /** Members the bot added to each thread (PUT /channels/:thread/thread-members/:user). */
  private readonly addedThreadMembers = new Map<string, string[]>();
  private readonly messages = new Map<string, StoredMessage>();
  private readonly channelMessages = new Map<string, string[]>();
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();
  private readonly members = new Map<string, JsonObject>();
  private readonly users = new Map<string, FakeUser>();
  private readonly faults: FaultRule[] = [];
  private readonly delays: DelayRule[] = [];
  private readonly waiters = new Set<Waiter>();
  /** Content of the attachments made with `addAttachment`, by URL path. */
  private readonly attachmentFiles = new Map<string, { data: Buffer; contentType: string }>();
  private readonly routes: Route[];
  private ackHeartbeats = true;
  private requestSeq = 0;
  private closed = false;

  constructor(options: FakeDiscordOptions = {}) {
    this.options = {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 1000,
      interactionExpiryMs: options.interactionExpiryMs ?? 3000,
      interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
      delayMs: options.delayMs ?? 0,
      token: options.token,
      botUsername: options.botUsername ?? 'coverage-bot',
      guildName: options.guildName ?? 'Fake Guild',
      botPermissions: options.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      memberPermissions: options.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS,
      echoOwnMessages: options.echoOwnMessages ?? true,
      applicationFlags: options.applicationFlags ?? (1 << 19) | (1 << 23),
      recommendedShards: options.recommendedShards ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
    };
    const debug = options.debug;
    this.log =
      typeof debug === 'function'
        ? debug
        : debug
          ? (line: string): void => void process.stderr.write(`[fakeDiscord] ${line}\n`)
          : (): void => {};

    this.botUser = {
      id: this.botUserId,
      username: this.options.botUsername,
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.defaultUser = { id: snowflake(), username: 'tester', discriminator: '0', global_name: 'Tester', avatar: null };

    const inputs = options.channels?.length ? options.channels : [{ name: 'general' }];
    inputs.forEach((input, position) => {
      const channel: FakeChannel = {
        id: input.id ?? snowflake(),
        type: input.type ?? 0,
        name: input.name,
        guild_id: input.guildId ?? this.guildId,
        parent_id: input.parentId ?? null,
        position,
        topic: input.topic ?? null,
        nsfw: false,
        rate_limit_per_user: 0,
        last_message_id: null,
        permission_overwrites: input.permissionOverwrites ? clone(input.permissionOverwrites) : [],
        flags: 0,
      };
      this.channels.set(channel.id, channel);
    });
    this.channelIds = [...this.channels.keys()];
    const firstText = [...this.channels.values()].find((c) => (c.type === 0 || c.type === 5) && c.guild_id === this.guildId);
    this.channelId = firstText?.id ?? this.channelIds[0] ?? '';

    this.members.set(this.botUserId, this.memberOf(this.botUser, [this.botRoleId]));

    this.routes = this.buildRoutes();
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!url.pathname.startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url));
    });
  }

  /** @internal use startFakeDiscord */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    this.apiUrl = `http://127.0.0.1:${this.port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}/gateway`;
    this.log(`listening on ${this.port}`);
  }

  /** Terminates gateway sockets and the HTTP server. Call only after `await client.destroy()`. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiters) waiter.fail(new Error('fake Discord server closed'));
    this.waiters.clear();
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    const closing = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    for (const socket of this.sockets) socket.destroy();
    await closing;
  }

  // -------------------------------------------------------------------------
  // Accessors

  /** `<@botUserId>`, for messages that mention the bot. */
  get botMention(): string {
    return `<@${this.botUserId}>`;
  }

  /** The guilds the bot is in: the fake's own `guildId` first, then each other guild a channel was given in. */
  get guildIds(): string[] {
    return [...new Set([this.guildId, ...[...this.channels.values()].map((c) => c.guild_id)])];
  }

  getChannel(id: string): FakeChannel | undefined {
    const channel = this.channels.get(id);
    return channel && clone(channel);
  }

  /** Threads known to the server (created by the bot or the test). */
  threads(): FakeChannel[] {
    return [...this.channels.values()].filter((c) => c.thread_metadata !== undefined).map(clone);
  }

  /** The users the bot added to a thread, in the order it added them. */
  threadMembersAdded(threadId: string): string[] {
    return [...(this.addedThreadMembers.get(threadId) ?? [])];
  }

  /**
   * A file a user uploaded, as Discord stores it: its `url` serves the bytes on 127.0.0.1 (GET, no auth, like
   * the CDN). Pass it to a command's attachment option (type 11) with `resolved: { attachments: { [id]: it } }`.
   */
  addAttachment(input: { filename: string; data: Buffer | string; contentType?: string; channelId?: string }): FakeAttachment {
    const data = typeof input.data === 'string' ? Buffer.from(input.data) : input.data;
    const attachment = this.attachment(input.channelId ?? this.channelId, input.filename, data.length, input.contentType);
    this.attachmentFiles.set(new URL(attachment.url).pathname, { data, contentType: input.contentType ?? 'application/octet-stream' });
    return clone(attachment);
  }

  getMessage(id: string): FakeMessage | undefined {
    const stored = this.messages.get(id);
    return stored && !stored.deleted ? clone(stored.data) : undefined;
  }

  /** Non-deleted messages of a channel, oldest first; ephemeral ones only when asked. */
  messagesIn(channelId: string, { includeEphemeral = false } = {}): FakeMessage[] {
    return (this.channelMessages.get(channelId) ?? [])
      .map((id) => this.messages.get(id))
      .filter((m): m is StoredMessage => m !== undefined && !m.deleted && (includeEphemeral || !m.ephemeral))
      .map((m) => clone(m.data));
  }

  /** Every non-deleted message the bot posted (channel messages and interaction responses), oldest first. */
  botMessages({ includeEphemeral = true } = {}): FakeMessage[] {
    return [...this.messages.values()]
      .filter((m) => !m.deleted && m.data.author.id === this.botUserId && (includeEphemeral || !m.ephemeral))
      .map((m) => clone(m.data));
  }

  /** What the user sees for an interaction: original response after edits, follow-ups, autocomplete choices. */
  interactionOutcome(interaction: string | InjectedInteraction): InteractionOutcome {
    const id = typeof interaction === 'string' ? interaction : interaction.id;
    const state = this.interactions.get(id);
    if (!state) throw new Error(`fakeDiscord: unknown interaction ${id}`);
    const original = state.originalId ? this.messages.get(state.originalId) : undefined;
    const visibleOriginal = original && !original.deleted ? clone(original.data) : null;
    const errors = this.requests.filter(
      (r) =>
        r.status >= 400 &&
        (r.params.interaction === state.info.id || r.params.token === state.info.token),
    );
    return {
      interaction: state.info,
      acknowledged: state.ackType !== null,
      callbackType: state.ackType,
      pending: visibleOriginal !== null && (visibleOriginal.flags & FLAG_LOADING) !== 0,
      ephemeral: state.ephemeral,
      original: visibleOriginal,
      followUps: state.followUpIds
        .map((mid) => this.messages.get(mid))
        .filter((m): m is StoredMessage => m !== undefined && !m.deleted)
        .map((m) => clone(m.data)),
      choices: state.choices && clone(state.choices),
      modal: state.modal && clone(state.modal),
      errors,
    };
  }

  // -------------------------------------------------------------------------
  // Waiters

  /** Resolves when `check` returns something other than undefined; re-checked on every server event. */
  waitUntil<T>(check: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    if (this.closed) return Promise.reject(new Error('fake Discord server closed'));
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          const value = check();
          if (value === undefined) return false;
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(value);
          return true;
        },
        fail: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}.\n${this.describeRecent()}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** First recorded request (already seen or future) matching `predicate`. */
  waitFor(predicate: (req: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitUntil(() => this.requests.find(predicate), timeoutMs, 'a matching request');
  }

  waitForRequest(method: string, path: string | RegExp, timeoutMs = 5000): Promise<RecordedRequest> {
    const rule: RouteMatch = { method, path };
    return this.waitUntil(
      () => this.requests.find((r) => matches(rule, r.method, r.path)),
      timeoutMs,
      `${method} ${String(path)}`,
    );
  }

  /**
   * Waits until the interaction shows something to the user: by default a non-loading original response,
   * a follow-up, autocomplete choices or a modal. Pass `until` for a stricter condition.
   */
  waitForInteractionReply(
    interaction: string | InjectedInteraction,
    { until, timeoutMs = 5000 }: { until?: (o: InteractionOutcome) => boolean; timeoutMs?: number } = {},
  ): Promise<InteractionOutcome> {
    const id = typeof interaction === 'string' ? interaction : interaction.id;
    const done =
      until ??
      ((o: InteractionOutcome): boolean =>
        (o.original !== null && !o.pending) || o.followUps.length > 0 || o.choices !== null || o.modal !== null);
    return this.waitUntil(
      () => {
        const outcome = this.interactionOutcome(id);
        return done(outcome) ? outcome : undefined;
      },
      timeoutMs,
      `a reply to interaction ${id}`,
    );
  }

  /** First message (already posted or future) in any channel matching `predicate`. */
  waitForMessage(predicate: (m: FakeMessage) => boolean, timeoutMs = 5000): Promise<FakeMessage> {
    return this.waitUntil(
      () => {
        for (const stored of this.messages.values()) {
          if (!stored.deleted && predicate(stored.data)) return clone(stored.data);
        }
        return undefined;
      },
      timeoutMs,
      'a matching message',
    );
  }

  waitForIdentify(count = 1, timeoutMs = 5000): Promise<IdentifyRecord> {
    return this.waitUntil(() => this.identifies[count - 1], timeoutMs, `IDENTIFY #${count}`);
  }

  waitForResume(timeoutMs = 5000): Promise<ResumeRecord> {
    return this.waitUntil(() => this.resumes.find((r) => r.accepted), timeoutMs, 'an accepted RESUME');
  }

  // -------------------------------------------------------------------------
  // Fault injection

  /** The next `count` requests matching method+path are answered with `status` instead of being handled. */
  failNext(spec: FaultSpec): RuleHandle {
    const rule: FaultRule = { ...spec, left: spec.count ?? 1 };
    this.faults.push(rule);
    return {
      remaining: () => rule.left,
      clear: () => {
        rule.left = 0;
      },
    };
  }

  /** Thread creation answers 403 code 50013 (Missing Permissions) until cleared. */
  denyThreadCreation(): RuleHandle {
    const a = this.failNext({ method: 'POST', path: '/channels/:channel/messages/:message/threads', status: 403, code: 50013, message: 'Missing Permissions', count: Infinity });
    const b = this.failNext({ method: 'POST', path: '/channels/:channel/threads', status: 403, code: 50013, message: 'Missing Permissions', count: Infinity });
    return {
      remaining: () => a.remaining(),
      clear: () => {
        a.clear();
        b.clear();
      },
    };
  }

  /** Delay REST answers (all, or those matching `match`). */
  setDelay(ms: number, match?: RouteMatch): RuleHandle {
    const rule: DelayRule = { ms, match: match ?? null };
    this.delays.push(rule);
    return {
      remaining: () => (this.delays.includes(rule) ? Infinity : 0),
      clear: () => {
        const i = this.delays.indexOf(rule);
        if (i >= 0) this.delays.splice(i, 1);
      },
    };
  }

  clearFaults(): void {
    for (const rule of this.faults) rule.left = 0;
    this.delays.length = 0;
  }

  /** When false, heartbeats are no longer acknowledged (discord.js then treats the link as a zombie and resumes). */
  setHeartbeatAck(enabled: boolean): void {
    this.ackHeartbeats = enabled;
  }

  /**
   * Closes every gateway socket with `code`. 4000 (and other resumable codes) lets discord.js RESUME;
   * 4007/4009 invalidate the session (fresh IDENTIFY); 4004/4010-4014 are fatal for discord.js.
   */
  closeGateway(code = 4000, reason = 'closed by fake'): void {
    for (const conn of this.connections) {
      conn.record.closeCode = code;
      conn.record.closedBy = 'server';
      if (conn.session) {
        if (NON_RESUMABLE_CLOSE_CODES.has(code)) conn.session.valid = false;
        if (conn.session.conn === conn) conn.session.conn = null;
      }
      conn.ws.close(code, reason);
    }
  }

  /** Drops gateway sockets without a close frame (the client sees 1006 and resumes). */
  dropGateway(): void {
    for (const conn of this.connections) {
      conn.record.closeCode = 1006;
      conn.record.closedBy = 'server';
      if (conn.session?.conn === conn) conn.session.conn = null;
      conn.ws.terminate();
    }
  }

  // -------------------------------------------------------------------------
  // Injection

  /** Dispatches a raw gateway event to every live session. */
  dispatch(t: string, d: JsonObject): void {
    this.dispatchFiltered(t, () => d);
  }

  sendInteraction(input: SlashCommandInput): InjectedInteraction {
    const commandType = input.type ?? 1;
    const registered = this.findCommand(input.name, commandType, input.guildId ?? this.requireChannel(input.channelId ?? this.channelId).guild_id);
    const data: JsonObject = {
      id: input.commandId ?? registered?.id ?? snowflake(),
      name: input.name,
      type: commandType,
    };
    if (registered && typeof registered.guild_id === 'string') data.guild_id = registered.guild_id;
    if (commandType === 1) data.options = this.buildOptions(input.options, registered);
    if (input.targetId) data.target_id = input.targetId;
    if (input.resolved) data.resolved = input.resolved;
    return this.injectInteraction(2, data, input);
  }

  sendAutocomplete(input: AutocompleteInput): InjectedInteraction {
    const registered = this.findCommand(input.name, 1, this.guildId);
    const options = this.buildOptions(input.options, registered);
    const focusedIn = (list: CommandOptionInput[]): boolean => {
      for (const o of list) {
        if (o.name === input.focused && o.type !== 1 && o.type !== 2) {
          o.focused = true;
          if (input.value !== undefined) o.value = input.value;
          return true;
        }
        if (o.options && focusedIn(o.options)) return true;
      }
      return false;
    };
    if (!focusedIn(options)) options.push({ name: input.focused, type: 3, value: input.value ?? '', focused: true });
    const data: JsonObject = { id: registered?.id ?? snowflake(), name: input.name, type: 1, options };
    return this.injectInteraction(4, data, input);
  }

  sendComponent(input: ComponentInput): InjectedInteraction {
    const message = input.messageId
      ? this.messages.get(input.messageId)
      : this.findMessageWithComponent(input.customId, input.channelId);
    if (!message || message.deleted) {
      throw new Error(`fakeDiscord: no message ${input.messageId ?? `with component ${input.customId}`} to click`);
    }
    const componentType = input.componentType ?? 2;
    const data: JsonObject = { custom_id: input.customId, component_type: componentType };
    if (componentType !== 2) data.values = input.values ?? [];
    return this.injectInteraction(3, data, { ...input, channelId: message.data.channel_id }, message);
  }

  /**
   * A user submits a modal the bot showed: an interaction of type 5 carrying each text input's value. With
   * `messageId`, the modal was opened from a button on that message (so the bot may update it).
   */
  sendModalSubmit(input: { customId: string; fields: Record<string, string>; messageId?: string; user?: FakeUserInput; channelId?: string; memberPermissions?: bigint }): InjectedInteraction {
    const message = input.messageId ? this.messages.get(input.messageId) : undefined;
    if (input.messageId && (!message || message.deleted)) throw new Error(`fakeDiscord: no message ${input.messageId} the modal came from`);
    const components = Object.entries(input.fields).map(([customId, value]) => ({ type: 1, components: [{ type: 4, custom_id: customId, value }] }));
    return this.injectInteraction(5, { custom_id: input.customId, components }, { ...input, channelId: message?.data.channel_id ?? input.channelId }, message);
  }

  /** A user posts a message: stored (GET /channels/:id/messages sees it) and dispatched as MESSAGE_CREATE. */
  sendMessage(input: UserMessageInput): FakeMessage {
    const channel = this.requireChannel(input.channelId ?? this.channelId);
    const author = toUser(input.author, this.defaultUser);
    this.rememberMember(author);
    this.unarchiveOnMessage(channel);
    const mentions = this.parseMentions(input.content);
    for (const m of input.mentions ?? []) {
      const user = typeof m === 'string' ? this.userById(m) : toUser(m, this.defaultUser);
      if (!mentions.some((u) => u.id === user.id)) mentions.push(user);
    }
    const id = input.id ?? snowflake();
    const message: FakeMessage = {
      ...this.baseMessage(id, channel, author),
      content: input.content,
      embeds: input.embeds ? clone(input.embeds) : [],
      attachments: (input.attachments ?? []).map((a) => this.attachment(channel.id, a.filename, a.size ?? 0, a.contentType)),
      mentions,
      member: this.memberOf(author, [], false),
    };
    if (input.replyTo) {
      const ref = this.messages.get(input.replyTo);
      message.type = 19;
      message.message_reference = { type: 0, message_id: input.replyTo, channel_id: channel.id, guild_id: channel.guild_id };
      message.referenced_message = ref ? clone(ref.data) : null;
    }
    this.storeMessage(message, false);
    this.dispatchMessage('MESSAGE_CREATE', message);
    this.notify();
    return clone(message);
  }

  /**
   * Creates a thread as if it existed on Discord (e.g. created before a bot restart). With `id` set to a
   * message of the parent channel, the thread is "started from" that message, as `message.startThread` makes it.
   */
  createThread(input: ThreadInput): FakeChannel {
    const parent = this.requireChannel(input.parentId ?? this.channelId);
    const id = input.id ?? snowflake();
    const starter = this.messages.get(id);
    const fromMessage = starter !== undefined && starter.data.channel_id === parent.id;
    const thread = this.makeThread(parent, id, input.name, input.type ?? 11, input.ownerId ?? this.defaultUser.id, 1440);
    if (thread.thread_metadata) {
      thread.thread_metadata.archived = input.archived ?? false;
      thread.thread_metadata.locked = input.locked ?? false;
    }
    this.registerThread(thread, fromMessage ? starter : undefined);
    if (input.dispatch ?? true) this.dispatchThread('THREAD_CREATE', { ...thread, newly_created: true });
    this.notify();
    return clone(thread);
  }

  // -------------------------------------------------------------------------
  // Interaction internals

  private injectInteraction(
    type: number,
    data: JsonObject,
    input: { user?: FakeUserInput; channelId?: string; locale?: string; memberPermissions?: bigint; appPermissions?: bigint },
    sourceMessage?: StoredMessage,
  ): InjectedInteraction {
    const channel = this.requireChannel(input.channelId ?? this.channelId);
    const guildId = channel.guild_id;
    if (![...this.sessions.values()].some((s) => s.valid && this.receives(s, guildId))) {
      throw new Error(`fakeDiscord: no identified gateway session receives guild ${guildId}; log the client (or its shard) in first`);
    }
    const user = toUser(input.user, this.defaultUser);
    this.rememberMember(user);
    const memberPermissions = (input.memberPermissions ?? this.options.memberPermissions).toString();
    const appPermissions = (input.appPermissions ?? this.options.botPermissions | this.options.memberPermissions).toString();
    const createdAt = Date.now();
    const id = snowflake(createdAt);
    const token = `itk_${id}_${Math.random().toString(36).slice(2)}`;
    const payload: JsonObject = {
      id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      channel: { ...clone(channel), permissions: memberPermissions },
      channel_id: channel.id,
      member: { ...this.memberOf(user, []), permissions: memberPermissions },
      token,
      version: 1,
      app_permissions: appPermissions,
      locale: input.locale ?? 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': guildId },
      context: 0,
      attachment_size_limit: 10 * 1024 * 1024,
    };
    if (sourceMessage) payload.message = clone(sourceMessage.data);
    const info: InjectedInteraction = {
      id,
      token,
      applicationId: this.applicationId,
      type,
      channelId: channel.id,
      guildId,
      user,
      createdAt,
      payload,
    };
    const state: InteractionState = {
      info,
      sourceMessageId: sourceMessage?.data.id ?? null,
      ackType: null,
      originalId: null,
      followUpIds: [],
      choices: null,
      modal: null,
      ephemeral: false,
    };
    this.interactions.set(id, state);
    this.interactionsByToken.set(token, state);
    this.dispatch('INTERACTION_CREATE', payload);
    this.notify();
    return info;
  }

  private findCommand(name: string, type: number, guildId: string): StoredCommand | undefined {
    const candidates = [...(this.guildCommands.get(guildId) ?? []), ...this.globalCommands];
    return candidates.find((c) => c.name === name && c.type === type);
  }

  private buildOptions(options: CommandOptionsInput | undefined, registered: StoredCommand | undefined): CommandOptionInput[] {
    if (options === undefined) return [];
    if (Array.isArray(options)) return clone(options);
    const declared = Array.isArray(registered?.options) ? registered.options.filter(isObject) : [];
    return Object.entries(options).map(([name, value]) => {
      const decl = declared.find((o) => o.name === name);
      let type: number;
      if (typeof decl?.type === 'number') type = decl.type;
      else if (typeof value === 'boolean') type = 5;
      else if (typeof value === 'number') type = Number.isInteger(value) ? 4 : 10;
      else type = 3;
      return { name, type, value };
    });
  }

  private findMessageWithComponent(customId: string, channelId?: string): StoredMessage | undefined {
    const has = (components: unknown[]): boolean =>
      components.some(
        (c) =>
          isObject(c) &&
          (c.custom_id === customId ||
            (Array.isArray(c.components) && has(c.components)) ||
            (isObject(c.accessory) && c.accessory.custom_id === customId)),
      );
    const all = [...this.messages.values()].reverse();
    return all.find((m) => !m.deleted && (!channelId || m.data.channel_id === channelId) && has(m.data.components));
  }

  // -------------------------------------------------------------------------
  // Model helpers

  private memberOf(user: FakeUser, roles: string[], withUser = true): JsonObject {
    const member: JsonObject = {
      roles,
      nick: null,
      avatar: null,
      premium_since: null,
      joined_at: new Date(snowflakeTime(this.guildId)).toISOString(),
      pending: false,
      deaf: false,
      mute: false,
      flags: 0,
      communication_disabled_until: null,
    };
    if (withUser) member.user = clone(user);
    return member;
  }

  private rememberMember(user: FakeUser): void {
    this.users.set(user.id, clone(user));
    if (!this.members.has(user.id)) this.members.set(user.id, this.memberOf(user, []));
  }

  private userById(id: string): FakeUser {
    if (id === this.botUserId) return clone(this.botUser);
    const known = this.users.get(id);
    if (known) return clone(known);
    return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  }

  private parseMentions(content: string): FakeUser[] {
    const users: FakeUser[] = [];
    for (const match of content.matchAll(/<@!?(\d+)>/g)) {
      const id = match[1];
      if (id && !users.some((u) => u.id === id)) users.push(this.userById(id));
    }
    return users;
  }

  private requireChannel(id: string): FakeChannel {
    const channel = this.channels.get(id);
    if (!channel) throw new Error(`fakeDiscord: unknown channel ${id}`);
    return channel;
  }

  private baseMessage(id: string, channel: FakeChannel, author: FakeUser): FakeMessage {
    return {
      id,
      channel_id: channel.id,
      guild_id: channel.guild_id,
      type: 0,
      content: '',
      author: clone(author),
      embeds: [],
      components: [],
      attachments: [],
      flags: 0,
      timestamp: new Date(snowflakeTime(id)).toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
    };
  }

  private attachment(channelId: string, filename: string, size: number, contentType?: string, description?: string): FakeAttachment {
    const id = snowflake();
    const url = `http://127.0.0.1:${this.port}/attachments/${channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size,
      url,
      proxy_url: url,
      ...(contentType ? { content_type: contentType } : {}),
      ...(description ? { description } : {}),
    };
  }

  private storeMessage(message: FakeMessage, ephemeral: boolean): StoredMessage {
    const stored: StoredMessage = { data: message, ephemeral, deleted: false };
    this.messages.set(message.id, stored);
    const list = this.channelMessages.get(message.channel_id) ?? [];
    list.push(message.id);
    this.channelMessages.set(message.channel_id, list);
    const channel = this.channels.get(message.channel_id);
    if (channel && !ephemeral) {
      channel.last_message_id = message.id;
      if (channel.thread_metadata && message.type !== 21) {
        channel.message_count = (channel.message_count ?? 0) + 1;
        channel.total_message_sent = (channel.total_message_sent ?? 0) + 1;
      }
    }
    return stored;
  }

  /** Builds a message the bot sends from a create payload (already validated). */
  private botMessage(channel: FakeChannel, body: JsonObject, files: RecordedFile[], type: number): FakeMessage {
    const message = this.baseMessage(snowflake(), channel, this.botUser);
    message.type = type;
    this.applyEdit(message, body, files);
    message.flags = typeof body.flags === 'number' ? body.flags & ~FLAG_LOADING : 0;
    message.tts = body.tts === true;
    message.mentions = this.parseMentions(message.content);
    return message;
  }

  /** Applies create/edit fields the way Discord does: present keys replace, absent keys keep. */
  private applyEdit(message: FakeMessage, body: JsonObject, files: RecordedFile[]): void {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) {
      message.embeds = Array.isArray(body.embeds) ? body.embeds.filter(isObject).map((e) => ({ type: 'rich', ...clone(e) })) : [];
    }
    if ('components' in body) message.components = Array.isArray(body.components) ? body.components.filter(isObject).map(clone) : [];
    const described = Array.isArray(body.attachments) ? body.attachments.filter(isObject) : null;
    if (described) {
      const keepIds = new Set(described.map((a) => String(a.id)));
      message.attachments = message.attachments.filter((a) => keepIds.has(a.id));
    }
    files.forEach((file, index) => {
      const meta = described?.find((a) => String(a.id) === String(index));
      const filename = typeof meta?.filename === 'string' ? meta.filename : file.filename;
      const description = typeof meta?.description === 'string' ? meta.description : undefined;
      message.attachments.push(this.attachment(message.channel_id, filename, file.size, file.contentType, description));
    });
    if ('content' in body) message.mentions = this.parseMentions(message.content);
  }

  private makeThread(parent: FakeChannel, id: string, name: string, type: number, ownerId: string, autoArchive: number): FakeChannel {
    const now = new Date().toISOString();
    return {
      id,
      type,
      name,
      guild_id: parent.guild_id,
      parent_id: parent.id,
      position: 0,
      topic: null,
      nsfw: false,
      rate_limit_per_user: 0,
      last_message_id: null,
      permission_overwrites: [],
      flags: 0,
      owner_id: ownerId,
      thread_metadata: {
        archived: false,
        auto_archive_duration: autoArchive,
        archive_timestamp: now,
        locked: false,
        create_timestamp: now,
        ...(type === 12 ? { invitable: true } : {}),
      },
      message_count: 0,
      total_message_sent: 0,
      member_count: 1,
    };
  }

  private registerThread(thread: FakeChannel, starter: StoredMessage | undefined): void {
    this.channels.set(thread.id, thread);
    if (!starter) return;
    starter.data.thread = clone(thread);
    // Discord puts a type-21 "thread starter" system message (empty content) in a thread started from a message.
    const system = this.baseMessage(snowflake(), thread, starter.data.author);
    system.type = 21;
    system.message_reference = { type: 0, message_id: starter.data.id, channel_id: starter.data.channel_id, guild_id: thread.guild_id };
    this.storeMessage(system, false);
  }

  /** A new message in an archived (unlocked) thread unarchives it, as on Discord. */
  private unarchiveOnMessage(channel: FakeChannel): void {
    const meta = channel.thread_metadata;
    if (!meta?.archived || meta.locked) return;
    meta.archived = false;
    meta.archive_timestamp = new Date().toISOString();
    this.dispatchThread('THREAD_UPDATE', json(channel));
  }

  // -------------------------------------------------------------------------
  // Gateway

  private onGatewayConnection(ws: WebSocket, url: URL): void {
    const record: GatewayConnectionRecord = {
      at: Date.now(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      closeCode: null,
      closedBy: null,
    };
    this.gatewayConnections.push(record);
    const conn: GatewayConnection = { ws, session: null, record };
    this.connections.add(conn);
    this.log(`gateway connect ${url.pathname}${url.search}`);
    ws.on('message', (raw) => this.onGatewayMessage(conn, raw));
    ws.on('close', (code) => {
      this.connections.delete(conn);
      if (record.closedBy === null) {
        record.closedBy = 'client';
        record.closeCode = code;
        const session = conn.session;
        if (session && session.conn === conn) {
          session.conn = null;
          // A client closing with 1000/1001 ends its session; 4200 (discord.js "resuming") keeps it.
          if (code === 1000 || code === 1001) session.valid = false;
        }
      }
      this.log(`gateway close ${code} by ${record.closedBy}`);
      this.notify();
    });
    ws.on('error', () => {});
    this.send(conn, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs }, s: null, t: null });
    this.notify();
  }

  private send(conn: GatewayConnection, payload: object): void {
    if (conn.ws.readyState === WebSocket.OPEN) conn.ws.send(JSON.stringify(payload));
  }

  private closeConn(conn: GatewayConnection, code: number, reason: string): void {
    conn.record.closeCode = code;
    conn.record.closedBy = 'server';
    if (conn.session?.conn === conn) conn.session.conn = null;
    conn.ws.close(code, reason);
  }

  private onGatewayMessage(conn: GatewayConnection, raw: RawData): void {
    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString());
    } catch {
      this.closeConn(conn, 4002, 'Error while decoding payload.');
      return;
    }
    if (!isObject(payload)) {
      this.closeConn(conn, 4002, 'Error while decoding payload.');
      return;
    }
    const d = isObject(payload.d) ? payload.d : {};
    switch (payload.op) {
      case 1:
        if (this.ackHeartbeats) this.send(conn, { op: 11, d: null, s: null, t: null });
        break;
      case 2:
        this.onIdentify(conn, d);
        break;
      case 6:
        this.onResume(conn, d);
        break;
      case 8:
        this.onRequestMembers(conn, d);
        break;
      case 3:
      case 4:
        break;
      default:
        this.closeConn(conn, 4001, 'Unknown opcode.');
    }
    this.notify();
  }

  private tokenOk(token: unknown): boolean {
    if (typeof token !== 'string' || token === '') return false;
    return this.options.token === undefined || token.replace(/^Bot /, '') === this.options.token;
  }

  private onIdentify(conn: GatewayConnection, d: JsonObject): void {
    if (conn.session) {
      this.closeConn(conn, 4005, 'Already authenticated.');
      return;
    }
    if (!this.tokenOk(d.token)) {
      this.closeConn(conn, 4004, 'Authentication failed.');
      return;
    }
    // Discord refuses the privileged Message Content intent unless the application has it enabled (Developer Portal).
    const requested = typeof d.intents === 'number' ? d.intents : 0;
    if ((requested & INTENT_MESSAGE_CONTENT) !== 0 && (this.options.applicationFlags & (APP_FLAG_MESSAGE_CONTENT | APP_FLAG_MESSAGE_CONTENT_LIMITED)) === 0) {
      this.closeConn(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    // `shard: [id, count]`, as Discord checks it: anything else closes with 4010 (Invalid shard).
    const shard = d.shard === undefined ? null : d.shard;
    if (shard !== null && !(Array.isArray(shard) && shard.length === 2 && shard.every(Number.isInteger) && (shard[1] as number) >= 1 && (shard[0] as number) >= 0 && (shard[0] as number) < (shard[1] as number))) {
      this.closeConn(conn, 4010, 'Invalid shard.');
      return;
    }
    const session: Session = {
      id: `sess_${snowflake()}`,
      seq: 0,
      intents: typeof d.intents === 'number' ? d.intents : 0,
      shard: shard as [number, number] | null,
      token: String(d.token),
      conn,
      valid: true,
      log: [],
    };
    this.sessions.set(session.id, session);
    conn.session = session;
    this.identifies.push({
      at: Date.now(),
      token: session.token,
      intents: session.intents,
      properties: isObject(d.properties) ? d.properties : {},
      sessionId: session.id,
      shard: session.shard && [...session.shard],
    });
    this.log(`identify intents=${session.intents}${session.shard ? ` shard=${session.shard.join('/')}` : ''}`);
    const guildIds = this.guildIds.filter((id) => this.receives(session, id));
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...clone(this.botUser), verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway-resume`,
      application: { id: this.applicationId, flags: this.options.applicationFlags },
      shard: session.shard ?? [0, 1],
      private_channels: [],
      relationships: [],
      presences: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    for (const id of guildIds) this.sendDispatch(session, 'GUILD_CREATE', this.guildCreatePayload(id));
  }

  /** Whether a session gets a guild's events: every guild without sharding, else the guilds of its shard. */
  private receives(session: Session, guildId: string): boolean {
    return session.shard === null || shardOfGuild(guildId, session.shard[1]) === session.shard[0];
  }

  /** GUILD_CREATE data as sent after READY: channels, active threads, roles, the bot's member. */
  guildCreatePayload(guildId: string = this.guildId): JsonObject {
    const all = [...this.channels.values()].filter((c) => c.guild_id === guildId);
    const everyone = this.options.memberPermissions;
    const systemChannel = all.find((c) => c.type === 0 || c.type === 5);
    return {
      id: guildId,
      name: this.options.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: this.ownerUserId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      features: [],
      application_id: null,
      system_channel_id: systemChannel?.id ?? null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      max_members: 500000,
      max_video_channel_users: 25,
      joined_at: new Date(snowflakeTime(this.guildId)).toISOString(),
      large: false,
      unavailable: false,
      lazy: true,
      member_count: this.members.size + 1,
      roles: [
        { id: guildId, name: '@everyone', permissions: everyone.toString(), position: 0, color: 0, hoist: false, managed: false, mentionable: false, icon: null, unicode_emoji: null, flags: 0 },
        { id: this.botRoleId, name: this.options.botUsername, permissions: this.options.botPermissions.toString(), position: 1, color: 0, hoist: false, managed: true, mentionable: false, icon: null, unicode_emoji: null, flags: 0, tags: { bot_id: this.botUserId } },
      ],
      members: [clone(this.members.get(this.botUserId) ?? {})],
      channels: all.filter((c) => !c.thread_metadata).map(clone),
      threads: all.filter((c) => c.thread_metadata && !c.thread_metadata.archived).map(clone),
      presences: [],
      voice_states: [],
      emojis: [],
      stickers: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private onResume(conn: GatewayConnection, d: JsonObject): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (!session || !session.valid || !this.tokenOk(d.token)) {
      this.resumes.push({ at: Date.now(), sessionId: String(d.session_id), seq, accepted: false, replayed: 0 });
      this.send(conn, { op: 9, d: false, s: null, t: null });
      return;
    }
    if (session.conn && session.conn !== conn) this.closeConn(session.conn, 4000, 'Session resumed elsewhere');
    session.conn = conn;
    conn.session = session;
    const missed = session.log.filter((p) => p.s > seq);
    for (const payload of missed) this.send(conn, payload);
    this.resumes.push({ at: Date.now(), sessionId: session.id, seq, accepted: true, replayed: missed.length });
    this.sendDispatch(session, 'RESUMED', {});
    this.log(`resumed ${session.id}, replayed ${missed.length}`);
  }

  private onRequestMembers(conn: GatewayConnection, d: JsonObject): void {
    const session = conn.session;
    if (!session) return;
    const wanted = Array.isArray(d.user_ids) ? d.user_ids.map(String) : typeof d.user_ids === 'string' ? [d.user_ids] : null;
    const members = [...this.members.entries()].filter(([id]) => !wanted || wanted.includes(id)).map(([, m]) => clone(m));
    const notFound = wanted ? wanted.filter((id) => !this.members.has(id)) : [];
    this.sendDispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: this.guildId,
      members,
      chunk_index: 0,
      chunk_count: 1,
      not_found: notFound,
      ...(d.nonce !== undefined ? { nonce: d.nonce } : {}),
    });
  }

  private sendDispatch(session: Session, t: string, d: JsonObject): void {
    session.seq += 1;
    const payload = { op: 0 as const, t, s: session.seq, d };
    session.log.push(payload);
    if (session.log.length > 1000) session.log.shift();
    this.dispatched.push({ at: Date.now(), sessionId: session.id, s: session.seq, t, d });
    if (session.conn) this.send(session.conn, payload);
  }

  /** Sends to each valid session the data `shape` returns for it (null skips the session), a guild's events only to its shard. */
  private dispatchFiltered(t: string, shape: (session: Session) => JsonObject | null): void {
    for (const session of this.sessions.values()) {
      if (!session.valid) continue;
      const d = shape(session);
      if (d && (typeof d.guild_id !== 'string' || this.receives(session, d.guild_id))) this.sendDispatch(session, t, clone(d));
    }
  }

  private dispatchThread(t: string, thread: JsonObject): void {
    this.dispatchFiltered(t, (s) => ((s.intents & INTENT_GUILDS) !== 0 ? thread : null));
  }

  /** MESSAGE_* needs GUILD_MESSAGES; without MESSAGE_CONTENT, content is blanked unless the bot is author or mentioned. */
  private dispatchMessage(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: FakeMessage): void {
    this.dispatchFiltered(t, (s) => {
      if ((s.intents & INTENT_GUILD_MESSAGES) === 0) return null;
      const exempt =
        (s.intents & INTENT_MESSAGE_CONTENT) !== 0 ||
        message.author.id === this.botUserId ||
        message.mentions.some((u) => u.id === this.botUserId);
      const d = json(message);
      if (!exempt) {
        d.content = '';
        d.embeds = [];
        d.attachments = [];
        d.components = [];
      }
      return d;
    });
  }

  private echo(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', stored: StoredMessage): void {
    if (this.options.echoOwnMessages && !stored.ephemeral) this.dispatchMessage(t, stored.data);
  }

  private echoDelete(stored: StoredMessage): void {
    if (!this.options.echoOwnMessages || stored.ephemeral) return;
    const d = { id: stored.data.id, channel_id: stored.data.channel_id, guild_id: stored.data.guild_id ?? this.guildId };
    this.dispatchFiltered('MESSAGE_DELETE', (s) => ((s.intents & INTENT_GUILD_MESSAGES) !== 0 ? d : null));
  }

  // -------------------------------------------------------------------------
  // HTTP

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  private describeRecent(): string {
    const recent = this.requests.slice(-12).map((r) => `  ${r.method} ${r.path} -> ${r.status}`);
    return recent.length ? `Last requests:\n${recent.join('\n')}` : 'No requests recorded.';
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = '/api/v10';
    const inApi = url.pathname === prefix || url.pathname.startsWith(`${prefix}/`);
    const path = inApi
      ? url.pathname.slice(prefix.length).split('/').map((seg) => {
          try {
            return decodeURIComponent(seg);
          } catch {
            return seg;
          }
        }).join('/') || '/'
      : url.pathname;

    let body: JsonBody = null;
    let files: RecordedFile[] = [];
    let parseError = false;
    try {
      ({ body, files } = await parseBody(raw, req.headers['content-type'] ?? ''));
    } catch {
      parseError = true;
    }

    const delay = this.delays.filter((d) => !d.match || matches(d.match, method, path)).reduce((n, d) => n + d.ms, this.options.delayMs);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

    const route = inApi ? this.matchRoute(method, path) : undefined;
    const header = (name: string): string | null => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : null;
    };
    const record: RecordedRequest = {
      seq: ++this.requestSeq,
      at: Date.now(),
      method,
      path,
      route: route ? `${route.route.method} ${route.route.pattern}` : 'unknown',
      params: route?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      authorization: header('authorization'),
      auditLogReason: header('x-audit-log-reason'),
      body,
      files,
      status: 0,
      response: null,
      fault: false,
    };

    let reply: Reply;
    const fault = this.faults.find((f) => f.left > 0 && matches(f, method, path));
    if (this.closed) {
      reply = { status: 503, body: { message: 'server closed', code: 0 } };
    } else if (fault) {
      fault.left -= 1;
      record.fault = true;
      reply = faultReply(fault);
    } else if (!inApi && method === 'GET' && this.attachmentFiles.has(path)) {
      const file = this.attachmentFiles.get(path)!;
      reply = { status: 200, raw: file.data, headers: { 'content-type': file.contentType } };
    } else if (parseError) {
      reply = error(400, 50109, 'The request body contains invalid JSON.');
    } else if (!route) {
      reply = NOT_FOUND();
    } else if (route.route.auth && !this.authorized(record.authorization)) {
      reply = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    } else {
      try {
        reply = await route.route.handler({ method, path, params: route.params, query: url.searchParams, body, files });
      } catch (err) {
        this.log(`handler error: ${String(err)}`);
        reply = { status: 500, body: { message: '500: Internal Server Error', code: 0 } };
      }
    }

    record.status = reply.status;
    record.response = reply.body ?? null;
    this.requests.push(record);
    this.log(`${method} ${path} -> ${reply.status}`);
    // Recorded before answering: once the client's promise settles, the test can see the request.
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined) headers['content-type'] = 'application/json';
    if (reply.raw) {
      res.writeHead(reply.status, { ...headers, 'content-length': String(reply.raw.length) });
      res.end(reply.raw);
      this.notify();
      return;
    }
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
    this.notify();
  }

  private authorized(header: string | null): boolean {
    if (!header?.startsWith('Bot ')) return false;
    return this.tokenOk(header.slice(4));
  }

  private matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.keys.forEach((key, i) => {
        params[key] = m[i + 1] ?? '';
      });
      return { route, params };
    }
    return undefined;
  }

  private buildRoutes(): Route[] {
    const routes: Route[] = [];
    const add = (method: string, pattern: string, handler: Route['handler'], auth = true): void => {
      const keys: string[] = [];
      const source = pattern
        .split('/')
        .map((seg) => {
          if (seg.startsWith(':')) {
            keys.push(seg.slice(1));
            return '([^/]+)';
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      routes.push({ method, pattern, regex: new RegExp(`^${source}$`), keys, auth, handler });
    };

    add('GET', '/gateway', () => ({ status: 200, body: { url: this.gatewayUrl } }), false);
    add('GET', '/gateway/bot', () => ({
      status: 200,
      body: {
        url: this.gatewayUrl,
        shards: this.options.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: this.options.maxConcurrency },
      },
    }));
    add('GET', '/users/@me', () => ({ status: 200, body: { ...clone(this.botUser), verified: true, flags: 0, mfa_enabled: false } }));
    add('GET', '/applications/@me', () => ({ status: 200, body: this.applicationPayload() }));
    add('GET', '/oauth2/applications/@me', () => ({ status: 200, body: this.applicationPayload() }));

    add('PUT', '/applications/:app/commands', (ctx) => this.putCommands(ctx, null));
    add('GET', '/applications/:app/commands', (ctx) => this.getCommands(ctx, null));
    add('PUT', '/applications/:app/guilds/:guild/commands', (ctx) => this.putCommands(ctx, ctx.params.guild ?? ''));
    add('GET', '/applications/:app/guilds/:guild/commands', (ctx) => this.getCommands(ctx, ctx.params.guild ?? ''));

    add('POST', '/interactions/:interaction/:token/callback', (ctx) => this.interactionCallback(ctx), false);
    add('POST', '/webhooks/:app/:token', (ctx) => this.createFollowUp(ctx), false);
    add('GET', '/webhooks/:app/:token/messages/:message', (ctx) => this.webhookMessage(ctx, 'get'), false);
    add('PATCH', '/webhooks/:app/:token/messages/:message', (ctx) => this.webhookMessage(ctx, 'patch'), false);
    add('DELETE', '/webhooks/:app/:token/messages/:message', (ctx) => this.webhookMessage(ctx, 'delete'), false);

    add('GET', '/guilds/:guild', (ctx) => (this.guildIds.includes(ctx.params.guild ?? '') ? { status: 200, body: this.guildCreatePayload(ctx.params.guild) } : error(404, 10004, 'Unknown Guild')));
    add('GET', '/guilds/:guild/channels', (ctx) =>
      this.guildIds.includes(ctx.params.guild ?? '')
        ? { status: 200, body: [...this.channels.values()].filter((c) => !c.thread_metadata && c.guild_id === ctx.params.guild).map(clone) }
        : error(404, 10004, 'Unknown Guild'),
    );
    add('GET', '/guilds/:guild/threads/active', () => ({
      status: 200,
      body: { threads: this.threads().filter((t) => !t.thread_metadata?.archived), members: [] },
    }));
    add('GET', '/guilds/:guild/members/:user', (ctx) => {
      const member = this.members.get(ctx.params.user ?? '');
      return member ? { status: 200, body: clone(member) } : error(404, 10007, 'Unknown Member');
    });

    add('GET', '/channels/:channel', (ctx) => {
      const channel = this.channels.get(ctx.params.channel ?? '');
      return channel ? { status: 200, body: clone(channel) } : UNKNOWN_CHANNEL();
    });
    add('PATCH', '/channels/:channel', (ctx) => this.patchChannel(ctx));
    add('POST', '/channels/:channel/typing', (ctx) => (this.channels.has(ctx.params.channel ?? '') ? { status: 204 } : UNKNOWN_CHANNEL()));
    add('GET', '/channels/:channel/messages', (ctx) => this.listMessages(ctx));
    add('POST', '/channels/:channel/messages', (ctx) => this.createChannelMessage(ctx));
    add('GET', '/channels/:channel/messages/:message', (ctx) => {
      const stored = this.channelMessage(ctx);
      return stored ? { status: 200, body: clone(stored.data) } : UNKNOWN_MESSAGE();
    });
    add('PATCH', '/channels/:channel/messages/:message', (ctx) => this.editChannelMessage(ctx));
    add('DELETE', '/channels/:channel/messages/:message', (ctx) => {
      const stored = this.channelMessage(ctx);
      if (!stored) return UNKNOWN_MESSAGE();
      stored.deleted = true;
      this.echoDelete(stored);
      return { status: 204 };
    });
    add('POST', '/channels/:channel/messages/:message/threads', (ctx) => this.startThread(ctx, ctx.params.message ?? ''));
    add('POST', '/channels/:channel/threads', (ctx) => this.startThread(ctx, null));
    add('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', (ctx) => (this.channelMessage(ctx) ? { status: 204 } : UNKNOWN_MESSAGE()));
    add('PUT', '/channels/:channel/thread-members/@me', (ctx) => (this.channels.has(ctx.params.channel ?? '') ? { status: 204 } : UNKNOWN_CHANNEL()));
    add('PUT', '/channels/:channel/thread-members/:user', (ctx) => {
      const thread = this.channels.get(ctx.params.channel ?? '');
      if (!thread?.thread_metadata) return UNKNOWN_CHANNEL();
      const added = this.addedThreadMembers.get(thread.id) ?? [];
      if (!added.includes(ctx.params.user ?? '')) added.push(ctx.params.user ?? '');
      this.addedThreadMembers.set(thread.id, added);
      return { status: 204 };
    });
    return routes;
  }

  private applicationPayload(): JsonObject {
    return {
      id: this.applicationId,
      name: this.options.botUsername,
      icon: null,
      description: '',
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: '0'.repeat(64),
      flags: this.options.applicationFlags,
      owner: { id: this.ownerUserId, username: 'owner', discriminator: '0', global_name: null, avatar: null },
      bot: clone(this.botUser),
      team: null,
      approximate_guild_count: 1,
    };
  }

  // -------------------------------------------------------------------------
  // Commands

  private putCommands(ctx: RequestContext, guildId: string | null): Reply {
    if (ctx.params.app !== this.applicationId) return error(403, 50001, 'Missing Access');
    if (guildId !== null && guildId !== this.guildId) return error(403, 50001, 'Missing Access');
    const errors = validateCommands(ctx.body);
    if (errors.length) return formError(errors);
    const previous = guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []);
    const stored: StoredCommand[] = (ctx.body as JsonObject[]).map((cmd) => {
      const type = typeof cmd.type === 'number' ? cmd.type : 1;
      const name = String(cmd.name);
      const kept = previous.find((p) => p.name === name && p.type === type);
      return {
        ...clone(cmd),
        id: kept?.id ?? snowflake(),
        application_id: this.applicationId,
        name,
        type,
        description: typeof cmd.description === 'string' ? cmd.description : '',
        version: snowflake(),
        default_member_permissions: cmd.default_member_permissions ?? null,
        nsfw: cmd.nsfw === true,
        ...(guildId === null ? {} : { guild_id: guildId }),
      };
    });
    if (guildId === null) this.globalCommands.splice(0, this.globalCommands.length, ...stored);
    else this.guildCommands.set(guildId, stored);
    return { status: 200, body: clone(stored) };
  }

  private getCommands(ctx: RequestContext, guildId: string | null): Reply {
    if (ctx.params.app !== this.applicationId) return error(403, 50001, 'Missing Access');
    const list = guildId === null ? this.globalCommands : (this.guildCommands.get(guildId) ?? []);
    return { status: 200, body: clone(list) };
  }

  // -------------------------------------------------------------------------
  // Interactions

  private interactionCallback(ctx: RequestContext): Reply {
    const state = this.interactions.get(ctx.params.interaction ?? '');
    if (!state || state.info.token !== ctx.params.token) return UNKNOWN_INTERACTION();
    if (state.ackType !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - state.info.createdAt > this.options.interactionExpiryMs) return UNKNOWN_INTERACTION();
    const body = asObject(ctx.body);
    const type = body.type;
    const data = isObject(body.data) ? body.data : {};
    const allowed: Record<number, number[]> = { 2: [4, 5, 9, 12], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };
    if (typeof type !== 'number' || !(allowed[state.info.type] ?? []).includes(type)) {
      return formError([{ path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }]);
    }
    const channel = this.requireChannel(state.info.channelId);
    let message: StoredMessage | undefined;

    if (type === 4 || type === 7) {
      const errors = validateMessagePayload(data);
      if (errors.length) return formError(errors, ['data']);
    }
    if (type === 4) {
      if (isEmptyMessage(data, ctx.files.length)) return EMPTY_MESSAGE();
      const msg = this.botMessage(channel, data, ctx.files, state.info.type === 2 ? 20 : 0);
      msg.webhook_id = this.applicationId;
      msg.application_id = this.applicationId;
      msg.interaction_metadata = this.interactionMetadata(state);
      state.ephemeral = isEphemeralFlags(data.flags);
      message = this.storeMessage(msg, state.ephemeral);
      state.originalId = msg.id;
      this.echo('MESSAGE_CREATE', message);
    } else if (type === 5) {
      const msg = this.baseMessage(snowflake(), channel, this.botUser);
      msg.type = state.info.type === 2 ? 20 : 0;
      state.ephemeral = isEphemeralFlags(data.flags);
      msg.flags = FLAG_LOADING | (state.ephemeral ? FLAG_EPHEMERAL : 0);
      msg.webhook_id = this.applicationId;
      msg.application_id = this.applicationId;
      msg.interaction_metadata = this.interactionMetadata(state);
      message = this.storeMessage(msg, state.ephemeral);
      state.originalId = msg.id;
      this.echo('MESSAGE_CREATE', message);
    } else if (type === 6 || type === 7) {
      const source = state.sourceMessageId ? this.messages.get(state.sourceMessageId) : undefined;
      if (source) {
        state.originalId = source.data.id;
        state.ephemeral = source.ephemeral;
        if (type === 7) {
          const draft = clone(source.data);
          this.applyEdit(draft, data, ctx.files);
          if (isEmptyMessage(json(draft), 0)) return EMPTY_MESSAGE();
          draft.edited_timestamp = new Date().toISOString();
          source.data = draft;
          message = source;
          this.echo('MESSAGE_UPDATE', source);
        }
      }
    } else if (type === 8) {
      const choices = Array.isArray(data.choices) ? data.choices.filter(isObject) : [];
      const errors: FieldError[] = [];
      if (choices.length > 25) errors.push({ path: ['choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      choices.forEach((c, i) => {
        const name = typeof c.name === 'string' ? textLength(c.name) : 0;
        if (name < 1 || name > 100) errors.push({ path: ['choices', i, 'name'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
        if (typeof c.value === 'string' && textLength(c.value) > 100) errors.push({ path: ['choices', i, 'value'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      });
      if (errors.length) return formError(errors, ['data']);
      state.choices = choices.map(clone);
    } else if (type === 9) {
      const errors: FieldError[] = [];
      const customId = typeof data.custom_id === 'string' ? textLength(data.custom_id) : 0;
      const title = typeof data.title === 'string' ? textLength(data.title) : 0;
      if (customId < 1 || customId > 100) errors.push({ path: ['custom_id'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' });
      if (title < 1 || title > 45) errors.push({ path: ['title'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 45 in length.' });
      const components = Array.isArray(data.components) ? data.components : [];
      if (components.length < 1 || components.length > 5) errors.push({ path: ['components'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 5 in length.' });
      if (errors.length) return formError(errors, ['data']);
      state.modal = clone(data);
    }
    state.ackType = type;

    if (ctx.query.get('with_response') !== 'true') return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id: state.info.id,
          type: state.info.type,
          response_message_id: message?.data.id,
          response_message_loading: type === 5,
          response_message_ephemeral: state.ephemeral,
        },
        resource: { type, ...(message ? { message: clone(message.data) } : {}) },
      },
    };
  }

  private interactionMetadata(state: InteractionState): JsonObject {
    const metadata: JsonObject = {
      id: state.info.id,
      type: state.info.type,
      user: clone(state.info.user),
      authorizing_integration_owners: { '0': state.info.guildId },
    };
    if (state.info.type === 2 && isObject(state.info.payload.data)) metadata.name = state.info.payload.data.name;
    if (state.sourceMessageId) metadata.interacted_message_id = state.sourceMessageId;
    return metadata;
  }

  /** Resolves a webhook route's interaction, or the Discord error for it. */
  private webhookState(ctx: RequestContext): InteractionState | Reply {
    const app = ctx.params.app ?? '';
    if (!SNOWFLAKE.test(app)) {
      return formError([{ path: ['webhook_id'], code: 'NUMBER_TYPE_COERCE', message: `Value "${app}" is not snowflake.` }]);
    }
    const state = this.interactionsByToken.get(ctx.params.token ?? '');
    if (app !== this.applicationId || !state) return UNKNOWN_WEBHOOK();
    if (Date.now() - state.info.createdAt > this.options.interactionTokenTtlMs) return error(401, 50027, 'Invalid Webhook Token');
    // The interaction webhook exists only once the interaction was acknowledged.
    if (state.ackType === null) return UNKNOWN_WEBHOOK();
    return state;
  }

  private createFollowUp(ctx: RequestContext): Reply {
    const state = this.webhookState(ctx);
    if (!('info' in state)) return state;
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, ctx.files.length)) return EMPTY_MESSAGE();
    const wait = ctx.query.get('wait') === 'true';

    // Discord: the first follow-up after a deferred reply replaces the "thinking" message and keeps
    // the deferral's ephemerality, whatever flags the follow-up carries.
    const original = state.originalId ? this.messages.get(state.originalId) : undefined;
    if (state.ackType === 5 && original && !original.deleted && (original.data.flags & FLAG_LOADING) !== 0) {
      const draft = clone(original.data);
      this.applyEdit(draft, body, ctx.files);
      draft.flags &= ~FLAG_LOADING;
      original.data = draft;
      this.echo('MESSAGE_UPDATE', original);
      return wait ? { status: 200, body: clone(draft) } : { status: 204 };
    }

    const channel = this.requireChannel(state.info.channelId);
    const msg = this.botMessage(channel, body, ctx.files, state.info.type === 2 ? 20 : 0);
    msg.webhook_id = this.applicationId;
    msg.application_id = this.applicationId;
    msg.interaction_metadata = this.interactionMetadata(state);
    const stored = this.storeMessage(msg, isEphemeralFlags(body.flags));
    state.followUpIds.push(msg.id);
    this.echo('MESSAGE_CREATE', stored);
    return wait ? { status: 200, body: clone(msg) } : { status: 204 };
  }

  private webhookMessage(ctx: RequestContext, op: 'get' | 'patch' | 'delete'): Reply {
    const state = this.webhookState(ctx);
    if (!('info' in state)) return state;
    const ref = ctx.params.message ?? '';
    const id = ref === '@original' ? state.originalId : ref;
    const owned = id !== null && (id === state.originalId || state.followUpIds.includes(id));
    const stored = owned ? this.messages.get(id) : undefined;
    if (!stored || stored.deleted) return UNKNOWN_MESSAGE();
    if (op === 'get') return { status: 200, body: clone(stored.data) };
    if (op === 'delete') {
      stored.deleted = true;
      this.echoDelete(stored);
      return { status: 204 };
    }
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    const draft = clone(stored.data);
    const wasLoading = (draft.flags & FLAG_LOADING) !== 0;
    this.applyEdit(draft, body, ctx.files);
    if (isEmptyMessage(json(draft), 0)) return EMPTY_MESSAGE();
    draft.flags &= ~FLAG_LOADING;
    if (!wasLoading) draft.edited_timestamp = new Date().toISOString();
    stored.data = draft;
    this.echo('MESSAGE_UPDATE', stored);
    return { status: 200, body: clone(draft) };
  }

  // -------------------------------------------------------------------------
  // Channels and messages

  private channelMessage(ctx: RequestContext): StoredMessage | undefined {
    const stored = this.messages.get(ctx.params.message ?? '');
    if (!stored || stored.deleted || stored.ephemeral || stored.data.channel_id !== ctx.params.channel) return undefined;
    return stored;
  }

  private listMessages(ctx: RequestContext): Reply {
    const channelId = ctx.params.channel ?? '';
    if (!this.channels.has(channelId)) return UNKNOWN_CHANNEL();
    const limitRaw = ctx.query.get('limit');
    const limit = limitRaw === null ? 50 : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return formError([{ path: ['limit'], code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 100.' }]);
    }
    let list = this.messagesIn(channelId);
    const before = ctx.query.get('before');
    const after = ctx.query.get('after');
    const around = ctx.query.get('around');
    const cmp = (a: string, b: string): number => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);
    if (before) list = list.filter((m) => cmp(m.id, before) < 0).slice(-limit);
    else if (after) list = list.filter((m) => cmp(m.id, after) > 0).slice(0, limit);
    else if (around) {
      const i = list.findIndex((m) => cmp(m.id, around) >= 0);
      const start = Math.max(0, (i < 0 ? list.length : i) - Math.floor(limit / 2));
      list = list.slice(start, start + limit);
    } else list = list.slice(-limit);
    return { status: 200, body: list.reverse() };
  }

  private createChannelMessage(ctx: RequestContext): Reply {
    const channel = this.channels.get(ctx.params.channel ?? '');
    if (!channel) return UNKNOWN_CHANNEL();
    if (channel.type === 4) return error(400, 50008, 'Cannot send messages in a non-text channel');
    if (channel.thread_metadata?.locked) return error(403, 50083, 'Thread is locked');
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, ctx.files.length)) return EMPTY_MESSAGE();
    let reference: StoredMessage | undefined;
    if (isObject(body.message_reference)) {
      const ref = body.message_reference;
      reference = this.messages.get(String(ref.message_id));
      const refChannel = typeof ref.channel_id === 'string' ? ref.channel_id : channel.id;
      if ((!reference || reference.deleted || reference.data.channel_id !== refChannel) && ref.fail_if_not_exists !== false) {
        return formError([{ path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }]);
      }
    }
    this.unarchiveOnMessage(channel);
    const msg = this.botMessage(channel, body, ctx.files, reference ? 19 : 0);
    if (reference) {
      msg.message_reference = { type: 0, message_id: reference.data.id, channel_id: reference.data.channel_id, guild_id: channel.guild_id };
      msg.referenced_message = clone(reference.data);
    }
    const stored = this.storeMessage(msg, false);
    this.echo('MESSAGE_CREATE', stored);
    return { status: 200, body: clone(msg) };
  }

  private editChannelMessage(ctx: RequestContext): Reply {
    const stored = this.channelMessage(ctx);
    if (!stored) return UNKNOWN_MESSAGE();
    if (stored.data.author.id !== this.botUserId) return error(403, 50005, 'Cannot edit a message authored by another user');
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    const draft = clone(stored.data);
    this.applyEdit(draft, body, ctx.files);
    if (isEmptyMessage(json(draft), 0)) return EMPTY_MESSAGE();
    draft.edited_timestamp = new Date().toISOString();
    stored.data = draft;
    this.echo('MESSAGE_UPDATE', stored);
    return { status: 200, body: clone(draft) };
  }

  private startThread(ctx: RequestContext, messageId: string | null): Reply {
    const parent = this.channels.get(ctx.params.channel ?? '');
    if (!parent) return UNKNOWN_CHANNEL();
    if (parent.type !== 0 && parent.type !== 5) return error(400, 50024, 'Cannot execute action on this channel type');
    const body = asObject(ctx.body);
    const errors = validateThreadBody(body);
    if (errors.length) return formError(errors);
    let starter: StoredMessage | undefined;
    if (messageId !== null) {
      starter = this.messages.get(messageId);
      if (!starter || starter.deleted || starter.ephemeral || starter.data.channel_id !== parent.id) return UNKNOWN_MESSAGE();
      if (starter.data.thread || this.channels.has(messageId)) {
        return error(400, 160004, 'A thread has already been created for this message');
      }
    }
    const type = messageId !== null ? (parent.type === 5 ? 10 : 11) : typeof body.type === 'number' ? body.type : 12;
    if (![10, 11, 12].includes(type)) {
      return formError([{ path: ['type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {10, 11, 12}.' }]);
    }
    const autoArchive = typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 4320;
    const thread = this.makeThread(parent, messageId ?? snowflake(), String(body.name), type, this.botUserId, autoArchive);
    if (typeof body.rate_limit_per_user === 'number') thread.rate_limit_per_user = body.rate_limit_per_user;
    this.registerThread(thread, starter);
    const member = { id: thread.id, user_id: this.botUserId, join_timestamp: new Date().toISOString(), flags: 0 };
    this.dispatchThread('THREAD_CREATE', { ...clone(thread), newly_created: true, member });
    return { status: 201, body: { ...clone(thread), member } };
  }

  private patchChannel(ctx: RequestContext): Reply {
    const channel = this.channels.get(ctx.params.channel ?? '');
    if (!channel) return UNKNOWN_CHANNEL();
    const body = asObject(ctx.body);
    const errors = validateChannelPatch(body);
    if (errors.length) return formError(errors);
    if (typeof body.name === 'string') channel.name = body.name;
    if ('topic' in body) channel.topic = typeof body.topic === 'string' ? body.topic : null;
    if (typeof body.rate_limit_per_user === 'number') channel.rate_limit_per_user = body.rate_limit_per_user;
    const meta = channel.thread_metadata;
    if (meta) {
      if (typeof body.archived === 'boolean') {
        meta.archived = body.archived;
        meta.archive_timestamp = new Date().toISOString();
      }
      if (typeof body.locked === 'boolean') meta.locked = body.locked;
      if (typeof body.auto_archive_duration === 'number') meta.auto_archive_duration = body.auto_archive_duration;
      this.dispatchThread('THREAD_UPDATE', json(channel));
    } else {
      this.dispatchThread('CHANNEL_UPDATE', json(channel));
    }
    return { status: 200, body: clone(channel) };
  }
}

// ---------------------------------------------------------------------------

function faultReply(fault: FaultRule): Reply {
  if (fault.status === 429) {
    const retryAfter = fault.retryAfterSeconds ?? 0.1;
    const headers: Record<string, string> = {
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': fault.global ? 'global' : 'user',
    };
    if (fault.global) {
      headers['x-ratelimit-global'] = 'true';
    } else {
      // A route's own limit comes with its bucket headers, as on Discord: discord.js then holds that bucket until the reset.
      headers['x-ratelimit-limit'] = '5';
      headers['x-ratelimit-remaining'] = '0';
      headers['x-ratelimit-reset'] = ((Date.now() + retryAfter * 1000) / 1000).toFixed(3);
      headers['x-ratelimit-reset-after'] = retryAfter.toFixed(3);
      headers['x-ratelimit-bucket'] = fault.bucket ?? 'fake-bucket';
    }
    return {
      status: 429,
      headers,
      body: { message: fault.message ?? 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false, ...(fault.code !== undefined ? { code: fault.code } : {}) },
    };
  }
  if (fault.status >= 500) {
    const text: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };
    return { status: fault.status, body: { message: `${fault.status}: ${text[fault.status] ?? 'Server Error'}`, code: fault.code ?? 0 } };
  }
  return error(fault.status, fault.code ?? 0, fault.message ?? `${fault.status}: Error`);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: JsonBody; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    // undici's Response parses multipart exactly as the client's FormData encoded it.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let body: JsonBody = null;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as JsonBody;
      } else {
        const data = Buffer.from(await value.arrayBuffer());
        files.push({ field, filename: value.name, contentType: value.type, size: data.length, data });
      }
    }
    return { body, files };
  }
  return { body: JSON.parse(raw.toString('utf8')) as JsonBody, files: [] };
}

/** Starts the fake on 127.0.0.1 (random port). Tests must `await client.destroy()` before `close()`. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}
