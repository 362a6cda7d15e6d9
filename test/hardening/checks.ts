// What every message the bot sends must hold, whatever it was asked: checked on the payload a handler hands
// to discord.js (unit tests) or on the JSON the loopback server received (end-to-end tests).

import { expect } from 'vitest';

interface EmbedLike {
  title?: string;
  description?: string;
  footer?: { text?: string };
  author?: { name?: string };
  fields?: Array<{ name: string; value: string }>;
}

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits), counted in code points as Discord does. */
export function expectPayloadWithinLimits(payload: { content?: string; embeds?: unknown[] }, where: string): void {
  const count = (text: string | undefined) => [...(text ?? '')].length;
  const content = payload.content ?? '';
  const embeds = (payload.embeds ?? []) as EmbedLike[];
  expect(count(content), `${where}: content`).toBeLessThanOrEqual(2000);
  expect(embeds.length, `${where}: embeds`).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect(count(embed.title), `${where}: title`).toBeLessThanOrEqual(256);
    expect(count(embed.description), `${where}: description`).toBeLessThanOrEqual(4096);
    expect(count(embed.footer?.text), `${where}: footer`).toBeLessThanOrEqual(2048);
    expect(count(embed.author?.name), `${where}: author`).toBeLessThanOrEqual(256);
    expect((embed.fields ?? []).length, `${where}: fields`).toBeLessThanOrEqual(25);
    for (const field of embed.fields ?? []) {
      expect(count(field.name), `${where}: field name`).toBeLessThanOrEqual(256);
      expect(count(field.value), `${where}: field value`).toBeLessThanOrEqual(1024);
    }
    total += count(embed.title) + count(embed.description) + count(embed.footer?.text) + count(embed.author?.name);
    total += (embed.fields ?? []).reduce((sum, field) => sum + count(field.name) + count(field.value), 0);
  }
  expect(total, `${where}: embeds total`).toBeLessThanOrEqual(6000);
  // Discord refuses an empty message (50006): a reply always says something.
  expect(content.trim().length + embeds.length, `${where}: empty message`).toBeGreaterThan(0);
}

/** Every text a message shows: content, titles, descriptions, footers, fields. */
export function shownTexts(payload: { content?: string; embeds?: unknown[] }): string[] {
  const texts = [payload.content ?? ''];
  for (const embed of (payload.embeds ?? []) as EmbedLike[]) {
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? '');
    for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  }
  return texts;
}

/**
 * A second line of defence behind allowed_mentions: echoed text cannot even render as a mention, because
 * every `@` and `<` of the question is escaped. (Footers are plain text in Discord: mentions never render there.)
 */
export function expectNoLiveMention(payload: { content?: string; embeds?: unknown[] }, where: string): void {
  const rendered = [payload.content ?? ''];
  for (const embed of (payload.embeds ?? []) as EmbedLike[]) {
    rendered.push(embed.description ?? '');
    for (const field of embed.fields ?? []) rendered.push(field.value);
  }
  for (const text of rendered) {
    const unescaped = text.replace(/\\[\s\S]/g, '');
    expect(unescaped, `${where}: a mention would render`).not.toMatch(/@everyone|@here|<@[!&]?\d+>/);
  }
}
