import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { DEFAULT_BOT_PERMISSIONS, type FakeDiscord, type FakeMessage } from '../../fake-discord/index.ts';
import { buttonId, buttonsOf, embedOf, excerptsOf, expectWithinLimits, sourcesOf, useHarness } from './harness.ts';

const start = useHarness();

/** The seeds' articles as their pages print themselves: headline, date as printed, byline. */
const SEED_ARTICLES = {
  // RT's page prints its headline as its first line, and no date.
  RT: {
    headline: 'The DPRK slammed Tokyo’s plans to open the first Asia-based liaison office for the US-led military bloc',
    date: 'date not printed',
    byline: null,
  },
  // "NATO Is Creeping Into Asia, Warns North Korea / By Countercurrents.org / Asia-Pacific Research, May 18, 2023".
  'Asia-Pacific Research': {
    headline: 'NATO Is Creeping Into Asia, Warns North Korea',
    date: 'May 18, 2023',
    byline: 'Countercurrents.org',
  },
  // "DPRK accuses NATO of infiltration into Asia, 'military collusion'", dated "16 May 2023 12:37"; its byline is
  // the outlet's own name, which the Sources list does not repeat.
  'Al Mayadeen English': {
    headline: "DPRK accuses NATO of infiltration into Asia, 'military collusion'",
    date: '16 May 2023 12:37',
    byline: null,
  },
} as const;

const OTHER_MEMBER = { id: '220000000000000002', username: 'bob' };

/** "(page 2 of 4)" in the lead line, read as numbers. */
function pageOf(message: FakeMessage | null | undefined): { page: number; pages: number } | null {
  const match = /\(page (\d+) of (\d+)/.exec(embedOf(message).description);
  return match ? { page: Number(match[1]), pages: Number(match[2]) } : null;
}

/** How many passages the lead line says answer the question. */
function totalOf(message: FakeMessage | null | undefined): number {
  return Number(/\*\*(\d+)\*\* passages?/.exec(embedOf(message).description)?.[1]);
}

async function ask(fake: FakeDiscord, question: string): Promise<FakeMessage> {
  return (await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question } }))).original!;
}

describe('/ask', () => {
  test('GIVEN a question the coverage answers WHEN asked THEN a public embed quotes numbered excerpts with their outlets and dates', async () => {
    const { fake } = await start();

    const interaction = fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } });
    const outcome = await fake.waitForInteractionReply(interaction);

    expect(outcome.ephemeral).toBe(false);
    const message = outcome.original;
    expectWithinLimits(message!);
    const embed = embedOf(message);
    expect(embed.title).toBe('NATO liaison office in Tokyo');
    const excerpts = excerptsOf(message);
    expect(excerpts.map((excerpt) => excerpt.number)).toEqual([1, 2, 3, 4, 5]);
    // Asia-Pacific Research reports the liaison office in several paragraphs; it dates its article May 18, 2023.
    expect(excerpts.some((excerpt) => /liaison office/i.test(excerpt.text))).toBe(true);
    expect(
      excerpts.some((excerpt) =>
        excerpt.cited.some((source) => source.outlet === 'Asia-Pacific Research' && source.date === 'May 18, 2023'),
      ),
    ).toBe(true);
    expect(embed.footer).toBe('Coverage: 3 articles from Al Mayadeen English, Asia-Pacific Research, RT');
    expect(pageOf(message)).toEqual({ page: 1, pages: Math.ceil(totalOf(message) / 5) });
    expect(buttonsOf(message).map((button) => button.label)).toEqual([
      'Previous',
      'Next',
      'Follow up in thread',
      '👍',
      '👎',
    ]);
  });

  test.each([
    'NATO liaison office in Tokyo',
    'who said what about the Tokyo liaison office?',
    'What did China say?',
    'NATO',
  ])(
    'GIVEN "%s" WHEN answered THEN every excerpt names its outlets, each keyed to a Sources entry naming the article once: headline, date as printed, byline',
    async (question) => {
      const { fake } = await start();
      const message = await ask(fake, question);

      const excerpts = excerptsOf(message);
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt.cited.length).toBeGreaterThan(0);
        for (const source of excerpt.cited) {
          const article = SEED_ARTICLES[source.outlet as keyof typeof SEED_ARTICLES];
          expect(article, `${source.outlet} in ${excerpt.source}`).toBeDefined();
          expect(source).toMatchObject({ headline: article.headline, date: article.date });
          expect(source.byline).toBe(article.byline);
        }
      }
      const listed = sourcesOf(message).map((source) => source.outlet);
      expect(new Set(listed).size).toBe(listed.length);
      expect(JSON.stringify(message.embeds)).not.toContain('undated');
    },
  );

  test('GIVEN Kim Seol-hwa quoted in a passage that opens with a quotation mark WHEN answered THEN the quote is shown once with its own marks', async () => {
    const { fake } = await start();
    // RT: "“It is an open secret that the United States… has been trying to create a military alliance like this…".
    const message = await ask(
      fake,
      'It is an open secret that the United States has been trying to create a military alliance',
    );

    const quoted = excerptsOf(message).find((excerpt) => excerpt.text.includes('It is an open secret'));
    expect(quoted?.text.startsWith('“It is an open secret')).toBe(true);
    expect(embedOf(message).description).not.toMatch(/““|””/);
  });
});

