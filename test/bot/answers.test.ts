import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ComponentType } from 'discord.js';
import { answerMessage, prepareQuestion, readAnswerEmbed, withoutButton, THREAD_BUTTON_ID, type AnswerView } from '../../src/bot/answers.ts';
import type { Coverage } from '../../src/bot/coverage.ts';
import { decodeCustomId } from '../../src/bot/customId.ts';
import { embedLength, fitEmbed, toMessage } from '../../src/bot/reply.ts';
import { oneLine } from '../../src/bot/text.ts';
import type { Answer, CitedPassage } from '../../src/search/types.ts';

const coverage: Coverage = {
  fingerprint: 'abcd1234',
  outlets: ['Al Mayadeen English', 'Asia-Pacific Research', 'RT'],
  footer: 'Coverage: 3 articles from Al Mayadeen English, Asia-Pacific Research, RT',
  articleCount: 3,
};

/** `size: 'max'`: lengths spread over the whole range, so long passages and titles really occur. */
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', ' ', ' ', '*', '_', '<', '@', '\\', '…', 'é', '😀', '\n', '#', '-', '.'), maxLength, size: 'max' });

const carrier = fc.record({
  passageId: fc.constant('a#p1'),
  outlet: text(200),
  title: text(300),
  date: fc.option(fc.constant('2023-05-18'), { nil: null }),
  articleId: fc.constant('a'),
});

const passage: fc.Arbitrary<CitedPassage> = fc.record({
  id: fc.string({ maxLength: 20 }),
  text: text(3000),
  carriers: fc.array(carrier, { minLength: 1, maxLength: 6, size: 'max' }),
  score: fc.double({ noNaN: true }),
  matchedTerms: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
});

const view: fc.Arbitrary<AnswerView> = fc
  .record({
    question: text(1200),
    passages: fc.array(passage, { minLength: 1, maxLength: 25, size: 'max' }),
    extra: fc.nat({ max: 100 }),
    offset: fc.nat({ max: 500 }),
    outlet: fc.option(fc.constantFrom(...coverage.outlets), { nil: null }),
    context: fc.option(text(1500), { nil: null }),
    threadButton: fc.boolean(),
    speaker: fc.option(text(300), { nil: null }),
  })
  .map(({ question, passages, extra, offset, outlet, context, threadButton, speaker }) => {
    const answer: Answer = { question, answered: true, reason: null, passages, sources: [], total: offset + passages.length + extra };
    return { answer, question: prepareQuestion(question), offset, outlet, context, threadButton, coverage, speakerOf: () => speaker };
  });

function expectEmbedLimits(embed: NonNullable<ReturnType<typeof answerMessage>['embeds']>[number]): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
  expect(embedLength(embed)).toBeLessThanOrEqual(6000);
}

