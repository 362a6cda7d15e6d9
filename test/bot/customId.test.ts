import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeCustomId, encodeCustomId, intArg } from '../../src/bot/customId.ts';

const part = fc.string({ unit: fc.constantFrom('a', 'Z', '0', '9', '_', '.', '-'), maxLength: 12 });
const name = fc.string({ unit: fc.constantFrom('a', 'z', '0', '_', '-'), minLength: 1, maxLength: 12 });

describe('customId', () => {
  test('GIVEN any command, action and arguments that fit THEN decoding the encoded id gives them back', () => {
    fc.assert(
      fc.property(name, name, fc.array(part, { maxLength: 5 }), (command, action, args) => {
        expect(decodeCustomId(encodeCustomId(command, action, args))).toEqual({ command, action, args });
      }),
    );
  });

  test('GIVEN the paging state of an answer THEN it is encoded compactly, the largest well within 100 characters', () => {
    expect(encodeCustomId('ask', 'page', [5, 'abcd1234', '-'])).toBe('ask:page:5:abcd1234:-');
    // The shape of the "More passages" buttons posted before Previous / Next, still answered.
    expect(decodeCustomId('ask:more:5:abcd1234:-')).toEqual({
      command: 'ask',
      action: 'more',
      args: ['5', 'abcd1234', '-'],
    });
    expect(encodeCustomId('ask', 'page', [1_000_000, 'abcd1234', 999]).length).toBeLessThan(40);
  });

  test.each([
    ['an argument with the separator', () => encodeCustomId('ask', 'more', ['a:b'])],
    ['a space', () => encodeCustomId('ask', 'more', ['a b'])],
    ['an id over 100 characters', () => encodeCustomId('ask', 'more', ['x'.repeat(100)])],
  ])('GIVEN %s THEN encoding throws instead of making a button Discord would refuse', (_what, encode) => {
    expect(encode).toThrow();
  });

  test.each([
    ['', null],
    ['ask', null],
    [':more', null],
    ['ask:more:x y', null],
    ['a'.repeat(101), null],
    ['ask:thread', { command: 'ask', action: 'thread', args: [] }],
  ])('GIVEN custom_id %j THEN it decodes to %j', (id, decoded) => {
    expect(decodeCustomId(id)).toEqual(decoded);
  });

  test.each([
    ['5', 5],
    ['0', 0],
    ['-1', null],
    ['1e3', null],
    ['', null],
    [undefined, null],
    ['99999999', null],
  ])('GIVEN argument %j THEN intArg is %j', (value, expected) => {
    expect(intArg(value)).toBe(expected);
  });
});
