import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MessageFlags, type APIEmbed } from 'discord.js';
import { embedLength, fitEmbed, fitEmbeds, toMessage } from '../../src/bot/reply.ts';

const long = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom('a', ' ', '😀', '\n', '*'), maxLength, size: 'max' });

const embed: fc.Arbitrary<APIEmbed> = fc.record(
  {
    title: long(400),
    description: long(6000),
    footer: fc.record({ text: long(3000) }),
    author: fc.record({ name: long(400) }),
    fields: fc.array(fc.record({ name: long(400), value: long(1500) }), { maxLength: 40, size: 'max' }),
  },
  { requiredKeys: [] },
);

describe('toMessage', () => {
  test('GIVEN any body THEN no mention is allowed, the content fits 2000 and every embed fits its limits and the 6000 total', () => {
    fc.assert(
      fc.property(
        fc.record({ content: long(3000), embeds: fc.array(embed, { maxLength: 12 }), ephemeral: fc.boolean() }),
        (body) => {
          const message = toMessage(body);
          expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
          expect(message.content.length).toBeLessThanOrEqual(2000);
          expect(message.embeds.length).toBeLessThanOrEqual(10);
          expect(message.embeds.reduce((sum, one) => sum + embedLength(one), 0)).toBeLessThanOrEqual(6000);
          for (const one of message.embeds) {
            expect(one.title?.length ?? 0).toBeLessThanOrEqual(256);
            expect(one.description?.length ?? 0).toBeLessThanOrEqual(4096);
            expect(one.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
            expect(one.author?.name.length ?? 0).toBeLessThanOrEqual(256);
            expect(one.fields?.length ?? 0).toBeLessThanOrEqual(25);
            for (const field of one.fields ?? []) {
              expect(field.name.length).toBeLessThanOrEqual(256);
              expect(field.value.length).toBeLessThanOrEqual(1024);
            }
          }
          expect(message.flags).toBe(body.ephemeral ? MessageFlags.Ephemeral : undefined);
        },
      ),
    );
  });

  test('GIVEN content over 2000 characters THEN it is cut at a word with an ellipsis', () => {
    const message = toMessage({ content: 'word '.repeat(500) });
    expect(message.content.length).toBeLessThanOrEqual(2000);
    expect(message.content).toMatch(/word…$/);
  });
});

describe('fitEmbed', () => {
  test('GIVEN an embed within the limits THEN it is returned unchanged', () => {
    const small: APIEmbed = {
      title: 't',
      description: 'd',
      footer: { text: 'f' },
      fields: [{ name: 'n', value: 'v' }],
    };
    expect(fitEmbed(small)).toEqual(small);
    expect(fitEmbeds([small, small])).toEqual([small, small]);
  });

  test('GIVEN an embed over the total THEN description text goes first, fields after', () => {
    const big: APIEmbed = {
      title: 't',
      description: 'x '.repeat(2048),
      fields: Array.from({ length: 5 }, () => ({ name: 'n', value: 'v'.repeat(1024) })),
    };
    const fitted = fitEmbed(big);
    expect(embedLength(fitted)).toBeLessThanOrEqual(6000);
    expect(fitted.fields).toHaveLength(5);
    expect(fitted.description?.endsWith('…')).toBe(true);
  });
});