describe('/ask who-questions', () => {
  test('GIVEN a question asking who said something WHEN asked THEN the answer leads with the speaker and names them at the excerpt', async () => {
    const { fake } = await start();
    // Asia-Pacific Research: "Asia is an anchor for peace ... not a wrestling ground ...," spokeswoman Mao Ning said.
    const interaction = fake.sendInteraction({
      name: 'ask',
      options: { question: 'Who said Asia is not a wrestling ground for geopolitical competition?' },
    });
    const message = (await fake.waitForInteractionReply(interaction)).original!;
    expectWithinLimits(message);
    const description = embedOf(message).description ?? '';
    expect(description.split('\n')[0]).toMatch(/^Who speaks: \*\*Mao Ning\*\*/);
    expect(excerptsOf(message)[0]?.text).toMatch(/wrestling ground/);
    expect(excerptsOf(message)[0]?.source).toContain('Mao Ning');
  });

  // The product's own example: Kim Seol-hwa's statements, which all three outlets carried, lead the first page.
  test('GIVEN "who said what about the Tokyo liaison office?" WHEN asked THEN Kim Seol-hwa leads with her central statements, cited to all three outlets', async () => {
    const { fake } = await start();
    const interaction = fake.sendInteraction({
      name: 'ask',
      options: { question: 'who said what about the Tokyo liaison office?' },
    });
    const message = (await fake.waitForInteractionReply(interaction)).original!;
    expectWithinLimits(message);
    expect((embedOf(message).description ?? '').split('\n')[0]).toMatch(/^Who speaks: \*\*Kim Seol-hwa\*\*/);
    const excerpts = excerptsOf(message);
    const text = excerpts.map((excerpt) => excerpt.text).join('\n');
    expect(
      [/open secret/, /dangerous implementation phase/, /unprecedented military collusion/].filter((statement) =>
        statement.test(text),
      ).length,
    ).toBeGreaterThanOrEqual(2);
    const outlets = excerpts.flatMap((excerpt) => excerpt.cited.map((source) => source.outlet));
    for (const outlet of ['RT', 'Asia-Pacific Research', 'Al Mayadeen English']) expect(outlets).toContain(outlet);
  });
});

