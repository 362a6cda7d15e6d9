// Interactions: what the tests inject (commands, autocomplete, components, modal submits) and what the bot
// answers through callbacks, follow-ups and edits of the original response.
import type { Gateway } from './gateway.ts';
import {
  EMPTY_MESSAGE,
  UNKNOWN_INTERACTION,
  UNKNOWN_MESSAGE,
  UNKNOWN_WEBHOOK,
  error,
  formError,
  type Reply,
  type RequestContext,
} from './replies.ts';
import { FLAG_EPHEMERAL, FLAG_LOADING, SNOWFLAKE, asObject, clone, json, snowflake, toUser } from './shared.ts';
import type { FakeState, StoredMessage } from './state.ts';
import type {
  AutocompleteInput,
  CommandOptionInput,
  CommandOptionsInput,
  ComponentInput,
  FakeUserInput,
  InjectedInteraction,
  InteractionOutcome,
  RecordedRequest,
  SlashCommandInput,
  StoredCommand,
  ModalSubmitInput,
} from './types.ts';
import {
  isEmptyMessage,
  isEphemeralFlags,
  isObject,
  textLength,
  validateMessagePayload,
  type FieldError,
  type JsonObject,
} from './validation.ts';

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

export class Interactions {
  private readonly interactions = new Map<string, InteractionState>();
  private readonly interactionsByToken = new Map<string, InteractionState>();

  constructor(
    private readonly state: FakeState,
    private readonly gateway: Gateway,
    private readonly requests: RecordedRequest[],
    private readonly notify: () => void,
  ) {}

  /** What the user sees for an interaction: original response after edits, follow-ups, autocomplete choices. */
  outcome(interaction: string | InjectedInteraction): InteractionOutcome {
    const id = typeof interaction === 'string' ? interaction : interaction.id;
    const state = this.interactions.get(id);
    if (!state) throw new Error(`fakeDiscord: unknown interaction ${id}`);
    const original = state.originalId ? this.state.messages.get(state.originalId) : undefined;
    const visibleOriginal = original && !original.deleted ? clone(original.data) : null;
    const errors = this.requests.filter(
      (r) => r.status >= 400 && (r.params.interaction === state.info.id || r.params.token === state.info.token),
    );
    return {
      interaction: state.info,
      acknowledged: state.ackType !== null,
      callbackType: state.ackType,
      pending: visibleOriginal !== null && (visibleOriginal.flags & FLAG_LOADING) !== 0,
      ephemeral: state.ephemeral,
      original: visibleOriginal,
      followUps: state.followUpIds
        .map((mid) => this.state.messages.get(mid))
        .filter((m): m is StoredMessage => m !== undefined && !m.deleted)
        .map((m) => clone(m.data)),
      choices: state.choices && clone(state.choices),
      modal: state.modal && clone(state.modal),
      errors,
    };
  }

