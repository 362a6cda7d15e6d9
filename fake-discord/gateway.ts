// The gateway: WebSocket connections, IDENTIFY / RESUME / heartbeats, sessions and shards, dispatches.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
  APP_FLAG_MESSAGE_CONTENT,
  APP_FLAG_MESSAGE_CONTENT_LIMITED,
  INTENT_GUILDS,
  INTENT_GUILD_MESSAGES,
  INTENT_MESSAGE_CONTENT,
  clone,
  json,
  shardOfGuild,
  snowflake,
} from './shared.ts';
import type { FakeState, StoredMessage } from './state.ts';
import type {
  FakeChannel,
  FakeMessage,
  GatewayConnectionRecord,
  GatewayDispatchRecord,
  IdentifyRecord,
  ResumeRecord,
} from './types.ts';
import { isObject, type JsonObject } from './validation.ts';

/** Server close codes after which the client must IDENTIFY again (1000/1001 make discord.js reconnect fresh). */
const NON_RESUMABLE_CLOSE_CODES = new Set([1000, 1001, 4003, 4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014]);

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

export class Gateway {
  readonly identifies: IdentifyRecord[] = [];
  readonly resumes: ResumeRecord[] = [];
  readonly gatewayConnections: GatewayConnectionRecord[] = [];
  readonly dispatched: GatewayDispatchRecord[] = [];
  /** When false, heartbeats are not acknowledged. */
  ackHeartbeats = true;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<GatewayConnection>();
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly state: FakeState,
    private readonly notify: () => void,
  ) {}

  /** The HTTP server's `upgrade`: only `/gateway...` paths become gateway connections. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/gateway')) {
      socket.destroy();
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws, url));
  }

  /** Terminates every socket and stops accepting new ones. */
  async close(): Promise<void> {
    for (const conn of this.connections) conn.ws.terminate();
    this.connections.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  /** Whether an identified, valid session gets this guild's events. */
  hasSessionFor(guildId: string): boolean {
    return [...this.sessions.values()].some((s) => s.valid && this.receives(s, guildId));
  }

  /** Closes every socket with `code`; a non-resumable code also ends the sessions. */
  closeAll(code: number, reason: string): void {
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

  /** Drops every socket without a close frame (1006). */
  dropAll(): void {
    for (const conn of this.connections) {
      conn.record.closeCode = 1006;
      conn.record.closedBy = 'server';
      if (conn.session?.conn === conn) conn.session.conn = null;
      conn.ws.terminate();
    }
  }

  /** Dispatches a raw gateway event to every live session. */
  dispatch(t: string, d: JsonObject): void {
    this.dispatchFiltered(t, () => d);
  }

  /** A new message in an archived (unlocked) thread unarchives it, as on Discord. */
  unarchiveOnMessage(channel: FakeChannel): void {
    const meta = channel.thread_metadata;
    if (!meta?.archived || meta.locked) return;
    meta.archived = false;
    meta.archive_timestamp = new Date().toISOString();
    this.dispatchThread('THREAD_UPDATE', json(channel));
  }

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
    this.state.log(`gateway connect ${url.pathname}${url.search}`);
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
      this.state.log(`gateway close ${code} by ${record.closedBy}`);
      this.notify();
    });
    ws.on('error', () => {});
    this.send(conn, { op: 10, d: { heartbeat_interval: this.state.options.heartbeatIntervalMs }, s: null, t: null });
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

  private onIdentify(conn: GatewayConnection, d: JsonObject): void {
    if (conn.session) {
      this.closeConn(conn, 4005, 'Already authenticated.');
      return;
    }
    if (!this.state.tokenOk(d.token)) {
      this.closeConn(conn, 4004, 'Authentication failed.');
      return;
    }
    // Discord refuses the privileged Message Content intent unless the application has it enabled (Developer Portal).
    const requested = typeof d.intents === 'number' ? d.intents : 0;
    if (
      (requested & INTENT_MESSAGE_CONTENT) !== 0 &&
      (this.state.options.applicationFlags & (APP_FLAG_MESSAGE_CONTENT | APP_FLAG_MESSAGE_CONTENT_LIMITED)) === 0
    ) {
      this.closeConn(conn, 4014, 'Disallowed intent(s).');
      return;
    }
    // `shard: [id, count]`, as Discord checks it: anything else closes with 4010 (Invalid shard).
    const shard = d.shard === undefined ? null : d.shard;
    if (
      shard !== null &&
      !(
        Array.isArray(shard) &&
        shard.length === 2 &&
        shard.every(Number.isInteger) &&
        (shard[1] as number) >= 1 &&
        (shard[0] as number) >= 0 &&
        (shard[0] as number) < (shard[1] as number)
      )
    ) {
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
    this.state.log(`identify intents=${session.intents}${session.shard ? ` shard=${session.shard.join('/')}` : ''}`);
    const guildIds = this.state.guildIds.filter((id) => this.receives(session, id));
    this.sendDispatch(session, 'READY', {
      v: 10,
      user: { ...clone(this.state.botUser), verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: guildIds.map((id) => ({ id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: `ws://127.0.0.1:${this.state.port}/gateway-resume`,
      application: { id: this.state.applicationId, flags: this.state.options.applicationFlags },
      shard: session.shard ?? [0, 1],
      private_channels: [],
      relationships: [],
      presences: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    });
    for (const id of guildIds) this.sendDispatch(session, 'GUILD_CREATE', this.state.guildCreatePayload(id));
  }

  /** Whether a session gets a guild's events: every guild without sharding, else the guilds of its shard. */
  private receives(session: Session, guildId: string): boolean {
    return session.shard === null || shardOfGuild(guildId, session.shard[1]) === session.shard[0];
  }

  private onResume(conn: GatewayConnection, d: JsonObject): void {
    const session = typeof d.session_id === 'string' ? this.sessions.get(d.session_id) : undefined;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (!session || !session.valid || !this.state.tokenOk(d.token)) {
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
    this.state.log(`resumed ${session.id}, replayed ${missed.length}`);
  }

  private onRequestMembers(conn: GatewayConnection, d: JsonObject): void {
    const session = conn.session;
    if (!session) return;
    const wanted = Array.isArray(d.user_ids)
      ? d.user_ids.map(String)
      : typeof d.user_ids === 'string'
        ? [d.user_ids]
        : null;
    const members = [...this.state.members.entries()]
      .filter(([id]) => !wanted || wanted.includes(id))
      .map(([, m]) => clone(m));
    const notFound = wanted ? wanted.filter((id) => !this.state.members.has(id)) : [];
    this.sendDispatch(session, 'GUILD_MEMBERS_CHUNK', {
      guild_id: this.state.guildId,
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
      if (d && (typeof d.guild_id !== 'string' || this.receives(session, d.guild_id)))
        this.sendDispatch(session, t, clone(d));
    }
  }

  dispatchThread(t: string, thread: JsonObject): void {
    this.dispatchFiltered(t, (s) => ((s.intents & INTENT_GUILDS) !== 0 ? thread : null));
  }

  /** MESSAGE_* needs GUILD_MESSAGES; without MESSAGE_CONTENT, content is blanked unless the bot is author or mentioned. */
  dispatchMessage(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', message: FakeMessage): void {
    this.dispatchFiltered(t, (s) => {
      if ((s.intents & INTENT_GUILD_MESSAGES) === 0) return null;
      const exempt =
        (s.intents & INTENT_MESSAGE_CONTENT) !== 0 ||
        message.author.id === this.state.botUserId ||
        message.mentions.some((u) => u.id === this.state.botUserId);
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

  echo(t: 'MESSAGE_CREATE' | 'MESSAGE_UPDATE', stored: StoredMessage): void {
    if (this.state.options.echoOwnMessages && !stored.ephemeral) this.dispatchMessage(t, stored.data);
  }

  echoDelete(stored: StoredMessage): void {
    if (!this.state.options.echoOwnMessages || stored.ephemeral) return;
    const d = {
      id: stored.data.id,
      channel_id: stored.data.channel_id,
      guild_id: stored.data.guild_id ?? this.state.guildId,
    };
    this.dispatchFiltered('MESSAGE_DELETE', (s) => ((s.intents & INTENT_GUILD_MESSAGES) !== 0 ? d : null));
  }
}
