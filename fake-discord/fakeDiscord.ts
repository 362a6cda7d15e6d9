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

import { Faults } from './faults.ts';
import { Gateway } from './gateway.ts';
import { Interactions } from './interactions.ts';
import { RestRoutes } from './routes.ts';
import { HttpServer } from './server.ts';
import { clone, matches, snowflake, toUser } from './shared.ts';
import { FakeState } from './state.ts';
import type {
  AutocompleteInput,
  ComponentInput,
  FakeAttachment,
  FakeChannel,
  FakeDiscordOptions,
  FakeMessage,
  FakeUser,
  FaultSpec,
  GatewayConnectionRecord,
  GatewayDispatchRecord,
  IdentifyRecord,
  InjectedInteraction,
  InteractionOutcome,
  RecordedRequest,
  ResumeRecord,
  RouteMatch,
  RuleHandle,
  SlashCommandInput,
  StoredCommand,
  ThreadInput,
  UserMessageInput,
  AttachmentInput,
  ModalSubmitInput,
} from './types.ts';
import type { JsonObject } from './validation.ts';

interface Waiter {
  check: () => boolean;
  fail: (err: Error) => void;
}

/** The driver API: what tests call. Each part of the fake lives in its own module; this class wires them. */
export class FakeDiscord {
  readonly token = 'fake-bot-token';
  readonly applicationId: string;
  readonly botUserId: string;
  readonly guildId: string;
  readonly botRoleId: string;
  readonly ownerUserId: string;
  readonly defaultUser: FakeUser;
  readonly botUser: FakeUser;
  /** First text channel. */
  readonly channelId: string;
  readonly channelIds: string[];

  apiUrl = '';
  gatewayUrl = '';
  port = 0;

  readonly requests: RecordedRequest[] = [];
  readonly identifies: IdentifyRecord[];
  readonly resumes: ResumeRecord[];
  readonly gatewayConnections: GatewayConnectionRecord[];
  readonly dispatched: GatewayDispatchRecord[];
  readonly globalCommands: StoredCommand[];
  readonly guildCommands: Map<string, StoredCommand[]>;

  private readonly state: FakeState;
  private readonly gateway: Gateway;
  private readonly interactions: Interactions;
  private readonly faults: Faults;
  private readonly http: HttpServer;
  private readonly waiters = new Set<Waiter>();

  constructor(options: FakeDiscordOptions = {}) {
    const state = new FakeState(options);
    const notify = (): void => this.notify();
    this.state = state;
    this.gateway = new Gateway(state, notify);
    this.interactions = new Interactions(state, this.gateway, this.requests, notify);
    this.faults = new Faults(this.gateway);
    this.http = new HttpServer(
      state,
      this.gateway,
      new RestRoutes(state, this.gateway, this.interactions),
      this.faults,
      this.requests,
      notify,
    );

    ({
      applicationId: this.applicationId,
      botUserId: this.botUserId,
      guildId: this.guildId,
      botRoleId: this.botRoleId,
    } = state);
    ({ ownerUserId: this.ownerUserId, defaultUser: this.defaultUser, botUser: this.botUser } = state);
    ({
      channelId: this.channelId,
      channelIds: this.channelIds,
      globalCommands: this.globalCommands,
      guildCommands: this.guildCommands,
    } = state);
    ({
      identifies: this.identifies,
      resumes: this.resumes,
      gatewayConnections: this.gatewayConnections,
      dispatched: this.dispatched,
    } = this.gateway);
  }

  /** @internal use startFakeDiscord */
  async listen(): Promise<void> {
    this.port = await this.http.listen();
    this.apiUrl = `http://127.0.0.1:${this.port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${this.port}/gateway`;
    this.state.port = this.port;
    this.state.gatewayUrl = this.gatewayUrl;
    this.state.log(`listening on ${this.port}`);
  }

  /** Terminates gateway sockets and the HTTP server. Call only after `await client.destroy()`. */
  async close(): Promise<void> {
    if (this.state.closed) return;
    this.state.closed = true;
    for (const waiter of this.waiters) waiter.fail(new Error('fake Discord server closed'));
    this.waiters.clear();
    await this.gateway.close();
    await this.http.close();
  }

  // -------------------------------------------------------------------------
  // Accessors

  /** `<@botUserId>`, for messages that mention the bot. */
  get botMention(): string {
    return `<@${this.botUserId}>`;
  }

