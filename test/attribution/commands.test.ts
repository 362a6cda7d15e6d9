import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import compare, { compareMessage, readCompareEmbed } from '../../commands/compare.ts';
import who, { readWhoEmbed, statementLine, whoMessage } from '../../commands/who.ts';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { compareCoverage } from '../../src/attribution/compareCoverage.ts';
import { whoSaid, type CitedStatement } from '../../src/attribution/whoSaid.ts';
import { createAnswerQueue } from '../../src/bot/answerQueue.ts';
import { describeCoverage, type Coverage } from '../../src/bot/coverage.ts';
import { LIMITS } from '../../src/bot/limits.ts';
import { embedLength, type OutgoingMessage } from '../../src/bot/reply.ts';
import type { BotContext } from '../../src/bot/types.ts';
import { createSearchEngine, type SearchEngine } from '../../src/search/engine.ts';
import {
  buttonId,
  embedOf,
  expectDiscordRulesKept,
  expectWithinLimits,
  startHarness,
  type Harness,
} from '../bot/harness.ts';
import { seedCorpus } from './fixtures.ts';

function expectFits(embed: APIEmbed | undefined): void {
  expect(embed).toBeDefined();
  expect(embed?.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed?.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
  expect(embedLength(embed ?? {})).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('/who and /compare messages', () => {
  let engine: SearchEngine;
  let coverage: Coverage;

  beforeAll(async () => {
    engine = createSearchEngine(await seedCorpus());
    coverage = describeCoverage(engine.corpus);
  });

  test('GIVEN /who topic:liaison office THEN each speaker with their statements and every outlet that carried each', () => {
    const embed = whoMessage(whoSaid(engine, attributionOf(engine).statements, 'liaison office'), coverage).embeds?.[0];
    expectFits(embed);
    expect(embed?.title).toBe('Who said what on “liaison office”');
    expect(embed?.description).toContain(
      '__**Kim Seol-hwa, an official with the Foreign Ministry’s Japan Research Center**__ — 1 statement',
    );
    expect(embed?.description).toContain('— _RT ¶4 · Asia-Pacific Research ¶4 · Al Mayadeen English ¶6_');
  });

  test('GIVEN /who alone THEN every speaker with the number of statements and the outlets', () => {
    const embed = whoMessage(whoSaid(engine, attributionOf(engine).statements), coverage).embeds?.[0];
    expect(embed?.title).toBe('Who speaks in the coverage (12)');
    expect(embed?.description).toContain(
      '**Kim Seol-hwa** — 8 statements · _RT, Asia-Pacific Research, Al Mayadeen English_',
    );
  });

  test('GIVEN /compare alone THEN the outlets with whom they credit, then every section with its count', () => {
    const embed = compareMessage(compareCoverage(engine), coverage).embeds?.[0];
    expectFits(embed);
    expect(embed?.description).toContain('**Asia-Pacific Research** · 2023-05-18 · credits Countercurrents');
    expect(embed?.description).toContain('**Reported by all 3 outlets** (9)');
    expect(embed?.description).toContain('**Reported by some** (1)');
    expect(embed?.description).toContain('**Only in Al Mayadeen English** (3)');
    // Asia-Pacific Research adds 28 claims: more than fit; the section says how many are on the next pages.
    expect(embed?.description).toMatch(
      /\*\*Only in Asia-Pacific Research\*\* \(28\)[\s\S]*_…and \d+ more on the next pages\._/,
    );
  });

  test('GIVEN a speaker nobody is called THEN the reply says so, with the name escaped', () => {
    const body = whoMessage(whoSaid(engine, attributionOf(engine).statements, null, '<@123> **x**'), coverage);
    expect(body.embeds).toBeUndefined();
    expect(body.content).toContain('Nobody called "\\<\\@123> \\*\\*x\\*\\*" is quoted in the coverage.');
  });

  test("GIVEN any topic and speaker typed THEN /who and /compare messages fit Discord's limits", () => {
    const words = [
      'NATO',
      'liaison office',
      'Kim',
      'Putin',
      'Japan',
      '**',
      '<@1>',
      '`',
      'the',
      'x'.repeat(90),
      'Mao Ning',
      '—',
    ];
    const typed = fc.option(
      fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((parts) => parts.join(' ').slice(0, 100)),
      { nil: null },
    );
    fc.assert(
      fc.property(typed, typed, (topic, speaker) => {
        for (const body of [
          whoMessage(whoSaid(engine, attributionOf(engine).statements, topic, speaker), coverage),
          compareMessage(compareCoverage(engine, topic), coverage),
        ]) {
          if (body.embeds) for (const embed of body.embeds) expectFits(embed);
          expect(body.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('/who statements read as sentences', () => {
  const statement = (
    speaker: string,
    kind: 'quote' | 'reported',
    verb: string | null,
    text: string,
  ): CitedStatement => ({
    id: 's',
    speaker,
    role: null,
    kind,
    verb,
    via: null,
    text,
    carriers: [
      {
        statementId: 's',
        outlet: 'RT',
        title: 'T',
        date: null,
        articleId: 'a',
        passageId: 'a#p3',
        text,
        kind,
        verb,
        span: { start: 0, end: text.length },
      },
    ],
  });

  test.each([
    [
      statement('Kim Seol-hwa', 'quote', 'adding', 'It is an open secret'),
      '**1.** **Kim Seol-hwa** added: “It is an open secret”',
    ],
    [
      statement('Nikkei Asia', 'reported', 'according to', 'The office would be used for consultations'),
      '**1.** **Nikkei Asia** said that the office would be used for consultations',
    ],
    [
      statement('Chinese Foreign Ministry', 'reported', 'has urged', 'its Asian neighbors to exercise high vigilance'),
      '**1.** **Chinese Foreign Ministry** urged its Asian neighbors to exercise high vigilance',
    ],
    [
      statement('China', 'reported', 'denounces', 'NATO’s Strategic Concept'),
      '**1.** **China** denounced NATO’s Strategic Concept',
    ],
    [statement('Russia', 'reported', 'pointing to', 'the AUKUS pact'), '**1.** **Russia** pointed to the AUKUS pact'],
  ])('GIVEN a statement THEN it reads as a sentence: %#', (cited, line) => {
    expect(statementLine(1, cited).split('\n')[0]).toBe(line);
    expect(statementLine(1, cited).split('\n')[1]).toBe('— _RT ¶3_');
  });
});

describe('/who and /compare handlers', () => {
  let ctx: BotContext;

  beforeAll(async () => {
    const engine = createSearchEngine(await seedCorpus());
    ctx = {
      engine,
      coverage: describeCoverage(engine.corpus),
      cooldown: { book: () => ({ delayMs: 0 }) },
      answers: createAnswerQueue(),
    } as unknown as BotContext;
  });

  /** A slash command interaction with only what the handlers use. */
  const interaction = (options: Record<string, string | boolean>) => {
    const replies: OutgoingMessage[] = [];
    const fake = {
      user: { id: '1' },
      deferred: false,
      replied: false,
      isMessageComponent: () => false,
      options: {
        getString: (name: string) => (typeof options[name] === 'string' ? options[name] : null),
        getBoolean: (name: string) => (typeof options[name] === 'boolean' ? options[name] : null),
      },
      reply: async (message: OutgoingMessage) => {
        replies.push(message);
      },
    };
    return { fake, replies };
  };

  test('GIVEN /who speaker:Mao Ning hide:True THEN one ephemeral reply with her statements, nobody pinged', async () => {
    const { fake, replies } = interaction({ speaker: 'Mao Ning', hide: true });
    await who.execute(fake as never, ctx);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.flags).toBeDefined();
    expect(replies[0]?.allowedMentions.parse).toEqual([]);
    expect(replies[0]?.embeds[0]?.title).toBe('What Mao Ning said');
  });

  test('GIVEN /compare topic:Putin THEN a public reply with only Asia-Pacific Research', async () => {
    const { fake, replies } = interaction({ topic: 'Putin' });
    await compare.execute(fake as never, ctx);
    expect(replies[0]?.flags).toBeUndefined();
    expect(replies[0]?.embeds[0]?.description).toContain('**Only in Asia-Pacific Research**');
  });

  // Mentions address people; they are not the topic, as in /ask.
  test('GIVEN /compare topic:"@everyone liaison office" and /who topic:"<@123> liaison office" THEN each answers on the liaison office', async () => {
    const compared = interaction({ topic: '@everyone liaison office' });
    await compare.execute(compared.fake as never, ctx);
    expect(compared.replies[0]?.embeds[0]?.title).toMatch(/liaison office/);
    expect(compared.replies[0]?.embeds[0]?.title).not.toMatch(/everyone/);
    const asked = interaction({ topic: '<@123> liaison office' });
    await who.execute(asked.fake as never, ctx);
    expect(asked.replies[0]?.embeds[0]?.title).toBe('Who said what on “liaison office”');
  });

  test.each([
    ['mao', ['Mao Ning (3 statements)']],
    ['stolt', ['Jens Stoltenberg (2 statements)']],
    ['beij', ['China (3 statements)']],
    ['nato chief', ['Jens Stoltenberg (2 statements)']],
  ])('GIVEN "%s" typed in speaker THEN autocomplete offers %j', async (typed, names) => {
    let choices: { name: string; value: string }[] = [];
    const fake = {
      options: { getFocused: () => typed },
      respond: async (offered: typeof choices) => void (choices = offered),
    };
    await who.autocomplete?.(fake as never, ctx);
    expect(choices.map((choice) => choice.name)).toEqual(names);
  });

  test('GIVEN nothing typed in speaker THEN autocomplete offers up to 25 speakers, most statements first', async () => {
    let choices: { name: string; value: string }[] = [];
    const fake = {
      options: { getFocused: () => '' },
      respond: async (offered: typeof choices) => void (choices = offered),
    };
    await who.autocomplete?.(fake as never, ctx);
    expect(choices[0]).toEqual({ name: 'Vladimir Putin (10 statements)', value: 'Vladimir Putin' });
    expect(choices.length).toBeLessThanOrEqual(LIMITS.autocompleteChoices);
  });
});

describe('/who pages', () => {
  let engine: SearchEngine;
  let coverage: Coverage;
  beforeAll(async () => {
    engine = createSearchEngine(await seedCorpus());
    coverage = describeCoverage(engine.corpus);
  });

  test('GIVEN /who topic:NATO, more than one message holds THEN each page shows its share, says which page it is, and Previous / Next turn it', () => {
    const result = whoSaid(engine, attributionOf(engine).statements, 'NATO', null);
    const first = whoMessage(result, coverage);
    const labels = (body: ReturnType<typeof whoMessage>) =>
      (body.components?.[0]?.components ?? []).map((button) =>
        'label' in button ? `${button.label}${button.disabled ? ' (off)' : ''}` : '',
      );
    expect(first.embeds?.[0]?.description).toMatch(/_Page 1 of (\d+)\._$/);
    expect(labels(first)).toEqual(['Previous (off)', 'Next']);
    const pages = Number(/of (\d+)/.exec(first.embeds?.[0]?.description ?? '')?.[1]);
    const last = whoMessage(result, coverage, pages - 1);
    expect(labels(last)).toEqual(['Previous', 'Next (off)']);
    // Every statement is on exactly one page.
    const numbered =
      Array.from({ length: pages }, (_, page) => whoMessage(result, coverage, page).embeds?.[0]?.description ?? '')
        .join('\n')
        .match(/^\*\*\d+\.\*\* /gm) ?? [];
    expect(numbered.length).toBe(result.speakers.reduce((sum, speaker) => sum + speaker.statements.length, 0));
    for (let page = 0; page < pages; page++) {
      const embed = whoMessage(result, coverage, page).embeds?.[0] as APIEmbed;
      expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    }
  });

  test('GIVEN /compare of the whole story THEN the first page balances the sections and the pages after it hold the rest of each, every claim once', () => {
    const result = compareCoverage(engine, null);
    const first = compareMessage(result, coverage);
    const pages = Number(/_Page 1 of (\d+)\._$/.exec(first.embeds?.[0]?.description ?? '')?.[1]);
    expect(pages).toBeGreaterThan(1);
    const all = Array.from(
      { length: pages },
      (_, page) => compareMessage(result, coverage, page).embeds?.[0]?.description ?? '',
    );
    const claims = all.join('\n').match(/^\*\*\d+\.\*\* /gm) ?? [];
    const total =
      result.shared.length + result.partial.length + result.only.reduce((sum, only) => sum + only.claims.length, 0);
    expect(claims.length).toBe(total);
    expect(all[1]).toMatch(/^\*\*.+\*\* \(continued\)\n/);
    expect(readCompareEmbed(compareMessage(compareCoverage(engine, 'liaison office'), coverage).embeds?.[0])).toEqual({
      topic: 'liaison office',
    });
  });

  test('GIVEN a /who answer THEN its topic and speaker are read back from it, for the next page', () => {
    const body = whoMessage(whoSaid(engine, attributionOf(engine).statements, 'NATO', 'Kim Seol-hwa'), coverage);
    expect(readWhoEmbed(body.embeds?.[0])).toEqual({ topic: 'NATO', speaker: 'Kim Seol-hwa' });
  });
});

describe('/who and /compare through the loopback Discord server', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    const { fake } = harness;
    await harness.close();
    expectDiscordRulesKept(fake);
  });

  test('GIVEN the bot WHEN /who and /compare are run and the speaker option autocompleted THEN each gets its answer', async () => {
    const { fake } = harness;
    const whoReply = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'who', options: { topic: 'liaison office' } }),
    );
    expectWithinLimits(whoReply.original!);
    expect(embedOf(whoReply.original).title).toBe('Who said what on “liaison office”');

    const compareReply = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'compare' }));
    expectWithinLimits(compareReply.original!);
    expect(embedOf(compareReply.original).description).toContain('**Reported by all 3 outlets** (9)');
    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(compareReply.original, 'Next'), messageId: compareReply.original!.id }),
    );
    expect(embedOf(fake.getMessage(compareReply.original!.id)).description).toMatch(
      /\(continued\)[\s\S]*_Page 2 of \d+\._$/,
    );

    // Paging: the asker turns the pages in place; another member gets a private copy and the answer stays as it was.
    const paged = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'who', options: { topic: 'NATO' } }));
    const answer = paged.original!;
    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id }),
    );
    expect(embedOf(fake.getMessage(answer.id)).description).toMatch(/_Page 2 of \d+\._$/);
    const other = await fake.waitForInteractionReply(
      fake.sendComponent({
        customId: buttonId(fake.getMessage(answer.id), 'Next'),
        messageId: answer.id,
        user: { id: '990000000000000001', username: 'alice' },
      }),
    );
    expect(other.ephemeral).toBe(true);
    expect(embedOf(fake.getMessage(answer.id)).description).toMatch(/_Page 2 of \d+\._$/);

    const offered = await fake.waitForInteractionReply(
      fake.sendAutocomplete({ name: 'who', focused: 'speaker', value: 'kim' }),
    );
    expect(offered.choices).toEqual([{ name: 'Kim Seol-hwa (8 statements)', value: 'Kim Seol-hwa' }]);
  }, 20_000);
});