  sendInteraction(input: SlashCommandInput): InjectedInteraction {
    const commandType = input.type ?? 1;
    const registered = this.state.findCommand(
      input.name,
      commandType,
      input.guildId ?? this.state.requireChannel(input.channelId ?? this.state.channelId).guild_id,
    );
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
    const registered = this.state.findCommand(input.name, 1, this.state.guildId);
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
      ? this.state.messages.get(input.messageId)
      : this.state.findMessageWithComponent(input.customId, input.channelId);
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
  sendModalSubmit(input: ModalSubmitInput): InjectedInteraction {
    const message = input.messageId ? this.state.messages.get(input.messageId) : undefined;
    if (input.messageId && (!message || message.deleted))
      throw new Error(`fakeDiscord: no message ${input.messageId} the modal came from`);
    const components = Object.entries(input.fields).map(([customId, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: customId, value }],
    }));
    return this.injectInteraction(
      5,
      { custom_id: input.customId, components },
      { ...input, channelId: message?.data.channel_id ?? input.channelId },
      message,
    );
  }

  private injectInteraction(
    type: number,
    data: JsonObject,
    input: {
      user?: FakeUserInput;
      channelId?: string;
      locale?: string;
      memberPermissions?: bigint;
      appPermissions?: bigint;
    },
    sourceMessage?: StoredMessage,
  ): InjectedInteraction {
    const channel = this.state.requireChannel(input.channelId ?? this.state.channelId);
    const guildId = channel.guild_id;
    if (!this.gateway.hasSessionFor(guildId)) {
      throw new Error(
        `fakeDiscord: no identified gateway session receives guild ${guildId}; log the client (or its shard) in first`,
      );
    }
    const user = toUser(input.user, this.state.defaultUser);
    this.state.rememberMember(user);
    const memberPermissions = (input.memberPermissions ?? this.state.options.memberPermissions).toString();
    const appPermissions = (
      input.appPermissions ?? this.state.options.botPermissions | this.state.options.memberPermissions
    ).toString();
    const createdAt = Date.now();
    const id = snowflake(createdAt);
    const token = `itk_${id}_${Math.random().toString(36).slice(2)}`;
    const payload: JsonObject = {
      id,
      application_id: this.state.applicationId,
      type,
      data,
      guild_id: guildId,
      guild: { id: guildId, locale: 'en-US', features: [] },
      channel: { ...clone(channel), permissions: memberPermissions },
      channel_id: channel.id,
      member: { ...this.state.memberOf(user, []), permissions: memberPermissions },
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
      applicationId: this.state.applicationId,
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
    this.gateway.dispatch('INTERACTION_CREATE', payload);
    this.notify();
    return info;
  }

  private buildOptions(
    options: CommandOptionsInput | undefined,
    registered: StoredCommand | undefined,
  ): CommandOptionInput[] {
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

  callback(ctx: RequestContext): Reply {
    const state = this.interactions.get(ctx.params.interaction ?? '');
    if (!state || state.info.token !== ctx.params.token) return UNKNOWN_INTERACTION();
    if (state.ackType !== null) return error(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - state.info.createdAt > this.state.options.interactionExpiryMs) return UNKNOWN_INTERACTION();
    const body = asObject(ctx.body);
    const type = body.type;
    const data = isObject(body.data) ? body.data : {};
    const allowed: Record<number, number[]> = { 2: [4, 5, 9, 12], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };
    if (typeof type !== 'number' || !(allowed[state.info.type] ?? []).includes(type)) {
      return formError([
        { path: ['type'], code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' },
      ]);
    }
    const channel = this.state.requireChannel(state.info.channelId);
    let message: StoredMessage | undefined;

    if (type === 4 || type === 7) {
      const errors = validateMessagePayload(data);
      if (errors.length) return formError(errors, ['data']);
    }
    if (type === 4) {
      if (isEmptyMessage(data, ctx.files.length)) return EMPTY_MESSAGE();
      const msg = this.state.botMessage(channel, data, ctx.files, state.info.type === 2 ? 20 : 0);
      msg.webhook_id = this.state.applicationId;
      msg.application_id = this.state.applicationId;
      msg.interaction_metadata = this.interactionMetadata(state);
      state.ephemeral = isEphemeralFlags(data.flags);
      message = this.state.storeMessage(msg, state.ephemeral);
      state.originalId = msg.id;
      this.gateway.echo('MESSAGE_CREATE', message);
    } else if (type === 5) {
      const msg = this.state.baseMessage(snowflake(), channel, this.state.botUser);
      msg.type = state.info.type === 2 ? 20 : 0;
      state.ephemeral = isEphemeralFlags(data.flags);
      msg.flags = FLAG_LOADING | (state.ephemeral ? FLAG_EPHEMERAL : 0);
      msg.webhook_id = this.state.applicationId;
      msg.application_id = this.state.applicationId;
      msg.interaction_metadata = this.interactionMetadata(state);
      message = this.state.storeMessage(msg, state.ephemeral);
      state.originalId = msg.id;
      this.gateway.echo('MESSAGE_CREATE', message);
    } else if (type === 6 || type === 7) {
      const source = state.sourceMessageId ? this.state.messages.get(state.sourceMessageId) : undefined;
      if (source) {
        state.originalId = source.data.id;
        state.ephemeral = source.ephemeral;
        if (type === 7) {
          const draft = clone(source.data);
          this.state.applyEdit(draft, data, ctx.files);
          if (isEmptyMessage(json(draft), 0)) return EMPTY_MESSAGE();
          draft.edited_timestamp = new Date().toISOString();
          source.data = draft;
          message = source;
          this.gateway.echo('MESSAGE_UPDATE', source);
        }
      }
    } else if (type === 8) {
      const choices = Array.isArray(data.choices) ? data.choices.filter(isObject) : [];
      const errors: FieldError[] = [];
      if (choices.length > 25)
        errors.push({ path: ['choices'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' });
      choices.forEach((c, i) => {
        const name = typeof c.name === 'string' ? textLength(c.name) : 0;
        if (name < 1 || name > 100)
          errors.push({
            path: ['choices', i, 'name'],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 100 in length.',
          });
        if (typeof c.value === 'string' && textLength(c.value) > 100)
          errors.push({
            path: ['choices', i, 'value'],
            code: 'BASE_TYPE_BAD_LENGTH',
            message: 'Must be between 1 and 100 in length.',
          });
      });
      if (errors.length) return formError(errors, ['data']);
      state.choices = choices.map(clone);
    } else if (type === 9) {
      const errors: FieldError[] = [];
      const customId = typeof data.custom_id === 'string' ? textLength(data.custom_id) : 0;
      const title = typeof data.title === 'string' ? textLength(data.title) : 0;
      if (customId < 1 || customId > 100)
        errors.push({
          path: ['custom_id'],
          code: 'BASE_TYPE_BAD_LENGTH',
          message: 'Must be between 1 and 100 in length.',
        });
      if (title < 1 || title > 45)
        errors.push({ path: ['title'], code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 45 in length.' });
      const components = Array.isArray(data.components) ? data.components : [];
      if (components.length < 1 || components.length > 5)
        errors.push({
          path: ['components'],
          code: 'BASE_TYPE_BAD_LENGTH',
          message: 'Must be between 1 and 5 in length.',
        });
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
      return formError([
        { path: ['webhook_id'], code: 'NUMBER_TYPE_COERCE', message: `Value "${app}" is not snowflake.` },
      ]);
    }
    const state = this.interactionsByToken.get(ctx.params.token ?? '');
    if (app !== this.state.applicationId || !state) return UNKNOWN_WEBHOOK();
    if (Date.now() - state.info.createdAt > this.state.options.interactionTokenTtlMs)
      return error(401, 50027, 'Invalid Webhook Token');
    // The interaction webhook exists only once the interaction was acknowledged.
    if (state.ackType === null) return UNKNOWN_WEBHOOK();
    return state;
  }

  createFollowUp(ctx: RequestContext): Reply {
    const state = this.webhookState(ctx);
    if (!('info' in state)) return state;
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    if (isEmptyMessage(body, ctx.files.length)) return EMPTY_MESSAGE();
    const wait = ctx.query.get('wait') === 'true';

    // Discord: the first follow-up after a deferred reply replaces the "thinking" message and keeps
    // the deferral's ephemerality, whatever flags the follow-up carries.
    const original = state.originalId ? this.state.messages.get(state.originalId) : undefined;
    if (state.ackType === 5 && original && !original.deleted && (original.data.flags & FLAG_LOADING) !== 0) {
      const draft = clone(original.data);
      this.state.applyEdit(draft, body, ctx.files);
      draft.flags &= ~FLAG_LOADING;
      original.data = draft;
      this.gateway.echo('MESSAGE_UPDATE', original);
      return wait ? { status: 200, body: clone(draft) } : { status: 204 };
    }

    const channel = this.state.requireChannel(state.info.channelId);
    const msg = this.state.botMessage(channel, body, ctx.files, state.info.type === 2 ? 20 : 0);
    msg.webhook_id = this.state.applicationId;
    msg.application_id = this.state.applicationId;
    msg.interaction_metadata = this.interactionMetadata(state);
    const stored = this.state.storeMessage(msg, isEphemeralFlags(body.flags));
    state.followUpIds.push(msg.id);
    this.gateway.echo('MESSAGE_CREATE', stored);
    return wait ? { status: 200, body: clone(msg) } : { status: 204 };
  }

  webhookMessage(ctx: RequestContext, op: 'get' | 'patch' | 'delete'): Reply {
    const state = this.webhookState(ctx);
    if (!('info' in state)) return state;
    const ref = ctx.params.message ?? '';
    const id = ref === '@original' ? state.originalId : ref;
    const owned = id !== null && (id === state.originalId || state.followUpIds.includes(id));
    const stored = owned ? this.state.messages.get(id) : undefined;
    if (!stored || stored.deleted) return UNKNOWN_MESSAGE();
    if (op === 'get') return { status: 200, body: clone(stored.data) };
    if (op === 'delete') {
      stored.deleted = true;
      this.gateway.echoDelete(stored);
      return { status: 204 };
    }
    const body = asObject(ctx.body);
    const errors = validateMessagePayload(body);
    if (errors.length) return formError(errors);
    const draft = clone(stored.data);
    const wasLoading = (draft.flags & FLAG_LOADING) !== 0;
    this.state.applyEdit(draft, body, ctx.files);
    if (isEmptyMessage(json(draft), 0)) return EMPTY_MESSAGE();
    draft.flags &= ~FLAG_LOADING;
    if (!wasLoading) draft.edited_timestamp = new Date().toISOString();
    stored.data = draft;
    this.gateway.echo('MESSAGE_UPDATE', stored);
    return { status: 200, body: clone(draft) };
  }
}