describe('/ask paging', () => {
  test('GIVEN an answer with more passages WHEN the asker clicks Next THEN the same message shows the next page, none repeated, with its page count, and Previous goes back', async () => {
    const { fake } = await start();
    const answer = await ask(fake, 'NATO liaison office in Tokyo');
    const firstPage = excerptsOf(answer);
    const pages = Math.ceil(totalOf(answer) / 5);
    expect(pages).toBeGreaterThan(2);
    expect(buttonsOf(answer).find((button) => button.label === 'Previous')).toBeDefined();

    const next = fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id });
    expect((await fake.waitForInteractionReply(next)).callbackType).toBe(7);
    const paged = fake.getMessage(answer.id)!;

    expectWithinLimits(paged);
    expect(embedOf(paged).title).toBe('NATO liaison office in Tokyo');
    expect(embedOf(paged).footer).toBe(embedOf(answer).footer);
    const secondPage = excerptsOf(paged);
    expect(secondPage.map((excerpt) => excerpt.number)).toEqual([6, 7, 8, 9, 10]);
    expect(embedOf(paged).description).toContain(`showing passages 6–10 (page 2 of ${pages}).`);
    for (const excerpt of secondPage) expect(firstPage.map((shown) => shown.text)).not.toContain(excerpt.text);
    // The Sources list is the page's own: each article cited on page 2, once.
    expect(
      sourcesOf(paged)
        .map((source) => source.outlet)
        .sort(),
    ).toEqual([...new Set(secondPage.flatMap((excerpt) => excerpt.cited.map((source) => source.outlet)))].sort());

    const onward = fake.sendComponent({ customId: buttonId(paged, 'Next'), messageId: answer.id });
    await fake.waitForInteractionReply(onward);
    expect(pageOf(fake.getMessage(answer.id))).toEqual({ page: 3, pages });

    const back = fake.sendComponent({
      customId: buttonId(fake.getMessage(answer.id), 'Previous'),
      messageId: answer.id,
    });
    await fake.waitForInteractionReply(back);
    expect(excerptsOf(fake.getMessage(answer.id))).toEqual(secondPage);
    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(fake.getMessage(answer.id), 'Previous'), messageId: answer.id }),
    );
    const first = fake.getMessage(answer.id);
    expect(excerptsOf(first)).toEqual(firstPage);
    expect(pageOf(first)).toEqual({ page: 1, pages });
  });

  test('GIVEN questions queued ahead WHEN the asker clicks Next THEN the click is acknowledged at once and the same message then shows page 2', async () => {
    const { fake, bot } = await start();
    const answer = await ask(fake, 'NATO liaison office in Tokyo');
    // A burst's other answers queued ahead of the click (answerQueue.test.ts shows how they take turns).
    const queue = bot.ctx.answers;
    bot.ctx.answers = {
      pending: 3,
      run: (work) => queue.run(work),
      acknowledge: (ack) => queue.acknowledge(ack),
      drain: () => queue.drain(),
    };

    const next = fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id });
    const outcome = await fake.waitForInteractionReply(next);
    await fake.waitUntil(() => (pageOf(fake.getMessage(answer.id))?.page === 2 ? true : undefined), 5000, 'page 2');

    // Acknowledged without a message (a deferred update), then the page edited into the message clicked.
    expect(outcome.callbackType).toBe(6);
    expect(outcome.followUps).toEqual([]);
    expect(excerptsOf(fake.getMessage(answer.id)).map((excerpt) => excerpt.number)).toEqual([6, 7, 8, 9, 10]);

    const copy = fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id, user: OTHER_MEMBER });
    await fake.waitUntil(() => (fake.interactionOutcome(copy).followUps.length > 0 ? true : undefined), 5000, 'copy');
    const privately = fake.interactionOutcome(copy);
    expect(privately.callbackType).toBe(6);
    expect(privately.followUps[0]!.flags! & 64).toBe(64);
    expect(pageOf(privately.followUps[0])?.page).toBe(2);
    expect(pageOf(fake.getMessage(answer.id))?.page).toBe(2);
  });

  test('GIVEN the last page WHEN shown THEN Next is greyed out and the count says it is the last', async () => {
    const { fake } = await start();
    // RT's article names NATO in nearly every paragraph.
    const answer = (
      await fake.waitForInteractionReply(
        fake.sendInteraction({ name: 'ask', options: { question: 'NATO', outlet: 'RT' } }),
      )
    ).original!;
    const pages = Math.ceil(totalOf(answer) / 5);
    const lastOffset = (pages - 1) * 5;
    const customId = buttonId(answer, 'Next').replace(/^ask:page:\d+:/, `ask:page:${lastOffset}:`);

    await fake.waitForInteractionReply(fake.sendComponent({ customId, messageId: answer.id }));
    const last = fake.getMessage(answer.id)!;

    expect(pageOf(last)).toEqual({ page: pages, pages });
    const rows = last.components as Array<{ components: Array<{ label?: string; disabled?: boolean }> }>;
    const buttons = rows.flatMap((row) => row.components);
    expect(buttons.find((button) => button.label === 'Next')?.disabled).toBe(true);
    expect(buttons.find((button) => button.label === 'Previous')?.disabled ?? false).toBe(false);
  });

  test("GIVEN a public answer WHEN another member clicks Next THEN they get a private copy of page 2, which they page on their own, and the asker's message is unchanged", async () => {
    const { fake } = await start();
    const answer = await ask(fake, 'NATO liaison office in Tokyo');
    const pages = Math.ceil(totalOf(answer) / 5);

    const click = fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id, user: OTHER_MEMBER });
    const outcome = await fake.waitForInteractionReply(click);

    expect(outcome.callbackType).toBe(4);
    expect(outcome.ephemeral).toBe(true);
    const copy = outcome.original!;
    expectWithinLimits(copy);
    expect(copy.id).not.toBe(answer.id);
    expect(embedOf(copy).title).toBe('NATO liaison office in Tokyo');
    expect(excerptsOf(copy)[0]?.number).toBe(6);
    expect(pageOf(copy)).toEqual({ page: 2, pages });
    // A private message cannot hold a thread.
    expect(buttonsOf(copy).map((button) => button.label)).toEqual(['Previous', 'Next', '👍', '👎']);
    expect(fake.getMessage(answer.id)).toEqual(answer);

    // Their copy is theirs to page: in place.
    const onward = fake.sendComponent({ customId: buttonId(copy, 'Next'), messageId: copy.id, user: OTHER_MEMBER });
    expect((await fake.waitForInteractionReply(onward)).callbackType).toBe(7);
    expect(pageOf(fake.getMessage(copy.id))).toEqual({ page: 3, pages });
    expect(fake.getMessage(answer.id)).toEqual(answer);

    // The asker still pages their own answer in place.
    const own = fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id });
    expect((await fake.waitForInteractionReply(own)).callbackType).toBe(7);
    expect(pageOf(fake.getMessage(answer.id))).toEqual({ page: 2, pages });
  });

  test('GIVEN an answer to a question written in a follow-up thread WHEN another member clicks Next THEN they get a private copy, and the member who wrote the question pages it in place', async () => {
    const { fake } = await start();
    const answer = await ask(fake, 'NATO liaison office in Tokyo');
    fake.sendComponent({ customId: buttonId(answer, 'Follow up in thread'), messageId: answer.id });
    const note = await fake.waitForMessage(
      (message) => message.channel_id === answer.id && message.author.id === fake.botUserId && message.type === 0,
    );
    // Kim Seol-hwa speaks on the office in nine passages: more than one page.
    const question = fake.sendMessage({ channelId: note.channel_id, content: 'what did Kim say?' });
    const reply = await fake.waitForMessage(
      (message) =>
        message.author.id === fake.botUserId &&
        message.message_reference?.message_id === question.id &&
        message.type === 19,
    );

    const other = await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(reply, 'Next'), messageId: reply.id, user: OTHER_MEMBER }),
    );
    expect(other.ephemeral).toBe(true);
    expect(excerptsOf(other.original)[0]?.number).toBe(6);
    expect(fake.getMessage(reply.id)).toEqual(reply);

    const own = await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(reply, 'Next'), messageId: reply.id }),
    );
    expect(own.callbackType).toBe(7);
    expect(excerptsOf(fake.getMessage(reply.id))[0]?.number).toBe(6);
    expect(embedOf(fake.getMessage(reply.id)).footer).toBe(embedOf(reply).footer);
  });

  test('GIVEN an answer posted with the old "More passages" / "From the start" buttons WHEN clicked THEN they page like Next and Previous, the asker\'s in place and another member\'s privately', async () => {
    const { fake } = await start();
    const answer = await ask(fake, 'NATO liaison office in Tokyo');
    const fingerprint = buttonId(answer, 'Next').split(':')[3];

    const other = await fake.waitForInteractionReply(
      fake.sendComponent({ customId: `ask:more:5:${fingerprint}:-`, messageId: answer.id, user: OTHER_MEMBER }),
    );
    expect(other.ephemeral).toBe(true);
    expect(excerptsOf(other.original)[0]?.number).toBe(6);
    expect(fake.getMessage(answer.id)).toEqual(answer);

    const own = await fake.waitForInteractionReply(
      fake.sendComponent({ customId: `ask:more:5:${fingerprint}:-`, messageId: answer.id }),
    );
    expect(own.callbackType).toBe(7);
    expect(excerptsOf(fake.getMessage(answer.id))[0]?.number).toBe(6);
    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: `ask:more:0:${fingerprint}:-`, messageId: answer.id }),
    );
    expect(excerptsOf(fake.getMessage(answer.id))).toEqual(excerptsOf(answer));
  });

  test('GIVEN a page of more passages than one embed holds WHEN asked THEN it is cut between passages with a note, and Next continues from the first left out', async () => {
    const { fake } = await start({ bot: { pageSize: 25 } });
    // NATO is named in most paragraphs of all three articles: far more text than 4096 characters.
    const asked = fake.sendInteraction({ name: 'ask', options: { question: 'NATO' } });
    const answer = (await fake.waitForInteractionReply(asked)).original!;

    expectWithinLimits(answer);
    const excerpts = excerptsOf(answer);
    expect(excerpts.length).toBeGreaterThan(3);
    expect(excerpts.length).toBeLessThan(25);
    expect(excerpts.map((excerpt) => excerpt.number)).toEqual(excerpts.map((_excerpt, index) => index + 1));
    for (const excerpt of excerpts) expect(excerpt.text.endsWith('…')).toBe(false);
    const { description } = embedOf(answer);
    expect(description.length).toBeGreaterThan(3000);
    expect(description).toContain(`continues from passage ${excerpts.length + 1}`);

    const more = fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id });
    await fake.waitForInteractionReply(more);
    const next = fake.getMessage(answer.id)!;
    expectWithinLimits(next);
    expect(excerptsOf(next)[0]?.number).toBe(excerpts.length + 1);
    expect(embedOf(next).description).toContain('(page 1 of ');
    expect(embedOf(next).description).toContain(', continued).');
  });

  test.each([
    ['a button from another version of the coverage', 'ask:more:5:deadbeef:-', 'The coverage has changed since'],
    ['a button with malformed state', 'ask:more:five', 'too old to page through'],
    ['a button no command owns', 'poll:vote:1', 'This button no longer works'],
    // Names every plain object inherits: a handler lookup must not find Object.prototype's members.
    ['a button whose action is "constructor"', 'ask:constructor', 'This button no longer works'],
    ['a button whose action is "__proto__"', 'ask:__proto__:1', 'This button no longer works'],
    ['a button whose action is "toString"', 'ask:toString', 'This button no longer works'],
  ])(
    'GIVEN %s WHEN clicked THEN the clicker is told politely, and the answer is untouched',
    async (_what, customId, said) => {
      const { fake } = await start();
      const asked = fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } });
      const answer = (await fake.waitForInteractionReply(asked)).original!;

      const click = fake.sendComponent({ customId, messageId: answer.id });
      const outcome = await fake.waitForInteractionReply(click);

      expect(outcome.ephemeral).toBe(true);
      expect(outcome.original?.content).toContain(said);
      expect(fake.getMessage(answer.id)).toEqual(answer);
    },
  );
});