  /** The guilds the bot is in: the fake's own `guildId` first, then each other guild a channel was given in. */
  get guildIds(): string[] {
    return this.state.guildIds;
  }

  getChannel(id: string): FakeChannel | undefined {
    return this.state.getChannel(id);
  }

  /** Threads known to the server (created by the bot or the test). */
  threads(): FakeChannel[] {
    return this.state.threads();
  }

  /** The users the bot added to a thread, in the order it added them. */
  threadMembersAdded(threadId: string): string[] {
    return this.state.threadMembersAdded(threadId);
  }

  /**
   * A file a user uploaded, as Discord stores it: its `url` serves the bytes on 127.0.0.1 (GET, no auth, like
   * the CDN). Pass it to a command's attachment option (type 11) with `resolved: { attachments: { [id]: it } }`.
   */
  addAttachment(input: AttachmentInput): FakeAttachment {
    return this.state.addAttachment(input);
  }

  getMessage(id: string): FakeMessage | undefined {
    return this.state.getMessage(id);
  }

  /** Non-deleted messages of a channel, oldest first; ephemeral ones only when asked. */
  messagesIn(channelId: string, { includeEphemeral = false } = {}): FakeMessage[] {
    return this.state.messagesIn(channelId, { includeEphemeral });
  }

  /** Every non-deleted message the bot posted (channel messages and interaction responses), oldest first. */
  botMessages({ includeEphemeral = true } = {}): FakeMessage[] {
    return this.state.botMessages({ includeEphemeral });
  }

  /** What the user sees for an interaction: original response after edits, follow-ups, autocomplete choices. */
  interactionOutcome(interaction: string | InjectedInteraction): InteractionOutcome {
    return this.interactions.outcome(interaction);
  }

  /**
   * How long after the server sent an interaction it accepted the bot's acknowledgement (the callback), in ms; null
   * when none was accepted. Discord fails an interaction not acknowledged within 3 s.
   */
  acknowledgedAfter(interaction: InjectedInteraction): number | null {
    const callback = this.requests.find(
      (request) =>
        request.route === 'POST /interactions/:interaction/:token/callback' &&
        request.params.interaction === interaction.id &&
        request.status < 300,
    );
    return callback ? callback.at - interaction.createdAt : null;
  }

  /** Resolves once every interaction shows its user a final answer (no "thinking…" left); rejects after `timeoutMs`. */
  waitUntilAnswered(interactions: readonly InjectedInteraction[], timeoutMs = 30_000): Promise<true> {
    return this.waitUntil(
      () =>
        interactions.every((one) => {
          const outcome = this.interactions.outcome(one);
          return outcome.original !== null && !outcome.pending;
        })
          ? true
          : undefined,
      timeoutMs,
      `answers to all ${interactions.length} interactions`,
    );
  }

  /** GUILD_CREATE data as sent after READY: channels, active threads, roles, the bot's member. */
  guildCreatePayload(guildId: string = this.guildId): JsonObject {
    return this.state.guildCreatePayload(guildId);
  }

  // -------------------------------------------------------------------------
  // Waiters

