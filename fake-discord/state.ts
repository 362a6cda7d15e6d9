// The guild as Discord stores it: ids, channels and threads, messages, members, users, commands, uploads.
import {
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_MEMBER_PERMISSIONS,
  FLAG_LOADING,
  clone,
  snowflake,
  snowflakeTime,
} from './shared.ts';
import type {
  FakeAttachment,
  FakeChannel,
  FakeDiscordOptions,
  FakeMessage,
  FakeUser,
  RecordedFile,
  StoredCommand,
  AttachmentInput,
} from './types.ts';
import { isObject, type JsonObject } from './validation.ts';

export type ResolvedOptions = Required<Omit<FakeDiscordOptions, 'channels' | 'token' | 'debug'>> &
  Pick<FakeDiscordOptions, 'token'>;

export interface StoredMessage {
  data: FakeMessage;
  ephemeral: boolean;
  deleted: boolean;
}

export class FakeState {
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
  readonly options: ResolvedOptions;
  readonly log: (line: string) => void;
  /** Set by `listen`: attachment URLs and the gateway URLs point here. */
  port = 0;
  gatewayUrl = '';
  closed = false;

  readonly globalCommands: StoredCommand[] = [];
  readonly guildCommands = new Map<string, StoredCommand[]>();
  readonly channels = new Map<string, FakeChannel>();
  /** Members the bot added to each thread (PUT /channels/:thread/thread-members/:user). */
  readonly addedThreadMembers = new Map<string, string[]>();
  readonly messages = new Map<string, StoredMessage>();
  readonly channelMessages = new Map<string, string[]>();
  readonly members = new Map<string, JsonObject>();
  readonly users = new Map<string, FakeUser>();
  /** Content of the attachments made with `addAttachment`, by URL path. */
  readonly attachmentFiles = new Map<string, { data: Buffer; contentType: string }>();

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
    const firstText = [...this.channels.values()].find(
      (c) => (c.type === 0 || c.type === 5) && c.guild_id === this.guildId,
    );
    this.channelId = firstText?.id ?? this.channelIds[0] ?? '';

    this.members.set(this.botUserId, this.memberOf(this.botUser, [this.botRoleId]));
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
  addAttachment(input: AttachmentInput): FakeAttachment {
    const data = typeof input.data === 'string' ? Buffer.from(input.data) : input.data;
    const attachment = this.attachment(
      input.channelId ?? this.channelId,
      input.filename,
      data.length,
      input.contentType,
    );
    this.attachmentFiles.set(new URL(attachment.url).pathname, {
      data,
      contentType: input.contentType ?? 'application/octet-stream',
    });
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

  /** Whether a token (REST `Bot ...` or IDENTIFY) is accepted: any, unless the fake was given one. */
  tokenOk(token: unknown): boolean {
    if (typeof token !== 'string' || token === '') return false;
    return this.options.token === undefined || token.replace(/^Bot /, '') === this.options.token;
  }

  findCommand(name: string, type: number, guildId: string): StoredCommand | undefined {
    const candidates = [...(this.guildCommands.get(guildId) ?? []), ...this.globalCommands];
    return candidates.find((c) => c.name === name && c.type === type);
  }

  findMessageWithComponent(customId: string, channelId?: string): StoredMessage | undefined {
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

  memberOf(user: FakeUser, roles: string[], withUser = true): JsonObject {
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

  rememberMember(user: FakeUser): void {
    this.users.set(user.id, clone(user));
    if (!this.members.has(user.id)) this.members.set(user.id, this.memberOf(user, []));
  }

  userById(id: string): FakeUser {
    if (id === this.botUserId) return clone(this.botUser);
    const known = this.users.get(id);
    if (known) return clone(known);
    return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  }

  parseMentions(content: string): FakeUser[] {
    const users: FakeUser[] = [];
    for (const match of content.matchAll(/<@!?(\d+)>/g)) {
      const id = match[1];
      if (id && !users.some((u) => u.id === id)) users.push(this.userById(id));
    }
    return users;
  }

  requireChannel(id: string): FakeChannel {
    const channel = this.channels.get(id);
    if (!channel) throw new Error(`fakeDiscord: unknown channel ${id}`);
    return channel;
  }

  baseMessage(id: string, channel: FakeChannel, author: FakeUser): FakeMessage {
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

  attachment(
    channelId: string,
    filename: string,
    size: number,
    contentType?: string,
    description?: string,
  ): FakeAttachment {
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

  storeMessage(message: FakeMessage, ephemeral: boolean): StoredMessage {
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
  botMessage(channel: FakeChannel, body: JsonObject, files: RecordedFile[], type: number): FakeMessage {
    const message = this.baseMessage(snowflake(), channel, this.botUser);
    message.type = type;
    this.applyEdit(message, body, files);
    message.flags = typeof body.flags === 'number' ? body.flags & ~FLAG_LOADING : 0;
    message.tts = body.tts === true;
    message.mentions = this.parseMentions(message.content);
    return message;
  }

  /** Applies create/edit fields the way Discord does: present keys replace, absent keys keep. */
  applyEdit(message: FakeMessage, body: JsonObject, files: RecordedFile[]): void {
    if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
    if ('embeds' in body) {
      message.embeds = Array.isArray(body.embeds)
        ? body.embeds.filter(isObject).map((e) => ({ type: 'rich', ...clone(e) }))
        : [];
    }
    if ('components' in body)
      message.components = Array.isArray(body.components) ? body.components.filter(isObject).map(clone) : [];
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

  makeThread(
    parent: FakeChannel,
    id: string,
    name: string,
    type: number,
    ownerId: string,
    autoArchive: number,
  ): FakeChannel {
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

  registerThread(thread: FakeChannel, starter: StoredMessage | undefined): void {
    this.channels.set(thread.id, thread);
    if (!starter) return;
    starter.data.thread = clone(thread);
    // Discord puts a type-21 "thread starter" system message (empty content) in a thread started from a message.
    const system = this.baseMessage(snowflake(), thread, starter.data.author);
    system.type = 21;
    system.message_reference = {
      type: 0,
      message_id: starter.data.id,
      channel_id: starter.data.channel_id,
      guild_id: thread.guild_id,
    };
    this.storeMessage(system, false);
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
        {
          id: guildId,
          name: '@everyone',
          permissions: everyone.toString(),
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          icon: null,
          unicode_emoji: null,
          flags: 0,
        },
        {
          id: this.botRoleId,
          name: this.options.botUsername,
          permissions: this.options.botPermissions.toString(),
          position: 1,
          color: 0,
          hoist: false,
          managed: true,
          mentionable: false,
          icon: null,
          unicode_emoji: null,
          flags: 0,
          tags: { bot_id: this.botUserId },
        },
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

  applicationPayload(): JsonObject {
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
}