describe('/ask options and refusals', () => {
  test('GIVEN @everyone, a user mention and markdown in a question WHEN answered THEN nothing can ping and the question is echoed escaped', async () => {
    const { fake } = await start();
    const asked = fake.sendInteraction({
      name: 'ask',
      options: { question: '@everyone <@123> what did **Kim Seol-hwa** say?' },
    });
    const answer = (await fake.waitForInteractionReply(asked)).original!;

    expect(embedOf(answer).title).toBe('\\@everyone \\<\\@123> what did \\*\\*Kim Seol-hwa\\*\\* say?');
    const callback = fake.requests.find(
      (request) => request.route === 'POST /interactions/:interaction/:token/callback',
    );
    expect((callback?.body as { data: { allowed_mentions: unknown } }).data.allowed_mentions).toEqual({
      parse: [],
      replied_user: false,
    });
    expect(answer.mentions).toEqual([]);
    expect(answer.mention_everyone).toBe(false);
    // The mentions are not searched for: Kim Seol-hwa of the Foreign Ministry's Japan Research Center is.
    expect(excerptsOf(answer)[0]?.text).toContain('Kim Seol-hwa');
  });

  test('GIVEN an outlet WHEN asked THEN only that outlet is quoted and the lead line says so', async () => {
    const { fake } = await start();
    const asked = fake.sendInteraction({
      name: 'ask',
      options: { question: 'liaison office', outlet: 'Al Mayadeen English' },
    });
    const answer = (await fake.waitForInteractionReply(asked)).original!;

    expect(embedOf(answer).description).toMatch(/^\*\*\d+\*\* passages? in Al Mayadeen English answers? this/);
    const excerpts = excerptsOf(answer);
    expect(excerpts.length).toBeGreaterThan(0);
    // Each is Al Mayadeen's (cited first), with the other outlets that carried it after.
    for (const excerpt of excerpts)
      expect(excerpt.cited[0]).toMatchObject({ outlet: 'Al Mayadeen English', date: '16 May 2023 12:37' });
    // "DPRK denounces Japan for its plans to open a NATO liaison office" is Al Mayadeen's summary line.
    expect(excerpts.some((excerpt) => excerpt.text.includes('DPRK denounces Japan'))).toBe(true);
  });

  test('GIVEN an outlet typed in another case WHEN paged THEN every page quotes only that outlet', async () => {
    const { fake } = await start();
    // RT's article names NATO in nearly every paragraph: more than one page.
    const answer = (
      await fake.waitForInteractionReply(
        fake.sendInteraction({ name: 'ask', options: { question: 'NATO', outlet: 'rt' } }),
      )
    ).original!;
    expect(embedOf(answer).description).toMatch(/^\*\*\d+\*\* passages in RT answer this/);

    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id }),
    );
    const paged = excerptsOf(fake.getMessage(answer.id));

    expect(paged[0]?.number).toBe(6);
    // RT's page prints no date.
    for (const excerpt of [...excerptsOf(answer), ...paged])
      expect(excerpt.cited[0]).toMatchObject({ outlet: 'RT', date: 'date not printed' });
  });

  test.each([
    [
      'nothing in the coverage answers it',
      { question: 'What is the price of bananas in Peru?' },
      'Nothing in the coverage answers',
    ],
    ['an outlet that is not in the coverage', { question: 'liaison office', outlet: 'CNN' }, 'No outlet called "CNN"'],
  ])('GIVEN %s WHEN asked THEN only the asker is told, echoing the question', async (_what, options, said) => {
    const { fake } = await start();
    const outcome = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options }));

    expect(outcome.ephemeral).toBe(true);
    expect(outcome.original?.content).toContain(said);
    expect(outcome.original?.content).toContain(`You asked: ${options.question}`);
    expect(outcome.original?.embeds).toEqual([]);
  });

  test('GIVEN hide WHEN asked THEN the answer is ephemeral, offers no thread, and pages in place', async () => {
    const { fake } = await start();
    const outcome = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo', hide: true } }),
    );

    expect(outcome.ephemeral).toBe(true);
    expect(excerptsOf(outcome.original).length).toBe(5);
    expect(buttonsOf(outcome.original).map((button) => button.label)).toEqual(['Previous', 'Next', '👍', '👎']);
    const more = fake.sendComponent({ customId: buttonId(outcome.original, 'Next'), messageId: outcome.original!.id });
    await fake.waitForInteractionReply(more);
    expect(excerptsOf(fake.getMessage(outcome.original!.id))[0]?.number).toBe(6);
    expect(fake.messagesIn(fake.channelId)).toEqual([]);
  });

  test('GIVEN a 1 s cooldown WHEN a user asks four times at once THEN the next two wait their turn (deferred) and are answered, and only the fourth gets a private note', async () => {
    const { fake } = await start({ config: { cooldownSeconds: 1 } });
    const asked = [
      'NATO liaison office in Tokyo',
      'What did Kim Seol-hwa say?',
      'What did Mao Ning say?',
      'What did Putin say?',
    ].map((question) => fake.sendInteraction({ name: 'ask', options: { question } }));
    const [first, second, third, fourth] = await Promise.all(
      asked.map((interaction) => fake.waitForInteractionReply(interaction)),
    );

    expect(first?.callbackType).toBe(4);
    for (const waited of [second, third]) {
      expect(waited?.callbackType).toBe(5);
      expect(waited?.ephemeral).toBe(false);
      expect(excerptsOf(waited?.original).length).toBeGreaterThan(0);
    }
    expect(excerptsOf(third?.original)[0]?.text).toMatch(/Mao|Chinese/);
    expect(fourth?.ephemeral).toBe(true);
    expect(fourth?.original?.content).toMatch(
      /^You have questions waiting already: please wait \d+ seconds? before asking again\.$/,
    );
  });

  test.each([
    ['Create Public Threads', PermissionFlagsBits.CreatePublicThreads],
    ['Send Messages in Threads', PermissionFlagsBits.SendMessagesInThreads],
  ])('GIVEN the bot lacks %s in the channel WHEN asked THEN the answer offers no thread', async (_what, missing) => {
    const { fake } = await start();
    const asked = fake.sendInteraction({
      name: 'ask',
      options: { question: 'NATO liaison office in Tokyo' },
      appPermissions: DEFAULT_BOT_PERMISSIONS & ~missing,
    });
    const outcome = await fake.waitForInteractionReply(asked);

    expect(outcome.ephemeral).toBe(false);
    expect(excerptsOf(outcome.original).length).toBe(5);
    expect(buttonsOf(outcome.original).map((button) => button.label)).toEqual(['Previous', 'Next', '👍', '👎']);
    // Paging keeps it off.
    await fake.waitForInteractionReply(
      fake.sendComponent({
        customId: buttonId(outcome.original, 'Next'),
        messageId: outcome.original!.id,
        appPermissions: DEFAULT_BOT_PERMISSIONS,
      }),
    );
    expect(buttonsOf(fake.getMessage(outcome.original!.id)).map((button) => button.label)).not.toContain(
      'Follow up in thread',
    );
  });

  test.each([
    ['asia', ['Asia-Pacific Research']],
    ['', ['Al Mayadeen English', 'Asia-Pacific Research', 'RT']],
    ['bbc', []],
  ])(
    'GIVEN "%s" typed in the outlet option THEN autocomplete offers the matching outlets of the coverage',
    async (typed, expected) => {
      const { fake } = await start();
      const outcome = await fake.waitForInteractionReply(
        fake.sendAutocomplete({ name: 'ask', focused: 'outlet', value: typed, options: { question: 'x' } }),
      );

      expect(outcome.choices?.map((choice) => choice.name)).toEqual(expected);
    },
  );
});
