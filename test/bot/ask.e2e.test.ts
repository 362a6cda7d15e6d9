import { describe, expect, test } from 'vitest';
import { buttonId, buttonsOf, embedOf, excerptsOf, expectWithinLimits, useHarness } from './harness.ts';

const start = useHarness();

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
    expect(excerpts.some((excerpt) => excerpt.source.includes('Asia-Pacific Research (2023-05-18)'))).toBe(true);
    expect(embed.footer).toBe('Coverage: 3 articles from Al Mayadeen English, Asia-Pacific Research, RT');
    expect(buttonsOf(message).map((button) => button.label)).toEqual(['More passages', 'Follow up in thread', '👍', '👎']);
  });
});

describe('/ask who-questions', () => {
  test('GIVEN a question asking who said something WHEN asked THEN the answer leads with the speaker and names them at the excerpt', async () => {
    const { fake } = await start();
    // Asia-Pacific Research: "Asia is an anchor for peace ... not a wrestling ground ...," spokeswoman Mao Ning said.
    const interaction = fake.sendInteraction({ name: 'ask', options: { question: 'Who said Asia is not a wrestling ground for geopolitical competition?' } });
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
    const interaction = fake.sendInteraction({ name: 'ask', options: { question: 'who said what about the Tokyo liaison office?' } });
    const message = (await fake.waitForInteractionReply(interaction)).original!;
    expectWithinLimits(message);
    expect((embedOf(message).description ?? '').split('\n')[0]).toMatch(/^Who speaks: \*\*Kim Seol-hwa\*\*/);
    const excerpts = excerptsOf(message);
    const text = excerpts.map((excerpt) => excerpt.text).join('\n');
    expect([/open secret/, /dangerous implementation phase/, /unprecedented military collusion/].filter((statement) => statement.test(text)).length).toBeGreaterThanOrEqual(2);
    const sources = excerpts.map((excerpt) => excerpt.source).join('\n');
    for (const outlet of ['RT', 'Asia-Pacific Research', 'Al Mayadeen English']) expect(sources).toContain(outlet);
  });
});

describe('/ask paging', () => {
  test('GIVEN an answer with more passages WHEN More passages is clicked THEN the same message shows the next ones, none repeated, and From the start goes back', async () => {
    const { fake } = await start();
    const asked = fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } });
    const answer = (await fake.waitForInteractionReply(asked)).original!;
    const firstPage = excerptsOf(answer);

    const more = fake.sendComponent({ customId: buttonId(answer, 'More passages'), messageId: answer.id });
    expect((await fake.waitForInteractionReply(more)).callbackType).toBe(7);
    const paged = fake.getMessage(answer.id)!;

    expectWithinLimits(paged);
    expect(embedOf(paged).title).toBe('NATO liaison office in Tokyo');
    const secondPage = excerptsOf(paged);
    expect(secondPage[0]?.number).toBe(firstPage.length + 1);
    expect(embedOf(paged).description).toContain(`showing passages ${firstPage.length + 1}–`);
    for (const excerpt of secondPage) expect(firstPage.map((shown) => shown.text)).not.toContain(excerpt.text);
    expect(buttonsOf(paged).map((button) => button.label)).toContain('From the start');

    const back = fake.sendComponent({ customId: buttonId(paged, 'From the start'), messageId: answer.id });
    await fake.waitForInteractionReply(back);
    expect(excerptsOf(fake.getMessage(answer.id))).toEqual(firstPage);
  });

  test('GIVEN a page of more passages than one embed holds WHEN asked THEN it is cut between passages with a note, and More passages continues from the first left out', async () => {
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

    const more = fake.sendComponent({ customId: buttonId(answer, 'More passages'), messageId: answer.id });
    await fake.waitForInteractionReply(more);
    const next = fake.getMessage(answer.id)!;
    expectWithinLimits(next);
    expect(excerptsOf(next)[0]?.number).toBe(excerpts.length + 1);
  });

  test.each([
    ['a button from another version of the coverage', 'ask:more:5:deadbeef:-', 'The coverage has changed since'],
    ['a button with malformed state', 'ask:more:five', 'too old to page through'],
    ['a button no command owns', 'poll:vote:1', 'This button no longer works'],
    // Names every plain object inherits: a handler lookup must not find Object.prototype's members.
    ['a button whose action is "constructor"', 'ask:constructor', 'This button no longer works'],
    ['a button whose action is "__proto__"', 'ask:__proto__:1', 'This button no longer works'],
    ['a button whose action is "toString"', 'ask:toString', 'This button no longer works'],
  ])('GIVEN %s WHEN clicked THEN the clicker is told politely, and the answer is untouched', async (_what, customId, said) => {
    const { fake } = await start();
    const asked = fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo' } });
    const answer = (await fake.waitForInteractionReply(asked)).original!;

    const click = fake.sendComponent({ customId, messageId: answer.id });
    const outcome = await fake.waitForInteractionReply(click);

    expect(outcome.ephemeral).toBe(true);
    expect(outcome.original?.content).toContain(said);
    expect(fake.getMessage(answer.id)).toEqual(answer);
  });
});

