// REST routes other than interactions': gateway discovery, the application and its commands, guilds,
// channels, messages and threads. Handlers answer as Discord does, errors included.
import type { Gateway } from './gateway.ts';
import type { Interactions } from './interactions.ts';
import {
  EMPTY_MESSAGE,
  UNKNOWN_CHANNEL,
  UNKNOWN_MESSAGE,
  error,
  formError,
  type Reply,
  type RequestContext,
} from './replies.ts';
import { asObject, clone, json, snowflake } from './shared.ts';
import type { FakeState, StoredMessage } from './state.ts';
import type { StoredCommand } from './types.ts';
import {
  isEmptyMessage,
  isObject,
  validateChannelPatch,
  validateCommands,
  validateMessagePayload,
  validateThreadBody,
  type JsonObject,
} from './validation.ts';

export interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  keys: string[];
  auth: boolean;
  handler: (ctx: RequestContext) => Reply | Promise<Reply>;
}

export class RestRoutes {
  private readonly routes: Route[];

  constructor(
    private readonly state: FakeState,
    private readonly gateway: Gateway,
    private readonly interactions: Interactions,
  ) {
    this.routes = this.buildRoutes();
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
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

    add('GET', '/gateway', () => ({ status: 200, body: { url: this.state.gatewayUrl } }), false);
    add('GET', '/gateway/bot', () => ({
      status: 200,
      body: {
        url: this.state.gatewayUrl,
        shards: this.state.options.recommendedShards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: this.state.options.maxConcurrency,
        },
      },
    }));
    add('GET', '/users/@me', () => ({
      status: 200,
      body: { ...clone(this.state.botUser), verified: true, flags: 0, mfa_enabled: false },
    }));
    add('GET', '/applications/@me', () => ({ status: 200, body: this.state.applicationPayload() }));
    add('GET', '/oauth2/applications/@me', () => ({ status: 200, body: this.state.applicationPayload() }));

    add('PUT', '/applications/:app/commands', (ctx) => this.putCommands(ctx, null));
    add('GET', '/applications/:app/commands', (ctx) => this.getCommands(ctx, null));
    add('PUT', '/applications/:app/guilds/:guild/commands', (ctx) => this.putCommands(ctx, ctx.params.guild ?? ''));
    add('GET', '/applications/:app/guilds/:guild/commands', (ctx) => this.getCommands(ctx, ctx.params.guild ?? ''));

    add('POST', '/interactions/:interaction/:token/callback', (ctx) => this.interactions.callback(ctx), false);
    add('POST', '/webhooks/:app/:token', (ctx) => this.interactions.createFollowUp(ctx), false);
    add('GET', '/webhooks/:app/:token/messages/:message', (ctx) => this.interactions.webhookMessage(ctx, 'get'), false);
    add(
      'PATCH',
      '/webhooks/:app/:token/messages/:message',
      (ctx) => this.interactions.webhookMessage(ctx, 'patch'),
      false,
    );
    add(
      'DELETE',
      '/webhooks/:app/:token/messages/:message',
      (ctx) => this.interactions.webhookMessage(ctx, 'delete'),
      false,
    );

    add('GET', '/guilds/:guild', (ctx) =>
      this.state.guildIds.includes(ctx.params.guild ?? '')
        ? { status: 200, body: this.state.guildCreatePayload(ctx.params.guild) }
        : error(404, 10004, 'Unknown Guild'),
    );
    add('GET', '/guilds/:guild/channels', (ctx) =>
      this.state.guildIds.includes(ctx.params.guild ?? '')
        ? {
            status: 200,
            body: [...this.state.channels.values()]
              .filter((c) => !c.thread_metadata && c.guild_id === ctx.params.guild)
              .map(clone),
          }
        : error(404, 10004, 'Unknown Guild'),
    );
    add('GET', '/guilds/:guild/threads/active', () => ({
      status: 200,
      body: { threads: this.state.threads().filter((t) => !t.thread_metadata?.archived), members: [] },
    }));
    add('GET', '/guilds/:guild/members/:user', (ctx) => {
      const member = this.state.members.get(ctx.params.user ?? '');
      return member ? { status: 200, body: clone(member) } : error(404, 10007, 'Unknown Member');
    });

