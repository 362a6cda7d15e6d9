import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { ComponentType } from 'discord.js';
import {
  answerMessage,
  excerptNumbers,
  pageCount,
  prepareQuestion,
  previousOffset,
  readAnswerEmbed,
  sourceKey,
  withoutButton,
  THREAD_BUTTON_ID,
  type AnswerView,
} from '../../src/bot/answers.ts';
import type { Coverage } from '../../src/bot/coverage.ts';
import { decodeCustomId } from '../../src/bot/customId.ts';
import { embedLength, fitEmbed, toMessage } from '../../src/bot/reply.ts';
import { oneLine } from '../../src/bot/text.ts';
import type { ArticleMeta } from '../../src/corpus/types.ts';
import type { Answer, CitedPassage } from '../../src/search/types.ts';

const coverage: Coverage = {
  fingerprint: 'abcd1234',
  outlets: ['Al Mayadeen English', 'Asia-Pacific Research', 'RT'],
  footer: 'Coverage: 3 articles from Al Mayadeen English, Asia-Pacific Research, RT',
};

/**
 * The first page of an /ask reply to "q" with these passages: what most tests hold fixed. `sources`, `total` and
 * any other input of answerMessage may be given.
 */
function messageFor(
  passages: CitedPassage[],
  options: Partial<Omit<Parameters<typeof answerMessage>[0], 'answer'>> & {
    sources?: ArticleMeta[];
    total?: number;
  } = {},
): ReturnType<typeof answerMessage> {
  const { sources = [], total = passages.length, ...input } = options;
  return answerMessage({
    answer: { question: 'q', answered: true, reason: null, passages, sources, total },
    question: prepareQuestion('q'),
    offset: 0,
    outlet: null,
    context: null,
    threadButton: false,
    coverage,
    pageSize: 5,
    ...input,
  });
}

/** `size: 'max'`: lengths spread over the whole range, so long passages and titles really occur. */
const text = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom('a', 'b', ' ', ' ', '*', '_', '<', '@', '\\', '…', 'é', '😀', '\n', '#', '-', '.'),
    maxLength,
    size: 'max',
  });

const ARTICLE_IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

const carrier = fc.record({
  passageId: fc.constant('a#p1'),
  outlet: text(200),
  title: text(300),
  date: fc.option(fc.constant('2023-05-18'), { nil: null }),
  articleId: fc.constantFrom(...ARTICLE_IDS),
});

/** What the engine knows of each article: long headlines, datelines and bylines really occur. */
const sources: fc.Arbitrary<ArticleMeta[]> = fc.tuple(
  ...ARTICLE_IDS.map((id) =>
    fc.record({
      id: fc.constant(id),
      file: fc.constant(`${id}.txt`),
      outlet: text(200),
      title: text(400),
      date: fc.option(fc.constant('2023-05-18'), { nil: null }),
      dateline: fc.option(text(200), { nil: null }),
      datedLine: fc.option(text(200), { nil: null }),
      creditLine: fc.option(text(200), { nil: null }),
      byline: fc.option(text(300), { nil: null }),
      creditedSource: fc.constant(null),
      otherNames: fc.constant<string[]>([]),
      url: fc.option(fc.webUrl({ size: 'large' }), { nil: null }),
    }),
  ),
);

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
    metas: fc.option(sources, { nil: [] }),
    pageSize: fc.integer({ min: 1, max: 25 }),
    // A coverage of many outlets with long names makes a long footer.
    footer: fc.option(text(2100), { nil: null }),
  })
  .map(({ question, passages, extra, offset, outlet, context, threadButton, speaker, metas, pageSize, footer }) => {
    const answer: Answer = {
      question,
      answered: true,
      reason: null,
      passages,
      sources: metas,
      total: offset + passages.length + extra,
    };
    const covered = footer === null ? coverage : { ...coverage, footer: `Coverage: ${footer}` };
    return {
      answer,
      question: prepareQuestion(question),
      offset,
      outlet,
      context,
      threadButton,
      coverage: covered,
      pageSize,
      speakerOf: () => speaker,
    };
  });