describe('answerMessage', () => {
  test('GIVEN any answer, question and thread context THEN the embed fits every Discord limit by construction and the message allows no mention', () => {
    fc.assert(
      fc.property(view, (input) => {
        const body = answerMessage(input);
        const embed = body.embeds?.[0];
        expect(embed).toBeDefined();
        expectEmbedLimits(embed!);
        // Built within the limits, not cut afterwards: the safety net has nothing to do.
        expect(fitEmbed(embed!)).toEqual(embed);
        const message = toMessage(body);
        expect(message.allowedMentions).toEqual({ parse: [], repliedUser: false });
        expect(message.content.length).toBeLessThanOrEqual(2000);
        for (const row of message.components) {
          for (const component of row.components) if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  test('GIVEN any answer THEN the excerpts shown are whole passages from the start of the page, and More passages starts at the first left out', () => {
    fc.assert(
      fc.property(view, (input) => {
        const body = answerMessage(input);
        const description = body.embeds?.[0]?.description ?? '';
        const numbers = [...description.matchAll(/^\*\*(\d+)\.\*\* “/gm)].map((match) => Number(match[1]));
        expect(numbers.length).toBeGreaterThanOrEqual(1);
        expect(numbers).toEqual(numbers.map((_n, index) => input.offset + index + 1));
        const next = input.offset + numbers.length;
        const more = body.components?.[0]?.components.map((component) => ('custom_id' in component ? decodeCustomId(component.custom_id) : null)).find((id) => id?.args[0] === String(next));
        if (next < input.answer.total) expect(more).toMatchObject({ command: 'ask', action: 'more', args: [String(next), 'abcd1234', input.outlet === null ? '-' : String(coverage.outlets.indexOf(input.outlet))] });
        if (numbers.length < input.answer.passages.length) expect(description).toContain(`continues from passage ${next + 1}`);
      }),
    );
  });

  test('GIVEN any question and context THEN reading the answer back gives the question that was searched and the thread question', () => {
    fc.assert(
      fc.property(view, (input) => {
        // The engine refuses a question with no words, so no answer ever has an empty one.
        fc.pre(input.question.text.trim() !== '');
        const read = readAnswerEmbed(answerMessage(input).embeds?.[0]);
        expect(read?.question.text).toBe(input.question.text);
        const context = oneLine(input.context ?? '');
        if (context === '') expect(read?.context).toBeNull();
        else if (context.length <= 1000) expect(read?.context).toBe(context);
        else expect(context.startsWith((read?.context ?? '').slice(0, -1))).toBe(true);
      }),
    );
  });

  test('GIVEN 25 passages of 400 characters THEN the page is cut between passages with a note', () => {
    const passages = Array.from({ length: 25 }, (_unused, index): CitedPassage => ({
      id: `a#p${index}`,
      text: `Passage ${index} ${'word '.repeat(78)}end.`,
      carriers: [{ passageId: `a#p${index}`, outlet: 'RT', title: 'T', date: null, articleId: 'a' }],
      score: 1,
      matchedTerms: [],
    }));
    const body = answerMessage({ answer: { question: 'q', answered: true, reason: null, passages, sources: [], total: 30 }, question: prepareQuestion('q'), offset: 0, outlet: null, context: null, threadButton: false, coverage });
    const description = body.embeds?.[0]?.description ?? '';
    const shown = [...description.matchAll(/^\*\*(\d+)\.\*\* “Passage \d+ [\s\S]*?end\.”/gm)].length;

    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(25);
    expect(description).toContain(`_The rest of this page did not fit in one message: **More passages** continues from passage ${shown + 1}._`);
    expect(body.components?.[0]?.components.map((component) => ('custom_id' in component ? component.custom_id : ''))).toEqual([`ask:more:${shown}:abcd1234:-`]);
  });

  test('GIVEN a single passage longer than an embed holds THEN its start is shown, cut at a word, and the answer still fits', () => {
    const passage: CitedPassage = { id: 'a#p1', text: 'word '.repeat(2000), carriers: [{ passageId: 'a#p1', outlet: 'RT', title: 'T', date: null, articleId: 'a' }], score: 1, matchedTerms: [] };
    const body = answerMessage({ answer: { question: 'q', answered: true, reason: null, passages: [passage], sources: [], total: 1 }, question: prepareQuestion('q'), offset: 0, outlet: null, context: null, threadButton: true, coverage });

    expectEmbedLimits(body.embeds![0]!);
    expect(body.embeds?.[0]?.description).toMatch(/\*\*1\.\*\* “(word )+word…”\n— _RT \(undated\)_/);
  });

  test('GIVEN a speaker for a passage THEN the excerpt names them before the outlets', () => {
    const passage: CitedPassage = { id: 'a#p1', text: 'Asia is an anchor for peace.', carriers: [{ passageId: 'a#p1', outlet: 'Asia-Pacific Research', title: 'T', date: '2023-05-18', articleId: 'a' }], score: 1, matchedTerms: [] };
    const body = answerMessage({ answer: { question: 'q', answered: true, reason: null, passages: [passage], sources: [], total: 1 }, question: prepareQuestion('q'), offset: 0, outlet: null, context: null, threadButton: false, coverage, speakerOf: (id) => (id === 'a#p1' ? 'Mao Ning' : null) });

    expect(body.embeds?.[0]?.description).toContain('**1.** “Asia is an anchor for peace.”\n— **Mao Ning**, in _Asia-Pacific Research (2023-05-18)_');
  });
});

describe('withoutButton', () => {
  test('GIVEN the thread button among others THEN only it is removed, and an emptied row goes', () => {
    const rows = [
      { type: ComponentType.ActionRow as const, components: [{ type: ComponentType.Button as const, style: 1 as const, label: 'More passages', custom_id: 'ask:more:5:abcd1234:-' }, { type: ComponentType.Button as const, style: 2 as const, label: 'Follow up in thread', custom_id: THREAD_BUTTON_ID }] },
      { type: ComponentType.ActionRow as const, components: [{ type: ComponentType.Button as const, style: 2 as const, label: 'Follow up in thread', custom_id: THREAD_BUTTON_ID }] },
    ];
    expect(withoutButton(rows, THREAD_BUTTON_ID)).toEqual([{ type: ComponentType.ActionRow, components: [rows[0]!.components[0]] }]);
  });
});