    add('GET', '/channels/:channel', (ctx) => {
      const channel = this.state.channels.get(ctx.params.channel ?? '');
      return channel ? { status: 200, body: clone(channel) } : UNKNOWN_CHANNEL();
    });
    add('PATCH', '/channels/:channel', (ctx) => this.patchChannel(ctx));
    add('POST', '/channels/:channel/typing', (ctx) =>
      this.state.channels.has(ctx.params.channel ?? '') ? { status: 204 } : UNKNOWN_CHANNEL(),
    );
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
      this.gateway.echoDelete(stored);
      return { status: 204 };
    });
    add('POST', '/channels/:channel/messages/:message/threads', (ctx) =>
      this.startThread(ctx, ctx.params.message ?? ''),
    );
    add('POST', '/channels/:channel/threads', (ctx) => this.startThread(ctx, null));
    add('PUT', '/channels/:channel/messages/:message/reactions/:emoji/@me', (ctx) =>
      this.channelMessage(ctx) ? { status: 204 } : UNKNOWN_MESSAGE(),
    );
    add('PUT', '/channels/:channel/thread-members/@me', (ctx) =>
      this.state.channels.has(ctx.params.channel ?? '') ? { status: 204 } : UNKNOWN_CHANNEL(),
    );
    add('PUT', '/channels/:channel/thread-members/:user', (ctx) => {
      const thread = this.state.channels.get(ctx.params.channel ?? '');
      if (!thread?.thread_metadata) return UNKNOWN_CHANNEL();
      const added = this.state.addedThreadMembers.get(thread.id) ?? [];
      if (!added.includes(ctx.params.user ?? '')) added.push(ctx.params.user ?? '');
      this.state.addedThreadMembers.set(thread.id, added);
      return { status: 204 };
    });
    return routes;
  }

  private putCommands(ctx: RequestContext, guildId: string | null): Reply {
    if (ctx.params.app !== this.state.applicationId) return error(403, 50001, 'Missing Access');
    if (guildId !== null && guildId !== this.state.guildId) return error(403, 50001, 'Missing Access');
    const errors = validateCommands(ctx.body);
    if (errors.length) return formError(errors);
    const previous = guildId === null ? this.state.globalCommands : (this.state.guildCommands.get(guildId) ?? []);
    const stored: StoredCommand[] = (ctx.body as JsonObject[]).map((cmd) => {
      const type = typeof cmd.type === 'number' ? cmd.type : 1;
      const name = String(cmd.name);
      const kept = previous.find((p) => p.name === name && p.type === type);
      return {
        ...clone(cmd),
        id: kept?.id ?? snowflake(),
        application_id: this.state.applicationId,
        name,
        type,
        description: typeof cmd.description === 'string' ? cmd.description : '',
        version: snowflake(),
        default_member_permissions: cmd.default_member_permissions ?? null,
        nsfw: cmd.nsfw === true,
        ...(guildId === null ? {} : { guild_id: guildId }),
      };
    });
    if (guildId === null) this.state.globalCommands.splice(0, this.state.globalCommands.length, ...stored);
    else this.state.guildCommands.set(guildId, stored);
    return { status: 200, body: clone(stored) };
  }

  private getCommands(ctx: RequestContext, guildId: string | null): Reply {
    if (ctx.params.app !== this.state.applicationId) return error(403, 50001, 'Missing Access');
    const list = guildId === null ? this.state.globalCommands : (this.state.guildCommands.get(guildId) ?? []);
    return { status: 200, body: clone(list) };
  }

  private channelMessage(ctx: RequestContext): StoredMessage | undefined {
    const stored = this.state.messages.get(ctx.params.message ?? '');
    if (!stored || stored.deleted || stored.ephemeral || stored.data.channel_id !== ctx.params.channel)
      return undefined;
    return stored;
  }

  private listMessages(ctx: RequestContext): Reply {
    const channelId = ctx.params.channel ?? '';
    if (!this.state.channels.has(channelId)) return UNKNOWN_CHANNEL();
    const limitRaw = ctx.query.get('limit');
    const limit = limitRaw === null ? 50 : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      return formError([
        { path: ['limit'], code: 'NUMBER_TYPE_MAX', message: 'int value should be less than or equal to 100.' },
      ]);
    }
    let list = this.state.messagesIn(channelId);
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
    const channel = this.state.channels.get(ctx.params.channel ?? '');
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
      reference = this.state.messages.get(String(ref.message_id));
      const refChannel = typeof ref.channel_id === 'string' ? ref.channel_id : channel.id;
      if (
        (!reference || reference.deleted || reference.data.channel_id !== refChannel) &&
        ref.fail_if_not_exists !== false
      ) {
        return formError([
          { path: ['message_reference'], code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' },
        ]);
      }
    }
    this.gateway.unarchiveOnMessage(channel);
    const msg = this.state.botMessage(channel, body, ctx.files, reference ? 19 : 0);
    if (reference) {
      msg.message_reference = {
        type: 0,
        message_id: reference.data.id,
        channel_id: reference.data.channel_id,
        guild_id: channel.guild_id,
      };
      msg.referenced_message = clone(reference.data);
    }
    const stored = this.state.storeMessage(msg, false);
    this.gateway.echo('MESSAGE_CREATE', stored);
    return { status: 200, body: clone(msg) };
  }

  private editChannelMessage(ctx: RequestContext): Reply {
    const stored = this.channelMessage(ctx);
    if (!stored) return UNKNOWN_MESSAGE();
    if (stored.data.author.id !== this.state.botUserId)
      return error(403, 50005, 'Cannot edit a message authored by another user');
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    const draft = clone(stored.data);
    this.state.applyEdit(draft, body, ctx.files);
    if (isEmptyMessage(json(draft), 0)) return EMPTY_MESSAGE();
    draft.edited_timestamp = new Date().toISOString();
    stored.data = draft;
    this.gateway.echo('MESSAGE_UPDATE', stored);
    return { status: 200, body: clone(draft) };
  }

  private startThread(ctx: RequestContext, messageId: string | null): Reply {
    const parent = this.state.channels.get(ctx.params.channel ?? '');
    if (!parent) return UNKNOWN_CHANNEL();
    if (parent.type !== 0 && parent.type !== 5) return error(400, 50024, 'Cannot execute action on this channel type');
    const body = asObject(ctx.body);
    const errors = validateThreadBody(body);
    if (errors.length) return formError(errors);
    let starter: StoredMessage | undefined;
    if (messageId !== null) {
      starter = this.state.messages.get(messageId);
      if (!starter || starter.deleted || starter.ephemeral || starter.data.channel_id !== parent.id)
        return UNKNOWN_MESSAGE();
      if (starter.data.thread || this.state.channels.has(messageId)) {
        return error(400, 160004, 'A thread has already been created for this message');
      }
    }
    const type = messageId !== null ? (parent.type === 5 ? 10 : 11) : typeof body.type === 'number' ? body.type : 12;
    if (![10, 11, 12].includes(type)) {
      return formError([{ path: ['type'], code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {10, 11, 12}.' }]);
    }
    const autoArchive = typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 4320;
    const thread = this.state.makeThread(
      parent,
      messageId ?? snowflake(),
      String(body.name),
      type,
      this.state.botUserId,
      autoArchive,
    );
    if (typeof body.rate_limit_per_user === 'number') thread.rate_limit_per_user = body.rate_limit_per_user;
    this.state.registerThread(thread, starter);
    const member = { id: thread.id, user_id: this.state.botUserId, join_timestamp: new Date().toISOString(), flags: 0 };
    this.gateway.dispatchThread('THREAD_CREATE', { ...clone(thread), newly_created: true, member });
    return { status: 201, body: { ...clone(thread), member } };
  }

  private patchChannel(ctx: RequestContext): Reply {
    const channel = this.state.channels.get(ctx.params.channel ?? '');
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
      this.gateway.dispatchThread('THREAD_UPDATE', json(channel));
    } else {
      this.gateway.dispatchThread('CHANNEL_UPDATE', json(channel));
    }
    return { status: 200, body: clone(channel) };
  }
}