function expectEmbedLimits(embed: NonNullable<ReturnType<typeof answerMessage>['embeds']>[number]): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeLessThanOrEqual(256);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(1024);
  }
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
          for (const component of row.components)
            if ('custom_id' in component) expect(component.custom_id.length).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  test('GIVEN any answer THEN the excerpts shown are whole passages from the start of the page, Next starts at the first left out and Previous at the page before', () => {
    fc.assert(
      fc.property(view, (input) => {
        const body = answerMessage(input);
        const description = body.embeds?.[0]?.description ?? '';
        const numbers = excerptNumbers(description);
        expect(numbers.length).toBeGreaterThanOrEqual(1);
        expect(numbers).toEqual(numbers.map((_n, index) => input.offset + index + 1));
        const next = input.offset + numbers.length;
        const buttons =
          body.components?.[0]?.components.flatMap((component) =>
            'custom_id' in component
              ? [
                  {
                    label: 'label' in component ? component.label : '',
                    disabled: component.disabled ?? false,
                    id: decodeCustomId(component.custom_id),
                  },
                ]
              : [],
          ) ?? [];
        const outletArg = input.outlet === null ? '-' : String(coverage.outlets.indexOf(input.outlet));
        const nextButton = buttons.find((button) => button.label === 'Next');
        const previousButton = buttons.find((button) => button.label === 'Previous');
        if (input.offset > 0 || next < input.answer.total) {
          expect(nextButton).toMatchObject({
            disabled: next >= input.answer.total,
            id: { command: 'ask', action: 'page', args: [String(next), 'abcd1234', outletArg] },
          });
          expect(previousButton).toMatchObject({
            disabled: input.offset === 0,
            id: {
              command: 'ask',
              action: 'page',
              args: [String(previousOffset(input.offset, input.pageSize)), 'abcd1234', outletArg],
            },
          });
          const { page, pages, continued } = pageCount(input.offset, input.answer.total, input.pageSize);
          if (pages > 1 || continued) expect(description).toContain(`(page ${page} of ${pages}`);
          else expect(description).not.toContain('(page ');
        } else {
          expect(nextButton).toBeUndefined();
          expect(previousButton).toBeUndefined();
        }
        if (numbers.length < input.answer.passages.length)
          expect(description).toContain(`continues from passage ${next + 1}`);
      }),
    );
  });

  test('GIVEN any answer THEN every outlet under an excerpt is keyed to one Sources entry, and every entry is cited on the page, once, in order of first citation', () => {
    fc.assert(
      fc.property(view, (input) => {
        const embed = answerMessage(input).embeds?.[0];
        const entries = (embed?.fields ?? [])
          .flatMap((field) => field.value.split('\n'))
          .map((line) => /^\*\*\[([A-Z]+)\]\*\* /.exec(line)?.[1]);
        expect(entries.every((key) => key !== undefined)).toBe(true);
        expect(entries).toEqual(entries.map((_key, index) => sourceKey(index)));
        const heads = (embed?.description ?? '')
          .split('\n\n')
          .filter((block) => /^\*\*\[\d+\]\*\*/.test(block))
          .map((block) => block.split('\n')[0] ?? '');
        const cited = heads.flatMap((head) => [...head.matchAll(/ \[([A-Z]+)\](?= · |$)/g)].map((match) => match[1]));
        expect([...new Set(cited)]).toEqual(entries);
        expect(embed?.description).not.toContain('undated');
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
    const body = messageFor(passages, { total: 30, pageSize: 25 });
    const description = body.embeds?.[0]?.description ?? '';
    const shown = [...description.matchAll(/^\*\*\[\d+\]\*\* RT \[A\]\n> Passage \d+ (word )+end\.$/gm)].length;

    expect(shown).toBeGreaterThan(5);
    expect(shown).toBeLessThan(25);
    expect(excerptNumbers(description)).toHaveLength(shown);
    expect(description).toContain(`showing passages 1–${shown} (page 1 of 2).`);
    expect(description).toContain(
      `_The rest of this page did not fit in one message: **Next** continues from passage ${shown + 1}._`,
    );
    expect(
      body.components?.[0]?.components.map((component) => ('custom_id' in component ? component.custom_id : '')),
    ).toEqual(['ask:page:0:abcd1234:-', `ask:page:${shown}:abcd1234:-`]);
  });

  test('GIVEN a single passage longer than an embed holds THEN its start is shown, cut at a word, and the answer still fits', () => {
    const passage: CitedPassage = {
      id: 'a#p1',
      text: 'word '.repeat(2000),
      carriers: [{ passageId: 'a#p1', outlet: 'RT', title: 'T', date: null, articleId: 'a' }],
      score: 1,
      matchedTerms: [],
    };
    const body = messageFor([passage], { threadButton: true });

    expectEmbedLimits(body.embeds![0]!);
    expect(body.embeds?.[0]?.description).toMatch(/\*\*\[1\]\*\* RT \[A\]\n> (word )+word…$/);
    expect(body.embeds?.[0]?.fields).toEqual([{ name: 'Sources', value: '**[A]** RT · _T_ · _date not printed_' }]);
  });

  test('GIVEN a speaker for a passage THEN the excerpt names them before the outlets', () => {
    const passage: CitedPassage = {
      id: 'a#p1',
      text: 'Asia is an anchor for peace.',
      carriers: [
        { passageId: 'a#p1', outlet: 'Asia-Pacific Research', title: 'T', date: '2023-05-18', articleId: 'a' },
      ],
      score: 1,
      matchedTerms: [],
    };
    const body = messageFor([passage], {
      speakerOf: (id) => (id === 'a#p1' ? 'Mao Ning' : null),
    });

    expect(body.embeds?.[0]?.description).toContain(
      '**[1]** **Mao Ning**, in Asia-Pacific Research [A]\n> Asia is an anchor for peace.',
    );
  });
});

describe('answerMessage citations', () => {
  const meta = (
    id: string,
    outlet: string,
    title: string,
    date: string | null,
    dateline: string | null,
    byline: string | null,
  ): ArticleMeta => ({
    id,
    file: `${id}.txt`,
    outlet,
    title,
    date,
    dateline,
    datedLine: null,
    creditLine: null,
    byline,
    creditedSource: null,
    otherNames: [],
    url: null,
  });
  const cited = (id: string, text: string, ...articles: ArticleMeta[]): CitedPassage => ({
    id,
    text,
    carriers: articles.map((article) => ({
      passageId: id,
      outlet: article.outlet,
      title: article.title,
      date: article.date,
      articleId: article.id,
    })),
    score: 1,
    matchedTerms: [],
  });
  const render = (passages: CitedPassage[], sources: ArticleMeta[], total = passages.length) =>
    messageFor(passages, { sources, total }).embeds?.[0];

  // The seeds' three articles, as their pages print themselves.
  const rt = meta(
    '000',
    'RT',
    'The DPRK slammed Tokyo’s plans to open the first Asia-based liaison office for the US-led military bloc',
    null,
    null,
    null,
  );
  const apr = meta(
    '001',
    'Asia-Pacific Research',
    'NATO Is Creeping Into Asia, Warns North Korea',
    '2023-05-18',
    'May 18, 2023',
    'Countercurrents.org',
  );
  // Its byline is the outlet's own name: not repeated.
  const almayadeen = meta(
    '002',
    'Al Mayadeen English',
    "DPRK accuses NATO of infiltration into Asia, 'military collusion'",
    '2023-05-16',
    null,
    'Al Mayadeen English',
  );

  test('GIVEN an article whose page states its address THEN its Sources entry links to it, parentheses encoded so the link cannot end early; a very long address is left out', () => {
    const linked = { ...apr, url: 'https://www.asia-pacificresearch.com/nato-creeping-asia-(north-korea)/5334010' };
    const long = { ...rt, url: `https://www.rt.com/${'a'.repeat(400)}` };
    const embed = render(
      [
        cited('001#p9', 'Asia is an anchor for peace.', linked),
        cited('000#p4', 'Kim went on to cite recent reports.', long),
      ],
      [linked, long],
    );
    const value = embed?.fields?.[0]?.value ?? '';
    expect(value).toContain(
      '· by Countercurrents.org · [link](https://www.asia-pacificresearch.com/nato-creeping-asia-%28north-korea%29/5334010)',
    );
    expect(value).not.toContain('rt.com');
  });

  test('GIVEN passages carried by several outlets THEN each excerpt keys its outlets to a Sources list naming each article once: outlet, headline, date as printed (else ISO, else "date not printed"), byline', () => {
    const embed = render(
      [
        cited('000#p4', 'Kim went on to cite recent reports.', rt, apr, almayadeen),
        cited('001#p9', 'Asia is an anchor for peace.', apr),
      ],
      [rt, apr, almayadeen],
    );

    expect(embed?.description).toContain(
      '**[1]** RT [A] · Asia-Pacific Research [B] · Al Mayadeen English [C]\n> Kim went on to cite recent reports.',
    );
    expect(embed?.description).toContain('**[2]** Asia-Pacific Research [B]\n> Asia is an anchor for peace.');
    expect(embed?.fields).toEqual([
      {
        name: 'Sources',
        value: [
          '**[A]** RT · _The DPRK slammed Tokyo’s plans to open the first Asia-based liaison office for the US-led military bloc_ · _date not printed_',
          '**[B]** Asia-Pacific Research · _NATO Is Creeping Into Asia, Warns North Korea_ · May 18, 2023 · by Countercurrents.org',
          "**[C]** Al Mayadeen English · _DPRK accuses NATO of infiltration into Asia, 'military collusion'_ · 2023-05-16",
        ].join('\n'),
      },
    ]);
    expect(JSON.stringify(embed)).not.toContain('undated');
  });

  test('GIVEN one outlet with two different articles on a page THEN the excerpts say which article each comes from', () => {
    const first = meta('r1', 'RT', 'Japan hosts NATO delegation', '2023-05-01', null, null);
    const second = meta('r2', 'RT', 'Pyongyang warns of military collusion', '2023-05-15', null, null);
    const embed = render([cited('r1#p1', 'One.', first), cited('r2#p1', 'Two.', second)], [first, second]);

    expect(embed?.description).toContain('**[1]** RT [A]\n> One.');
    expect(embed?.description).toContain('**[2]** RT [B]\n> Two.');
    expect(embed?.fields?.[0]?.value).toBe(
      '**[A]** RT · _Japan hosts NATO delegation_ · 2023-05-01\n**[B]** RT · _Pyongyang warns of military collusion_ · 2023-05-15',
    );
  });

  test('GIVEN a passage that is a quotation THEN it is shown once with its own marks, none added', () => {
    const embed = render(
      [cited('000#p6', '“It is an open secret that the United States has been trying,” he said.', rt)],
      [rt],
    );

    expect(embed?.description).toContain('\n> “It is an open secret that the United States has been trying,” he said.');
    expect(embed?.description).not.toMatch(/““|””/);
  });

  test('GIVEN markdown, mentions and a quote marker in a passage THEN they are shown escaped, as printed', () => {
    const embed = render([cited('x#p1', '> **bold** @everyone <@123> # not a heading', rt)], [rt]);

    expect(embed?.description).toContain('\n> \\> \\*\\*bold\\*\\* \\@everyone \\<\\@123> # not a heading');
  });

  test('GIVEN more passages than a page THEN the lead line gives the page count, Previous is greyed out on the first page and Next on the last', () => {
    const passages = Array.from({ length: 5 }, (_unused, index) => cited(`001#p${index}`, `Passage ${index}.`, apr));
    const first = messageFor(passages, { sources: [apr], total: 17 });
    const last = messageFor(passages.slice(0, 2), { sources: [apr], total: 17, offset: 15 });

    expect(first.embeds?.[0]?.description).toContain(
      '**17** passages answer this; showing passages 1–5 (page 1 of 4).',
    );
    expect(first.components?.[0]?.components).toMatchObject([
      { label: 'Previous', disabled: true, custom_id: 'ask:page:0:abcd1234:-' },
      { label: 'Next', custom_id: 'ask:page:5:abcd1234:-' },
    ]);
    expect(last.embeds?.[0]?.description).toContain('showing passages 16–17 (page 4 of 4).');
    expect(last.components?.[0]?.components).toMatchObject([
      { label: 'Previous', custom_id: 'ask:page:10:abcd1234:-' },
      { label: 'Next', disabled: true, custom_id: 'ask:page:17:abcd1234:-' },
    ]);
  });
});

describe('paging', () => {
  test.each([
    [0, 5, 0],
    [5, 5, 0],
    [10, 5, 5],
    // A view that continues a page cut to fit one embed goes back to the start of that page.
    [8, 5, 5],
    [3, 5, 0],
  ])(
    'GIVEN a view at passage offset %i and pages of %i THEN Previous goes to offset %i',
    (offset, pageSize, previous) => {
      expect(previousOffset(offset, pageSize)).toBe(previous);
    },
  );

  test.each([
    [0, 19, 5, { page: 1, pages: 4, continued: false }],
    [15, 19, 5, { page: 4, pages: 4, continued: false }],
    [8, 19, 5, { page: 2, pages: 4, continued: true }],
    [0, 1, 5, { page: 1, pages: 1, continued: false }],
  ])('GIVEN offset %i of %i passages in pages of %i THEN the page count is %j', (offset, total, pageSize, expected) => {
    expect(pageCount(offset, total, pageSize)).toEqual(expected);
  });

  test.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('GIVEN source %i THEN its key is %s', (index, key) => {
    expect(sourceKey(index)).toBe(key);
  });
});

describe('withoutButton', () => {
  test('GIVEN the thread button among others THEN only it is removed, and an emptied row goes', () => {
    const rows = [
      {
        type: ComponentType.ActionRow as const,
        components: [
          {
            type: ComponentType.Button as const,
            style: 1 as const,
            label: 'More passages',
            custom_id: 'ask:more:5:abcd1234:-',
          },
          {
            type: ComponentType.Button as const,
            style: 2 as const,
            label: 'Follow up in thread',
            custom_id: THREAD_BUTTON_ID,
          },
        ],
      },
      {
        type: ComponentType.ActionRow as const,
        components: [
          {
            type: ComponentType.Button as const,
            style: 2 as const,
            label: 'Follow up in thread',
            custom_id: THREAD_BUTTON_ID,
          },
        ],
      },
    ];
    expect(withoutButton(rows, THREAD_BUTTON_ID)).toEqual([
      { type: ComponentType.ActionRow, components: [rows[0]!.components[0]] },
    ]);
  });
});
