// Public record and input shapes of the fake Discord.
import type { JsonObject } from './validation.ts';

export type { JsonObject } from './validation.ts';

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

/** A file a user uploads (addAttachment): its name, bytes, type and the channel it is uploaded in. */
export interface AttachmentInput {
  filename: string;
  data: Buffer | string;
  contentType?: string;
  channelId?: string;
}

/** A modal a user submits (sendModalSubmit): its custom id, each text input's value, and where it came from. */
export interface ModalSubmitInput {
  customId: string;
  fields: Record<string, string>;
  messageId?: string;
  user?: FakeUserInput;
  channelId?: string;
  memberPermissions?: bigint;
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
  /** The member's permissions; default: the server's default member permissions. */
  memberPermissions?: bigint;
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