  /** Resolves when `check` returns something other than undefined; re-checked on every server event. */
  waitUntil<T>(check: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    if (this.state.closed) return Promise.reject(new Error('fake Discord server closed'));
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
        reject(
          new Error(`fakeDiscord: timed out after ${timeoutMs} ms waiting for ${what}.\n${this.describeRecent()}`),
        );
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
        const outcome = this.interactions.outcome(id);
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
        for (const stored of this.state.messages.values()) {
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
    return this.faults.failNext(spec);
  }

  /** Thread creation answers 403 code 50013 (Missing Permissions) until cleared. */
  denyThreadCreation(): RuleHandle {
    return this.faults.denyThreadCreation();
  }

  /** Delay REST answers (all, or those matching `match`). */
  setDelay(ms: number, match?: RouteMatch): RuleHandle {
    return this.faults.setDelay(ms, match);
  }

  clearFaults(): void {
    this.faults.clearFaults();
  }

  /** When false, heartbeats are no longer acknowledged (discord.js then treats the link as a zombie and resumes). */
  setHeartbeatAck(enabled: boolean): void {
    this.faults.setHeartbeatAck(enabled);
  }

  /**
   * Closes every gateway socket with `code`. 4000 (and other resumable codes) lets discord.js RESUME;
   * 4007/4009 invalidate the session (fresh IDENTIFY); 4004/4010-4014 are fatal for discord.js.
   */
  closeGateway(code = 4000, reason = 'closed by fake'): void {
    this.faults.closeGateway(code, reason);
  }

  /** Drops gateway sockets without a close frame (the client sees 1006 and resumes). */
  dropGateway(): void {
    this.faults.dropGateway();
  }

  // -------------------------------------------------------------------------
  // Injection

  /** Dispatches a raw gateway event to every live session. */
  dispatch(t: string, d: JsonObject): void {
    this.gateway.dispatch(t, d);
  }

  sendInteraction(input: SlashCommandInput): InjectedInteraction {
    return this.interactions.sendInteraction(input);
  }

  sendAutocomplete(input: AutocompleteInput): InjectedInteraction {
    return this.interactions.sendAutocomplete(input);
  }

  sendComponent(input: ComponentInput): InjectedInteraction {
    return this.interactions.sendComponent(input);
  }

  /**
   * A user submits a modal the bot showed: an interaction of type 5 carrying each text input's value. With
   * `messageId`, the modal was opened from a button on that message (so the bot may update it).
   */
  sendModalSubmit(input: ModalSubmitInput): InjectedInteraction {
    return this.interactions.sendModalSubmit(input);
  }

  /** A user posts a message: stored (GET /channels/:id/messages sees it) and dispatched as MESSAGE_CREATE. */
  sendMessage(input: UserMessageInput): FakeMessage {
    const channel = this.state.requireChannel(input.channelId ?? this.state.channelId);
    const author = toUser(input.author, this.state.defaultUser);
    this.state.rememberMember(author);
    this.gateway.unarchiveOnMessage(channel);
    const mentions = this.state.parseMentions(input.content);
    for (const m of input.mentions ?? []) {
      const user = typeof m === 'string' ? this.state.userById(m) : toUser(m, this.state.defaultUser);
      if (!mentions.some((u) => u.id === user.id)) mentions.push(user);
    }
    const id = input.id ?? snowflake();
    const message: FakeMessage = {
      ...this.state.baseMessage(id, channel, author),
      content: input.content,
      embeds: input.embeds ? clone(input.embeds) : [],
      attachments: (input.attachments ?? []).map((a) =>
        this.state.attachment(channel.id, a.filename, a.size ?? 0, a.contentType),
      ),
      mentions,
      member: this.state.memberOf(author, [], false),
    };
    if (input.replyTo) {
      const ref = this.state.messages.get(input.replyTo);
      message.type = 19;
      message.message_reference = {
        type: 0,
        message_id: input.replyTo,
        channel_id: channel.id,
        guild_id: channel.guild_id,
      };
      message.referenced_message = ref ? clone(ref.data) : null;
    }
    this.state.storeMessage(message, false);
    this.gateway.dispatchMessage('MESSAGE_CREATE', message);
    this.notify();
    return clone(message);
  }

  /**
   * Creates a thread as if it existed on Discord (e.g. created before a bot restart). With `id` set to a
   * message of the parent channel, the thread is "started from" that message, as `message.startThread` makes it.
   */
  createThread(input: ThreadInput): FakeChannel {
    const parent = this.state.requireChannel(input.parentId ?? this.state.channelId);
    const id = input.id ?? snowflake();
    const starter = this.state.messages.get(id);
    const fromMessage = starter !== undefined && starter.data.channel_id === parent.id;
    const thread = this.state.makeThread(
      parent,
      id,
      input.name,
      input.type ?? 11,
      input.ownerId ?? this.state.defaultUser.id,
      1440,
    );
    if (thread.thread_metadata) {
      thread.thread_metadata.archived = input.archived ?? false;
      thread.thread_metadata.locked = input.locked ?? false;
    }
    this.state.registerThread(thread, fromMessage ? starter : undefined);
    if (input.dispatch ?? true) this.gateway.dispatchThread('THREAD_CREATE', { ...thread, newly_created: true });
    this.notify();
    return clone(thread);
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) waiter.check();
  }

  private describeRecent(): string {
    const recent = this.requests.slice(-12).map((r) => `  ${r.method} ${r.path} -> ${r.status}`);
    return recent.length ? `Last requests:\n${recent.join('\n')}` : 'No requests recorded.';
  }
}

/** Starts the fake on 127.0.0.1 (random port). Tests must `await client.destroy()` before `close()`. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(options);
  await fake.listen();
  return fake;
}