describe('/ask options and refusals', () => {
  test('GIVEN @everyone, a user mention and markdown in a question WHEN answered THEN nothing can ping and the question is echoed escaped', async () => {
    const { fake } = await start();
    const asked = fake.sendInteraction({ name: 'ask', options: { question: '@everyone <@123> what did **Kim Seol-hwa** say?' } });
    const answer = (await fake.waitForInteractionReply(asked)).original!;

    expect(embedOf(answer).title).toBe('\\@everyone \\<\\@123> what did \\*\\*Kim Seol-hwa\\*\\* say?');
    const callback = fake.requests.find((request) => request.route === 'POST /interactions/:interaction/:token/callback');
    expect((callback?.body as { data: { allowed_mentions: unknown } }).data.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(answer.mentions).toEqual([]);
    expect(answer.mention_everyone).toBe(false);
    // The mentions are not searched for: Kim Seol-hwa of the Foreign Ministry's Japan Research Center is.
    expect(excerptsOf(answer)[0]?.text).toContain('Kim Seol-hwa');
  });

  test('GIVEN an outlet WHEN asked THEN only that outlet is quoted and the lead line says so', async () => {
    const { fake } = await start();
    const asked = fake.sendInteraction({ name: 'ask', options: { question: 'liaison office', outlet: 'Al Mayadeen English' } });
    const answer = (await fake.waitForInteractionReply(asked)).original!;

    expect(embedOf(answer).description).toMatch(/^\*\*\d+\*\* passages? in Al Mayadeen English answers? this/);
    const excerpts = excerptsOf(answer);
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt.source.includes('_Al Mayadeen English (2023-05-16)')).toBe(true);
    // "DPRK denounces Japan for its plans to open a NATO liaison office" is Al Mayadeen's summary line.
    expect(excerpts.some((excerpt) => excerpt.text.includes('DPRK denounces Japan'))).toBe(true);
  });

  test('GIVEN an outlet typed in another case WHEN paged THEN every page quotes only that outlet', async () => {
    const { fake } = await start();
    // RT's article names NATO in nearly every paragraph: more than one page.
    const answer = (await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question: 'NATO', outlet: 'rt' } }))).original!;
    expect(embedOf(answer).description).toMatch(/^\*\*\d+\*\* passages in RT answer this/);

    await fake.waitForInteractionReply(fake.sendComponent({ customId: buttonId(answer, 'More passages'), messageId: answer.id }));
    const paged = excerptsOf(fake.getMessage(answer.id));

    expect(paged[0]?.number).toBe(6);
    for (const excerpt of [...excerptsOf(answer), ...paged]) expect(excerpt.source.includes('_RT (undated)')).toBe(true);
  });

  test.each([
    ['nothing in the coverage answers it', { question: 'What is the price of bananas in Peru?' }, 'Nothing in the coverage answers'],
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
    const outcome = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question: 'NATO liaison office in Tokyo', hide: true } }));

    expect(outcome.ephemeral).toBe(true);
    expect(excerptsOf(outcome.original).length).toBe(5);
    expect(buttonsOf(outcome.original).map((button) => button.label)).toEqual(['More passages', '👍', '👎']);
    const more = fake.sendComponent({ customId: buttonId(outcome.original, 'More passages'), messageId: outcome.original!.id });
    await fake.waitForInteractionReply(more);
    expect(excerptsOf(fake.getMessage(outcome.original!.id))[0]?.number).toBe(6);
    expect(fake.messagesIn(fake.channelId)).toEqual([]);
  });

  test('GIVEN a 1 s cooldown WHEN a user asks four times at once THEN the next two wait their turn (deferred) and are answered, and only the fourth gets a private note', async () => {
    const { fake } = await start({ config: { cooldownSeconds: 1 } });
    const asked = ['NATO liaison office in Tokyo', 'What did Kim Seol-hwa say?', 'What did Mao Ning say?', 'What did Putin say?'].map((question) => fake.sendInteraction({ name: 'ask', options: { question } }));
    const [first, second, third, fourth] = await Promise.all(asked.map((interaction) => fake.waitForInteractionReply(interaction)));

    expect(first?.callbackType).toBe(4);
    for (const waited of [second, third]) {
      expect(waited?.callbackType).toBe(5);
      expect(waited?.ephemeral).toBe(false);
      expect(excerptsOf(waited?.original).length).toBeGreaterThan(0);
    }
    expect(excerptsOf(third?.original)[0]?.text).toMatch(/Mao|Chinese/);
    expect(fourth?.ephemeral).toBe(true);
    expect(fourth?.original?.content).toMatch(/^You have questions waiting already: please wait \d+ seconds? before asking again\.$/);
  });

  test.each([
    ['asia', ['Asia-Pacific Research']],
    ['', ['Al Mayadeen English', 'Asia-Pacific Research', 'RT']],
    ['bbc', []],
  ])('GIVEN "%s" typed in the outlet option THEN autocomplete offers the matching outlets of the coverage', async (typed, expected) => {
    const { fake } = await start();
    const outcome = await fake.waitForInteractionReply(fake.sendAutocomplete({ name: 'ask', focused: 'outlet', value: typed, options: { question: 'x' } }));

    expect(outcome.choices?.map((choice) => choice.name)).toEqual(expected);
  });
});
