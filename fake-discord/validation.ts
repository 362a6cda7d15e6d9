// Payload checks that mirror the limits Discord enforces server-side, so a test
// fails the same way production would. Lengths are counted in Unicode code points.

export type JsonObject = { [key: string]: unknown };

export interface FieldError {
  path: Array<string | number>;
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: JsonObject;
}

const EPHEMERAL = 1 << 6;
const IS_COMPONENTS_V2 = 1 << 15;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function textLength(value: string): number {
  return Array.from(value).length;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function maxLength(errors: FieldError[], path: FieldError['path'], value: unknown, max: number): void {
  const s = str(value);
  if (s !== undefined && textLength(s) > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function badLength(errors: FieldError[], path: FieldError['path'], value: unknown, min: number, max: number): void {
  const s = str(value);
  if (s === undefined) {
    errors.push({ path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
  } else if (textLength(s) < min || textLength(s) > max) {
    errors.push({ path, code: 'BASE_TYPE_BAD_LENGTH', message: `Must be between ${min} and ${max} in length.` });
  }
}

function listMax(errors: FieldError[], path: FieldError['path'], value: unknown, max: number): void {
  if (Array.isArray(value) && value.length > max) {
    errors.push({ path, code: 'BASE_TYPE_MAX_LENGTH', message: `Must be ${max} or fewer in length.` });
  }
}

function checkUrl(errors: FieldError[], path: FieldError['path'], value: unknown, allowAttachment: boolean): void {
  if (value === undefined || value === null) return;
  const s = str(value);
  let protocol: string | undefined;
  try {
    protocol = s === undefined ? undefined : new URL(s).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol === undefined) {
    errors.push({ path, code: 'URL_TYPE_INVALID_URL', message: 'Not a well formed URL.' });
    return;
  }
  const allowed = allowAttachment ? ['http:', 'https:', 'attachment:'] : ['http:', 'https:'];
  if (!allowed.includes(protocol)) {
    errors.push({
      path,
      code: 'URL_TYPE_INVALID_SCHEME',
      message: `Scheme "${protocol.slice(0, -1)}" is not supported. Scheme must be one of ('http', 'https').`,
    });
  }
}

/** Sum Discord counts against the 6000-character limit per message. */
function embedSize(embed: JsonObject): number {
  let total = 0;
  const add = (value: unknown): void => {
    const s = str(value);
    if (s !== undefined) total += textLength(s);
  };
  add(embed.title);
  add(embed.description);
  if (isObject(embed.footer)) add(embed.footer.text);
  if (isObject(embed.author)) add(embed.author.name);
  for (const field of arr(embed.fields)) {
    if (isObject(field)) {
      add(field.name);
      add(field.value);
    }
  }
  return total;
}

function validateEmbeds(errors: FieldError[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.push({ path: ['embeds'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  listMax(errors, ['embeds'], embeds, 10);
  let total = 0;
  embeds.forEach((embed, i) => {
    if (!isObject(embed)) {
      errors.push({
        path: ['embeds', i],
        code: 'DICT_TYPE_CONVERT',
        message: 'Only dictionaries may be used in a DictType',
      });
      return;
    }
    total += embedSize(embed);
    maxLength(errors, ['embeds', i, 'title'], embed.title, 256);
    maxLength(errors, ['embeds', i, 'description'], embed.description, 4096);
    checkUrl(errors, ['embeds', i, 'url'], embed.url, false);
    if (embed.color !== undefined && embed.color !== null) {
      const c = embed.color;
      if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > 0xffffff) {
        errors.push({
          path: ['embeds', i, 'color'],
          code: 'NUMBER_TYPE_MAX',
          message: 'int value should be <= 16777215.',
        });
      }
    }
    if (embed.timestamp !== undefined && embed.timestamp !== null) {
      const t = str(embed.timestamp);
      if (t === undefined || Number.isNaN(Date.parse(t))) {
        errors.push({
          path: ['embeds', i, 'timestamp'],
          code: 'DATE_TYPE_PARSE',
          message: 'Could not parse timestamp.',
        });
      }
    }
    if (isObject(embed.footer)) {
      badLength(errors, ['embeds', i, 'footer', 'text'], embed.footer.text, 1, 2048);
      checkUrl(errors, ['embeds', i, 'footer', 'icon_url'], embed.footer.icon_url, true);
    }
    if (isObject(embed.author)) {
      badLength(errors, ['embeds', i, 'author', 'name'], embed.author.name, 1, 256);
      checkUrl(errors, ['embeds', i, 'author', 'url'], embed.author.url, false);
      checkUrl(errors, ['embeds', i, 'author', 'icon_url'], embed.author.icon_url, true);
    }
    for (const key of ['image', 'thumbnail'] as const) {
      const media = embed[key];
      if (isObject(media)) checkUrl(errors, ['embeds', i, key, 'url'], media.url, true);
    }
    const fields = arr(embed.fields);
    listMax(errors, ['embeds', i, 'fields'], fields, 25);
    fields.forEach((field, j) => {
      if (!isObject(field)) return;
      badLength(errors, ['embeds', i, 'fields', j, 'name'], field.name, 1, 256);
      badLength(errors, ['embeds', i, 'fields', j, 'value'], field.value, 1, 1024);
    });
  });
  if (total > 6000) {
    errors.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: 'Embed size exceeds maximum size of 6000',
    });
  }
}

function validateCustomId(errors: FieldError[], path: FieldError['path'], value: unknown, seen: Set<string>): void {
  badLength(errors, path, value, 1, 100);
  const s = str(value);
  if (s === undefined) return;
  if (seen.has(s)) {
    errors.push({ path, code: 'COMPONENT_CUSTOM_ID_DUPLICATED', message: 'Component custom id cannot be duplicated' });
  }
  seen.add(s);
}

function validateInteractive(errors: FieldError[], path: FieldError['path'], c: JsonObject, seen: Set<string>): void {
  if (c.type === 2) {
    maxLength(errors, [...path, 'label'], c.label, 80);
    if (c.style === 5) {
      checkUrl(errors, [...path, 'url'], c.url ?? '', false);
      if (c.custom_id !== undefined) {
        errors.push({
          path: [...path, 'custom_id'],
          code: 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
          message: 'A custom id cannot be set on a link button',
        });
      }
    } else if (c.style !== 6) {
      validateCustomId(errors, [...path, 'custom_id'], c.custom_id, seen);
    }
  } else if (typeof c.type === 'number' && c.type >= 3 && c.type <= 8 && c.type !== 4) {
    validateCustomId(errors, [...path, 'custom_id'], c.custom_id, seen);
    maxLength(errors, [...path, 'placeholder'], c.placeholder, 150);
    if (c.type === 3) {
      const options = arr(c.options);
      if (options.length < 1 || options.length > 25) {
        errors.push({
          path: [...path, 'options'],
          code: 'BASE_TYPE_BAD_LENGTH',
          message: 'Must be between 1 and 25 in length.',
        });
      }
      options.forEach((o, k) => {
        if (!isObject(o)) return;
        badLength(errors, [...path, 'options', k, 'label'], o.label, 1, 100);
        badLength(errors, [...path, 'options', k, 'value'], o.value, 1, 100);
        maxLength(errors, [...path, 'options', k, 'description'], o.description, 100);
      });
    }
  }
}

function countComponents(components: unknown[]): number {
  let n = 0;
  for (const c of components) {
    n++;
    if (isObject(c)) {
      n += countComponents(arr(c.components));
      if (isObject(c.accessory)) n++;
    }
  }
  return n;
}

function validateComponentsV2(
  errors: FieldError[],
  path: FieldError['path'],
  components: unknown[],
  seen: Set<string>,
): void {
  components.forEach((c, i) => {
    if (!isObject(c)) return;
    validateInteractive(errors, [...path, i], c, seen);
    if (Array.isArray(c.components)) validateComponentsV2(errors, [...path, i, 'components'], c.components, seen);
    if (isObject(c.accessory)) validateInteractive(errors, [...path, i, 'accessory'], c.accessory, seen);
  });
}

function validateComponents(errors: FieldError[], components: unknown, flags: number): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.push({ path: ['components'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  const seen = new Set<string>();
  if ((flags & IS_COMPONENTS_V2) !== 0) {
    if (countComponents(components) > 40) {
      errors.push({ path: ['components'], code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 40 or fewer in length.' });
    }
    validateComponentsV2(errors, ['components'], components, seen);
    return;
  }
  listMax(errors, ['components'], components, 5);
  components.forEach((row, i) => {
    if (!isObject(row) || row.type !== 1) {
      errors.push({
        path: ['components', i],
        code: 'COMPONENT_LAYOUT_INVALID',
        message: 'Top-level components must be action rows',
      });
      return;
    }
    const children = arr(row.components);
    if (children.length < 1 || children.length > 5) {
      errors.push({
        path: ['components', i, 'components'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 5 in length.',
      });
    }
    const hasSelect = children.some((c) => isObject(c) && c.type !== 2);
    if (hasSelect && children.length > 1) {
      errors.push({
        path: ['components', i, 'components'],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'The specified component exceeds the maximum width',
      });
    }
    children.forEach((c, j) => {
      if (isObject(c)) validateInteractive(errors, ['components', i, 'components', j], c, seen);
    });
  });
}

/** Field-level checks of a message create/edit body (50035 when non-empty). */
export function validateMessagePayload(body: JsonObject): FieldError[] {
  const errors: FieldError[] = [];
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  maxLength(errors, ['content'], body.content, 2000);
  validateEmbeds(errors, body.embeds);
  validateComponents(errors, body.components, flags);
  if ((flags & IS_COMPONENTS_V2) !== 0) {
    if (str(body.content)) {
      errors.push({
        path: ['content'],
        code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        message: "The 'content' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      });
    }
    if (arr(body.embeds).length > 0) {
      errors.push({
        path: ['embeds'],
        code: 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        message: "The 'embeds' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      });
    }
  }
  if (isObject(body.message_reference) && body.message_reference.message_id === undefined) {
    errors.push({
      path: ['message_reference', 'message_id'],
      code: 'BASE_TYPE_REQUIRED',
      message: 'This field is required',
    });
  }
  return errors;
}

/** True when a message would show nothing: Discord answers 50006. */
export function isEmptyMessage(message: JsonObject, fileCount: number): boolean {
  const content = str(message.content) ?? '';
  return (
    content.trim() === '' &&
    arr(message.embeds).length === 0 &&
    arr(message.components).length === 0 &&
    arr(message.attachments).length === 0 &&
    arr(message.sticker_ids).length === 0 &&
    !isObject(message.poll) &&
    fileCount === 0
  );
}

export function isEphemeralFlags(flags: unknown): boolean {
  return typeof flags === 'number' && (flags & EPHEMERAL) !== 0;
}

export function validateThreadBody(body: JsonObject): FieldError[] {
  const errors: FieldError[] = [];
  badLength(errors, ['name'], body.name, 1, 100);
  const d = body.auto_archive_duration;
  if (d !== undefined && d !== null && ![60, 1440, 4320, 10080].includes(d as number)) {
    errors.push({
      path: ['auto_archive_duration'],
      code: 'BASE_TYPE_CHOICES',
      message: `Value must be one of {60, 1440, 4320, 10080}.`,
    });
  }
  return errors;
}

export function validateChannelPatch(body: JsonObject): FieldError[] {
  const errors: FieldError[] = [];
  if (body.name !== undefined) badLength(errors, ['name'], body.name, 1, 100);
  maxLength(errors, ['topic'], body.topic, 1024);
  return errors;
}

const COMMAND_NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateCommandOptions(errors: FieldError[], path: FieldError['path'], options: unknown): void {
  if (options === undefined || options === null) return;
  const list = arr(options);
  listMax(errors, path, list, 25);
  let sawOptional = false;
  const names = new Set<string>();
  list.forEach((o, i) => {
    if (!isObject(o)) return;
    const name = str(o.name) ?? '';
    if (!COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
      errors.push({
        path: [...path, i, 'name'],
        code: 'APPLICATION_COMMAND_INVALID_NAME',
        message: 'Command name is invalid',
      });
    }
    if (names.has(name)) {
      errors.push({
        path: [...path, i, 'name'],
        code: 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
        message: 'Option names must be unique',
      });
    }
    names.add(name);
    badLength(errors, [...path, i, 'description'], o.description, 1, 100);
    const isGroup = o.type === 1 || o.type === 2;
    if (!isGroup) {
      if (o.required === true && sawOptional) {
        errors.push({
          path: [...path, i],
          code: 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          message: 'Required options must be placed before non-required options',
        });
      }
      if (o.required !== true) sawOptional = true;
    }
    listMax(errors, [...path, i, 'choices'], o.choices, 25);
    arr(o.choices).forEach((choice, k) => {
      if (isObject(choice)) badLength(errors, [...path, i, 'choices', k, 'name'], choice.name, 1, 100);
    });
    if (isGroup) validateCommandOptions(errors, [...path, i, 'options'], o.options);
  });
}

/** Checks a bulk-overwrite body: an array of application commands. */
export function validateCommands(body: unknown): FieldError[] {
  const errors: FieldError[] = [];
  if (!Array.isArray(body)) {
    return [{ path: [], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }];
  }
  listMax(errors, [], body, 100);
  const names = new Set<string>();
  body.forEach((cmd, i) => {
    if (!isObject(cmd)) {
      errors.push({ path: [i], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' });
      return;
    }
    const type = typeof cmd.type === 'number' ? cmd.type : 1;
    const name = str(cmd.name) ?? '';
    if (
      type === 1
        ? !COMMAND_NAME.test(name) || name !== name.toLowerCase()
        : textLength(name) < 1 || textLength(name) > 32
    ) {
      errors.push({ path: [i, 'name'], code: 'APPLICATION_COMMAND_INVALID_NAME', message: 'Command name is invalid' });
    }
    const key = `${type}:${name}`;
    if (names.has(key)) {
      errors.push({
        path: [i, 'name'],
        code: 'APPLICATION_COMMANDS_DUPLICATE_NAME',
        message: `Application command names must be unique`,
      });
    }
    names.add(key);
    if (type === 1) {
      badLength(errors, [i, 'description'], cmd.description, 1, 100);
      validateCommandOptions(errors, [i, 'options'], cmd.options);
    }
  });
  return errors;
}

/** Builds Discord's nested `{ a: { 0: { b: { _errors: [...] } } } }` error tree. */
export function invalidFormBody(errors: FieldError[], prefix: Array<string | number> = []): DiscordErrorBody {
  const tree: JsonObject = {};
  for (const error of errors) {
    let node = tree;
    for (const key of [...prefix, ...error.path]) {
      const k = String(key);
      const next = node[k];
      if (isObject(next)) {
        node = next;
      } else {
        const created: JsonObject = {};
        node[k] = created;
        node = created;
      }
    }
    const list = Array.isArray(node._errors) ? node._errors : [];
    list.push({ code: error.code, message: error.message });
    node._errors = list;
  }
  return { code: 50035, message: 'Invalid Form Body', errors: tree };
}
