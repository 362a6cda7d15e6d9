import { describe, expect, test } from 'vitest';
import {
  invalidFormBody,
  isEmptyMessage,
  validateCommands,
  validateMessagePayload,
  validateThreadBody,
  type JsonObject,
} from '../validation.ts';

function codes(body: JsonObject): string[] {
  return validateMessagePayload(body).map((e) => `${e.path.join('.')}:${e.code}`);
}

const button = (customId: string): JsonObject => ({ type: 2, style: 1, label: 'b', custom_id: customId });
const row = (...components: JsonObject[]): JsonObject => ({ type: 1, components });

describe('fakeDiscord validation', () => {
  test('GIVEN content at and over 2000 code points THEN only the longer one fails', () => {
    expect(codes({ content: '😀'.repeat(2000) })).toEqual([]);
    expect(codes({ content: 'x'.repeat(2001) })).toEqual(['content:BASE_TYPE_MAX_LENGTH']);
  });

  test('GIVEN embeds over each limit THEN each field is reported', () => {
    const fields = Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' }));
    expect(
      codes({
        embeds: [
          {
            title: 't'.repeat(257),
            footer: { text: 'f'.repeat(2049) },
            author: { name: 'a'.repeat(257) },
            fields: [...fields.slice(0, 1), { name: 'n'.repeat(257), value: 'v'.repeat(1025) }, ...fields.slice(2)],
          },
        ],
      }),
    ).toEqual([
      'embeds.0.title:BASE_TYPE_MAX_LENGTH',
      'embeds.0.footer.text:BASE_TYPE_BAD_LENGTH',
      'embeds.0.author.name:BASE_TYPE_BAD_LENGTH',
      'embeds.0.fields:BASE_TYPE_MAX_LENGTH',
      'embeds.0.fields.1.name:BASE_TYPE_BAD_LENGTH',
      'embeds.0.fields.1.value:BASE_TYPE_BAD_LENGTH',
    ]);
  });

  test('GIVEN embeds summing over 6000 or more than 10 embeds THEN the embeds list fails', () => {
    const big = { description: 'd'.repeat(4000) };
    expect(codes({ embeds: [big, big] })).toEqual(['embeds:MAX_EMBED_SIZE_EXCEEDED']);
    expect(codes({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })) })).toEqual([
      'embeds:BASE_TYPE_MAX_LENGTH',
    ]);
  });

  test('GIVEN an embed url that is not http(s) THEN it fails as Discord does', () => {
    expect(codes({ embeds: [{ title: 't', url: 'not a url' }] })).toEqual(['embeds.0.url:URL_TYPE_INVALID_URL']);
    expect(codes({ embeds: [{ title: 't', url: 'ftp://x.org/a' }] })).toEqual(['embeds.0.url:URL_TYPE_INVALID_SCHEME']);
  });

  test('GIVEN 6 rows, 6 buttons in a row, a long or duplicated custom_id THEN components fail', () => {
    const rows = Array.from({ length: 6 }, (_, i) => row(button(`r${i}`)));
    expect(codes({ components: rows })).toEqual(['components:BASE_TYPE_MAX_LENGTH']);
    const wide = row(...Array.from({ length: 6 }, (_, i) => button(`b${i}`)));
    expect(codes({ components: [wide] })).toEqual(['components.0.components:BASE_TYPE_BAD_LENGTH']);
    expect(codes({ components: [row(button('c'.repeat(101)))] })).toEqual([
      'components.0.components.0.custom_id:BASE_TYPE_BAD_LENGTH',
    ]);
    expect(codes({ components: [row(button('same'), button('same'))] })).toEqual([
      'components.0.components.1.custom_id:COMPONENT_CUSTOM_ID_DUPLICATED',
    ]);
  });

  test('GIVEN messages with nothing to show THEN they count as empty unless a file is attached', () => {
    expect(isEmptyMessage({ content: '  ', embeds: [], components: [] }, 0)).toBe(true);
    expect(isEmptyMessage({}, 1)).toBe(false);
    expect(isEmptyMessage({ embeds: [{ title: 't' }] }, 0)).toBe(false);
  });

  test('GIVEN thread names and command definitions over the limits THEN they fail', () => {
    expect(validateThreadBody({ name: 'n'.repeat(101) }).map((e) => e.code)).toEqual(['BASE_TYPE_BAD_LENGTH']);
    expect(validateThreadBody({ name: 'ok', auto_archive_duration: 1440 })).toEqual([]);
    const errors = validateCommands([
      { name: 'Ask', description: 'upper-case name' },
      {
        name: 'ask',
        description: '',
        options: [
          { type: 3, name: 'a', description: 'a' },
          { type: 3, name: 'b', description: 'b', required: true },
        ],
      },
    ]);
    expect(errors.map((e) => `${e.path.join('.')}:${e.code}`)).toEqual([
      '0.name:APPLICATION_COMMAND_INVALID_NAME',
      '1.description:BASE_TYPE_BAD_LENGTH',
      '1.options.1:APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
    ]);
  });

  test('GIVEN field errors THEN the body nests them like Discord under an optional prefix', () => {
    const body = invalidFormBody(
      [{ path: ['embeds', 0, 'title'], code: 'BASE_TYPE_MAX_LENGTH', message: 'm' }],
      ['data'],
    );
    expect(body).toEqual({
      code: 50035,
      message: 'Invalid Form Body',
      errors: { data: { embeds: { 0: { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'm' }] } } } } },
    });
  });
});
