// Feedback, /add-article and /reindex through the loopback Discord server, over a temporary copy of seeds/
// and a temporary DATA_DIR (harness.ts): the repository's own seeds/ and data/ are never written.

import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { addedFileName } from '../../src/corpus/addArticle.ts';
import { openFeedbackStore } from '../../src/feedback/feedbackStore.ts';
import { SQLITE_FILE } from '../../src/feedback/sqliteDatabase.ts';
import { createLogger } from '../../src/logger.ts';
import { escapeMarkdown, unescapeMarkdown } from '../../src/bot/text.ts';
import { quoteName } from '../../src/shownName.ts';
import {
  DEFAULT_MEMBER_PERMISSIONS,
  type FakeAttachment,
  type FakeDiscord,
  type FakeMessage,
} from '../../fake-discord/index.ts';
import {
  buttonId,
  buttonsOf,
  embedOf,
  excerptsOf,
  expectDiscordRulesKept,
  expectWithinLimits,
  SEEDS_DIR,
  startHarness,
  type Harness,
  type HarnessOptions,
} from '../bot/harness.ts';

const MANAGE_GUILD = 1n << 5n;
const ADMIN = { id: '200000000000000001', username: 'editor' };
const MEMBER = { id: '200000000000000002', username: 'reader' };
const OTHER = { id: '200000000000000003', username: 'another' };

/** An invented article on a subject the seeds never mention, so /ask can only find it once it is added. */
const LIGHTHOUSE = `---
outlet: Harbour Gazette
title: Volunteers relight the Skerryvale lighthouse after forty years
date: 2024-03-09
source: Skerryvale Heritage Trust
---
Volunteers from the Skerryvale Heritage Trust relit the island's lighthouse on Saturday evening, forty years after its lamp was switched off and the keepers left.

The trust spent three winters restoring the lantern room, replacing cracked glass panes and rebuilding the clockwork that turns the lens, according to its chairwoman, Morag Tulloch.

"We wanted ships and islanders alike to see the light again," Tulloch said, adding that the lamp will shine every weekend through the summer.

Harbour officials said the light has no navigational role today, but welcomed the restoration as a boost for visitors to the island.
`;

let harness: Harness | null = null;
let root = '';

async function start(options: HarnessOptions = {}): Promise<{ harness: Harness; seeds: string }> {
  root = await mkdtemp(join(tmpdir(), 'coverage-bot-admin-'));
  const seeds = join(root, 'seeds');
  await cp(SEEDS_DIR, seeds, { recursive: true });
  harness = await startHarness({ ...options, config: { seedsDir: seeds, ...options.config } });
  return { harness, seeds };
}

afterEach(async () => {
  if (harness) {
    const { fake } = harness;
    await harness.close();
    harness = null;
    expectDiscordRulesKept(fake);
  }
  if (root) await rm(root, { recursive: true, force: true });
  root = '';
});

function asAdmin() {
  return { user: ADMIN, memberPermissions: DEFAULT_MEMBER_PERMISSIONS | MANAGE_GUILD };
}

function addArticleCommand(
  fake: FakeDiscord,
  attachment: FakeAttachment,
  as: { user: typeof ADMIN; memberPermissions?: bigint } = asAdmin(),
) {
  return fake.sendInteraction({
    name: 'add-article',
    options: [{ name: 'file', type: 11, value: attachment.id }],
    resolved: { attachments: { [attachment.id]: { ...attachment } } },
    ...as,
  });
}

async function ask(fake: FakeDiscord, question: string) {
  return fake.waitForInteractionReply(fake.sendInteraction({ name: 'ask', options: { question }, user: MEMBER }));
}

async function click(
  fake: FakeDiscord,
  messageId: string,
  customId: string,
  user: { id: string; username: string },
  memberPermissions?: bigint,
) {
  const outcome = await fake.waitForInteractionReply(
    fake.sendComponent({ customId, messageId, user, ...(memberPermissions ? { memberPermissions } : {}) }),
    {
      until: (o) => o.followUps.length > 0 || (o.original !== null && !o.pending && o.callbackType !== 7),
    },
  );
  // A vote updates the buttons' counts (the original response) and tells the voter in a private follow-up.
  return outcome.callbackType === 7 && outcome.followUps[0]
    ? { ...outcome, original: outcome.followUps[0], ephemeral: outcome.followUps[0].flags === 64 }
    : outcome;
}

describe('votes', () => {
  test('GIVEN an answer WHEN a user votes, changes and clears the vote, and the bot restarts THEN one vote per user is stored with the question and passages, and kept', async () => {
    const { harness: h } = await start();
    const { fake } = h;
    const answer = (await ask(fake, 'NATO liaison office in Tokyo')).original!;
    const up = buttonId(answer, '👍');
    const down = buttonId(answer, '👎');
    expect(buttonsOf(answer).map((button) => button.label)).toEqual([
      'Previous',
      'Next',
      'Follow up in thread',
      '👍',
      '👎',
    ]);
    expect(up).toMatch(/^ask:vote:up:[0-9a-f]{16}$/);

    const voted = await click(fake, answer.id, up, MEMBER);
    expect(voted.ephemeral).toBe(true);
    expect(voted.original?.content).toContain('noted as **helpful**');
    expect((await click(fake, answer.id, down, MEMBER)).original?.content).toContain('noted as **not helpful**');
    expect((await click(fake, answer.id, down, MEMBER)).original?.content).toBe(
      'Your vote on this answer is taken back.',
    );
    await click(fake, answer.id, down, OTHER);
    // The answer itself is untouched by votes.
    expect(fake.getMessage(answer.id)?.embeds).toEqual(answer.embeds);

    await h.restart();
    // Read as another process would: the bot's SQLite file in DATA_DIR, opened beside the running bot.
    expect(await readdir(h.config.dataDir)).toContain(SQLITE_FILE);
    const reader = await openFeedbackStore(
      { dataDir: h.config.dataDir },
      createLogger('error', [], () => undefined),
    );
    const stored = await reader.snapshot();
    await reader.close();
    const record = [...stored.answers.values()].find((entry) => entry.question === 'NATO liaison office in Tokyo')!;
    expect(record.passageIds).toHaveLength(excerptsOf(answer).length);
    expect(record.votes).toEqual(
      new Map([[OTHER.id, { vote: 'down', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]]),
    );
    // After the restart the vote is still known: clicking 👎 again takes it back.
    expect((await click(fake, answer.id, down, OTHER)).original?.content).toBe(
      'Your vote on this answer is taken back.',
    );
  });

  test('GIVEN an answer of several pages THEN every page carries the same vote buttons, and the buttons show the count of each vote', async () => {
    const { harness: h } = await start();
    const { fake } = h;
    const answer = (await ask(fake, 'NATO liaison office in Tokyo')).original!;
    const up = buttonId(answer, '👍');
    await fake.waitForInteractionReply(
      fake.sendComponent({ customId: buttonId(answer, 'Next'), messageId: answer.id, user: MEMBER }),
    );
    const second = fake.getMessage(answer.id);
    expect(excerptsOf(second)[0]?.number).toBeGreaterThan(1);
    // Votes belong to the answer, not to a page of it.
    expect(buttonId(second, '👍')).toBe(up);

    await click(fake, answer.id, up, MEMBER);
    await click(fake, answer.id, up, OTHER);
    await click(fake, answer.id, buttonId(answer, '👎'), { id: '990000000000000003', username: 'carol' });
    const labels = buttonsOf(fake.getMessage(answer.id))
      .slice(-2)
      .map((button) => button.label);
    expect(labels).toEqual(['2', '1']);
    expect(fake.getMessage(answer.id)?.embeds).toEqual(second?.embeds);
  });

  test('GIVEN 👎 votes and a question the coverage cannot answer WHEN a Manage Server member runs /feedback THEN they see counts, the worst-rated question with its passages, and the unanswered question; a member is refused', async () => {
    const { harness: h } = await start();
    const { fake } = h;
    const answer = (await ask(fake, 'What did Kim Seol-hwa say?')).original!;
    await click(fake, answer.id, buttonId(answer, '👎'), MEMBER);
    await click(fake, answer.id, buttonId(answer, '👎'), OTHER);
    const refused = await ask(fake, 'What is the population of Mars?');
    expect(refused.original?.content).toMatch(/Nothing in the coverage answers/);
    // Refused for its outlet filter, not for a gap in the coverage.
    await fake.waitForInteractionReply(
      fake.sendInteraction({
        name: 'ask',
        options: { question: 'What did Kim Seol-hwa say?', outlet: 'BBC' },
        user: MEMBER,
      }),
    );

    const denied = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'feedback', user: MEMBER }));
    expect(denied.ephemeral).toBe(true);
    expect(denied.original?.content).toBe('Only members with the **Manage Server** permission can use **/feedback**.');

    const report = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'feedback', ...asAdmin() }));
    expect(report.ephemeral).toBe(true);
    expectWithinLimits(report.original!);
    const { description } = embedOf(report.original);
    expect(description).toContain(
      '**0** 👍 and **2** 👎 from 2 people on 1 answer; **1** question (1 different) the coverage could not answer.',
    );
    expect(description).toContain('“What did Kim Seol-hwa say?” — 👍 0 · 👎 2');
    const firstShown = excerptsOf(answer)[0]!.text;
    expect(description.replace(/\\(.)/g, '$1')).toContain(firstShown.slice(0, 60));
    expect(description).toMatch(/“What is the population of Mars\?” — asked 1×/);
    // Passages are named as a reader would look them up, never by internal ids.
    expect(description).toMatch(/· (RT|Asia-Pacific Research|Al Mayadeen English), _[^_]+_ ¶\d+: “/);
    expect(description).not.toMatch(/#p\d/);
    const [missing, wrongly] = description.split('**Asked of an outlet');
    expect(missing).not.toContain('BBC');
    expect(wrongly).toContain('“What did Kim Seol-hwa say?” — No outlet called "BBC" is in the coverage.');
  });
});

describe('/remove-article', () => {
  test('GIVEN an article in the seeds WHEN a Manage Server member picks it from the list and confirms THEN /ask no longer finds it, its file is kept in DATA_DIR/removed/, and a member without the right sees no list and cannot remove', async () => {
    root = await mkdtemp(join(tmpdir(), 'coverage-bot-admin-'));
    const seeds = join(root, 'seeds');
    await cp(SEEDS_DIR, seeds, { recursive: true });
    await writeFile(join(seeds, 'lighthouse.md'), LIGHTHOUSE);
    harness = await startHarness({ config: { seedsDir: seeds } });
    const { fake, config } = harness;
    const reindexed = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'reindex', ...asAdmin() }));
    expect(reindexed.original?.content).toContain('Added (1): `lighthouse.md`');
    expect(
      excerptsOf((await ask(fake, 'Who relit the Skerryvale lighthouse?')).original).some((excerpt) =>
        excerpt.source.includes('Harbour Gazette'),
      ),
    ).toBe(true);

    // Without Manage Server: no list, and the command itself is refused.
    const hidden = await fake.waitForInteractionReply(
      fake.sendAutocomplete({ name: 'remove-article', focused: 'article', value: 'lighthouse', user: MEMBER }),
    );
    expect(hidden.choices).toEqual([]);
    const refused = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'remove-article', options: { article: 'lighthouse.md' }, user: MEMBER }),
    );
    expect(refused.ephemeral).toBe(true);
    expect(refused.original?.content).toMatch(/Manage Server/);

    const listed = await fake.waitForInteractionReply(
      fake.sendAutocomplete({
        name: 'remove-article',
        focused: 'article',
        value: 'skerryvale harbour',
        ...asAdmin(),
      }),
    );
    expect(listed.choices).toEqual([
      {
        name: 'Volunteers relight the Skerryvale lighthouse after forty years (Harbour Gazette, 2024-03-09)',
        value: 'lighthouse.md',
      },
    ]);

    const preview = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'remove-article', options: { article: 'lighthouse.md' }, ...asAdmin() }),
    );
    expect(preview.ephemeral).toBe(true);
    expectWithinLimits(preview.original!);
    expect(embedOf(preview.original).description).toContain(
      '**Volunteers relight the Skerryvale lighthouse after forty years**',
    );

    await click(
      fake,
      preview.original!.id,
      buttonId(preview.original, 'Remove from the coverage'),
      ADMIN,
      asAdmin().memberPermissions,
    );
    const outcome = await fake.waitUntil(() => {
      const content = fake.getMessage(preview.original!.id)?.content ?? '';
      return content.startsWith('Removed') ? content : undefined;
    });
    expect(outcome).toContain('The coverage has 3 articles');
    expect(await readdir(seeds)).not.toContain('lighthouse.md');
    expect(await readdir(join(config.dataDir, 'removed'))).toEqual(['lighthouse.md']);
    expect((await ask(fake, 'Who relit the Skerryvale lighthouse?')).original?.content).toMatch(
      /Nothing in the coverage answers/,
    );
    // The other articles are answered as before.
    expect(excerptsOf((await ask(fake, 'NATO liaison office in Tokyo')).original).length).toBeGreaterThan(0);

    // Once removed, it is no article of the coverage: named again, the member is told so, politely.
    expect(buttonsOf(fake.getMessage(preview.original!.id))).toEqual([]);
    const unknown = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'remove-article', options: { article: 'lighthouse.md' }, ...asAdmin() }),
    );
    expect(unknown.original?.content).toMatch(/^No article of the coverage has that file name or headline/);
  });
});

describe('/add-article', () => {
  // A page without front matter is read as well as it can be; the preview's form corrects what answers will cite.
  test('GIVEN a page without front matter WHEN the member opens Edit details, corrects outlet, headline, date and link, and adds it THEN it is cited with the corrected details', async () => {
    const { harness: h, seeds } = await start();
    const { fake } = h;
    const page =
      'The island ferry will run twice a day from June, the harbour board said on Tuesday, after a winter of storms closed the pier.\n\nBoard members said repairs to the pier were finished ahead of schedule and under budget.\n\nThe new timetable adds an evening crossing on weekends.\n';
    const preview = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: 'ferry.txt', data: page })),
    );
    const field = (message: FakeMessage | null | undefined, name: string) =>
      embedOf(message).fields.find((entry) => entry.name === name)?.value;
    expect(field(preview.original, 'Outlet')).toBe('Unknown outlet');

    const opened = await fake.waitForInteractionReply(
      fake.sendComponent({
        customId: buttonId(preview.original, 'Edit details'),
        messageId: preview.original!.id,
        user: ADMIN,
        memberPermissions: asAdmin().memberPermissions,
      }),
    );
    expect(opened.callbackType).toBe(9);
    const inputs = JSON.stringify(opened.modal);
    expect(inputs).toContain('The island ferry will run twice a day');

    // A date that is not one is refused with how to write it, and the preview stays as it was.
    const modalId = String((opened.modal as { custom_id?: string }).custom_id);
    const wrong = await fake.waitForInteractionReply(
      fake.sendModalSubmit({
        customId: modalId,
        messageId: preview.original!.id,
        user: ADMIN,
        memberPermissions: asAdmin().memberPermissions,
        fields: { outlet: 'Harbour Gazette', title: 'Ferry to run twice a day', date: 'soon', url: '' },
      }),
    );
    expect(wrong.ephemeral).toBe(true);
    expect(wrong.original?.content).toMatch(/^Those details could not be used/);

    await fake.waitForInteractionReply(
      fake.sendModalSubmit({
        customId: modalId,
        messageId: preview.original!.id,
        user: ADMIN,
        memberPermissions: asAdmin().memberPermissions,
        fields: {
          outlet: 'Harbour Gazette',
          title: 'Ferry to run twice a day',
          date: '14 May 2024',
          url: 'https://harbour.example/ferry',
        },
      }),
    );
    const corrected = fake.getMessage(preview.original!.id);
    expect(embedOf(corrected).description).toContain('**Ferry to run twice a day**');
    expect(field(corrected, 'Outlet')).toBe('Harbour Gazette');
    expect(field(corrected, 'Date')).toBe('2024-05-14');
    expect(field(corrected, 'Link')).toBe('https://harbour.example/ferry');

    await click(fake, corrected!.id, buttonId(corrected, 'Add to the coverage'), ADMIN, asAdmin().memberPermissions);
    await fake.waitUntil(() =>
      (fake.getMessage(corrected!.id)?.content ?? '').startsWith('Added') ? true : undefined,
    );
    const added = (await readdir(seeds)).filter((name) => name.startsWith('added_'));
    expect(await readFile(join(seeds, added[0]!), 'utf8')).toMatch(
      /^---\noutlet: Harbour Gazette\ntitle: Ferry to run twice a day\ndate: 2024-05-14\nurl: https:\/\/harbour\.example\/ferry\n---\n\nThe island ferry/,
    );
    const found = await ask(fake, 'When will the island ferry run twice a day?');
    expect(
      excerptsOf(found.original)[0]?.cited.some(
        (source) => source.outlet === 'Harbour Gazette' && source.headline === 'Ferry to run twice a day',
      ),
    ).toBe(true);
  });

  test('GIVEN a new article as a .md attachment WHEN a Manage Server member adds it and confirms THEN it is saved in seeds under the bot’s name and /ask finds it', async () => {
    const { harness: h, seeds } = await start();
    const { fake } = h;
    expect((await ask(fake, 'Who relit the Skerryvale lighthouse?')).original?.content).toMatch(
      /Nothing in the coverage answers/,
    );

    const preview = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: 'lighthouse.md', data: LIGHTHOUSE })),
    );
    expect(preview.ephemeral).toBe(true);
    expectWithinLimits(preview.original!);
    const embed = embedOf(preview.original);
    expect(embed.description).toContain('**Volunteers relight the Skerryvale lighthouse after forty years**');
    const field = (name: string) => embed.fields.find((entry) => entry.name === name)?.value;
    expect(field('Outlet')).toBe('Harbour Gazette');
    expect(field('Date')).toBe('2024-03-09');
    expect(field('Credited source')).toBe('Skerryvale Heritage Trust');
    expect(field('Passages')).toBe('4');
    expect(await readdir(seeds)).toHaveLength(3);

    await click(
      fake,
      preview.original!.id,
      buttonId(preview.original, 'Add to the coverage'),
      ADMIN,
      asAdmin().memberPermissions,
    );
    const done = await fake.waitUntil(() => {
      const content = fake.getMessage(preview.original!.id)?.content ?? '';
      return content.startsWith('Added') ? content : undefined;
    });
    expect(done).toMatch(
      /^Added \*\*Volunteers relight the Skerryvale lighthouse after forty years\*\* \(Harbour Gazette\) as `added_[0-9a-f]{16}\.md`: 4 passages, searchable now\. The coverage has 4 articles/,
    );
    const files = await readdir(seeds);
    const added = files.filter((name) => name.startsWith('added_'));
    expect(added).toHaveLength(1);
    expect(await readFile(join(seeds, added[0]!), 'utf8')).toBe(LIGHTHOUSE);

    const found = await ask(fake, 'Who relit the Skerryvale lighthouse?');
    expect(
      excerptsOf(found.original).some(
        (excerpt) =>
          excerpt.text.includes('Skerryvale Heritage Trust relit the island') &&
          excerpt.cited.some(
            (source) =>
              source.outlet === 'Harbour Gazette' &&
              source.headline === 'Volunteers relight the Skerryvale lighthouse after forty years' &&
              source.date === '2024-03-09',
          ),
      ),
    ).toBe(true);
    expect(embedOf(found.original).footer).toContain('4 articles');

    // The same file again, and the same article re-spaced under another name, are duplicates.
    const again = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: 'lighthouse.md', data: LIGHTHOUSE })),
    );
    expect(again.original?.content).toBe(`This file is already in the coverage (as ${added[0]}).`);
    const respaced = await fake.waitForInteractionReply(
      addArticleCommand(
        fake,
        fake.addAttachment({ filename: 'copy.txt', data: LIGHTHOUSE.replace(/\n\n/g, '\n\n\n') }),
      ),
    );
    expect(respaced.original?.content).toContain(
      'This is a duplicate: the coverage already has the same article, “Volunteers relight the Skerryvale lighthouse after forty years” from Harbour Gazette',
    );
    expect((await readdir(seeds)).filter((name) => name.startsWith('added_'))).toHaveLength(1);
  });

  test.each([
    [
      'a picture',
      'photo.png',
      'x'.repeat(100),
      'A .png file cannot be added: send the article as a .txt, .md or .html file.',
    ],
    ['no extension', 'passwd', 'root:x:0:0', 'A file without an extension cannot be added'],
    [
      'an oversize file',
      'long.txt',
      'word '.repeat(1000),
      'The file is too large: 4.9 KiB, and the limit is 4.0 KiB (MAX_ARTICLE_BYTES).',
    ],
  ])(
    'GIVEN %s WHEN added THEN it is refused with the reason and nothing is downloaded or written',
    async (_what, filename, data, reason) => {
      const { harness: h, seeds } = await start({ config: { maxArticleBytes: 4096 } });
      const { fake } = h;
      const outcome = await fake.waitForInteractionReply(
        addArticleCommand(fake, fake.addAttachment({ filename, data })),
      );
      expect(outcome.ephemeral).toBe(true);
      expect(outcome.original?.content).toContain(reason);
      expect(fake.requests.some((request) => request.path.startsWith('/attachments/'))).toBe(false);
      expect(await readdir(seeds)).toHaveLength(3);
    },
  );

  test('GIVEN a file named ../../etc/passwd.md WHEN added THEN it is stored under the bot’s own name inside seeds and nothing is written outside', async () => {
    const { harness: h, seeds } = await start();
    const { fake } = h;
    const before = (await readdir(root)).sort();
    const preview = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: '../../etc/passwd.md', data: LIGHTHOUSE })),
    );
    expect(embedOf(preview.original).fields.find((entry) => entry.name === 'File')?.value).toMatch(
      /^\.\.\/\.\.\/etc\/passwd\.md \(.*\), saved as `added_[0-9a-f]{16}\.md`$/,
    );
    await click(
      fake,
      preview.original!.id,
      buttonId(preview.original, 'Add to the coverage'),
      ADMIN,
      asAdmin().memberPermissions,
    );
    await fake.waitUntil(() => (fake.getMessage(preview.original!.id)?.content.startsWith('Added') ? true : undefined));

    expect((await readdir(root)).sort()).toEqual(before);
    const files = await readdir(seeds);
    expect(files.filter((name) => !name.startsWith('00'))).toEqual([expect.stringMatching(/^added_[0-9a-f]{16}\.md$/)]);
  });

  test('GIVEN attachments whose names hold a newline, a backtick and an escape code WHEN previewed or refused THEN the preview and the log show each name escaped, on one line', async () => {
    const { harness: h } = await start();
    const { fake } = h;
    const forged = 'lighthouse`\n**@everyone**\u001b[2J.md';
    const preview = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: forged, data: LIGHTHOUSE })),
    );
    const file = embedOf(preview.original).fields.find((entry) => entry.name === 'File')?.value ?? '';
    expect(file.startsWith(`${escapeMarkdown(quoteName(forged))} (`)).toBe(true);
    expect(file).not.toContain('\n');
    expect(file).not.toContain('\u001b');
    expect(unescapeMarkdown(file.split(' (')[0] ?? '')).toBe('"lighthouse\\u0060\\n**@everyone**\\u001b[2J.md"');

    const junk = 'notes.txt\n2024-05-01T10:00:00.000Z ERROR forged line.txt';
    const refused = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: junk, data: 'ok' })),
    );
    expect(refused.original?.content).toMatch(/^No article could be read from the file/);
    expect(
      h.logs.some((line) =>
        line.includes(`/add-article: refused "notes.txt\\n2024-05-01T10:00:00.000Z ERROR forged line.txt": `),
      ),
    ).toBe(true);
    expect(h.logs.some((line) => /(^|\n)2024-05-01T10:00:00.000Z ERROR forged/.test(line))).toBe(false);
  });

  test('GIVEN a symlink planted in DATA_DIR at the staged file’s name (predictable: the content’s hash) WHEN the article is previewed and added THEN the link is never followed and the file outside is untouched', async () => {
    const { harness: h, seeds } = await start();
    const { fake } = h;
    const outside = join(root, 'outside.txt');
    await writeFile(outside, 'not yours to overwrite');
    const pending = join(h.config.dataDir, 'pending-articles');
    await mkdir(pending, { recursive: true });
    await symlink(outside, join(pending, addedFileName(Buffer.from(LIGHTHOUSE), '.md')));

    const preview = await fake.waitForInteractionReply(
      addArticleCommand(fake, fake.addAttachment({ filename: 'lighthouse.md', data: LIGHTHOUSE })),
    );
    expect(await readFile(outside, 'utf8')).toBe('not yours to overwrite');
    await click(
      fake,
      preview.original!.id,
      buttonId(preview.original, 'Add to the coverage'),
      ADMIN,
      asAdmin().memberPermissions,
    );
    await fake.waitUntil(() => (fake.getMessage(preview.original!.id)?.content.startsWith('Added') ? true : undefined));

    expect(await readFile(outside, 'utf8')).toBe('not yours to overwrite');
    const added = (await readdir(seeds)).filter((name) => name.startsWith('added_'));
    expect(added).toHaveLength(1);
    expect(await readFile(join(seeds, added[0]!), 'utf8')).toBe(LIGHTHOUSE);
  });

  test('GIVEN a member without Manage Server WHEN they run /add-article or press another’s Add button THEN they are refused and nothing is written', async () => {
    const { harness: h, seeds } = await start();
    const { fake } = h;
    const attachment = fake.addAttachment({ filename: 'lighthouse.md', data: LIGHTHOUSE });
    const denied = await fake.waitForInteractionReply(addArticleCommand(fake, attachment, { user: MEMBER }));
    expect(denied.original?.content).toBe(
      'Only members with the **Manage Server** permission can use **/add-article**.',
    );
    expect(
      fake.guildCommands.get(fake.guildId)?.find((command) => command.name === 'add-article')
        ?.default_member_permissions,
    ).toBe(String(MANAGE_GUILD));

    const preview = await fake.waitForInteractionReply(addArticleCommand(fake, attachment));
    const pressed = await click(fake, preview.original!.id, buttonId(preview.original, 'Add to the coverage'), MEMBER);
    expect(pressed.followUps[0]?.content ?? pressed.original?.content).toBe(
      'Only members with the **Manage Server** permission can use **/add-article**.',
    );
    expect(await readdir(seeds)).toHaveLength(3);
  });
});

describe('/reindex', () => {
  test('GIVEN a file added and one removed in seeds WHEN /reindex runs during a burst of /ask THEN every question is answered and the report lists the changes', async () => {
    const { harness: h, seeds } = await start();
    const { fake } = h;
    await writeFile(join(seeds, 'lighthouse.md'), LIGHTHOUSE);
    await writeFile(join(seeds, 'notes.pdf'), '%PDF-1.4');
    await unlink(join(seeds, '000_f71c56816dc1f524.txt'));

    const questions = Array.from({ length: 24 }, (_, index) =>
      index % 2 === 0 ? 'NATO liaison office in Tokyo' : 'What did Kim Seol-hwa say?',
    );
    const burst = questions.slice(0, 12).map((question, index) =>
      fake.sendInteraction({
        name: 'ask',
        options: { question },
        user: { id: `3000000000000000${String(index).padStart(2, '0')}`, username: `u${index}` },
      }),
    );
    const reindex = fake.sendInteraction({ name: 'reindex', ...asAdmin() });
    burst.push(
      ...questions.slice(12).map((question, index) =>
        fake.sendInteraction({
          name: 'ask',
          options: { question },
          user: { id: `3100000000000000${String(index).padStart(2, '0')}`, username: `v${index}` },
        }),
      ),
    );

    const outcomes = await Promise.all(burst.map((interaction) => fake.waitForInteractionReply(interaction)));
    for (const outcome of outcomes) {
      expect(outcome.original?.content ?? '').not.toMatch(/something went wrong/);
      expect(
        excerptsOf(outcome.original).length + (outcome.original?.content.includes('Nothing in the coverage') ? 1 : 0),
      ).toBeGreaterThan(0);
    }
    // The NATO question is answered from both the old and the new coverage.
    expect(
      outcomes.filter((_, index) => index % 2 === 0).every((outcome) => excerptsOf(outcome.original).length > 0),
    ).toBe(true);

    const report = (await fake.waitForInteractionReply(reindex)).original!;
    expect(report.flags & 64).toBe(64);
    expect(report.content).toContain('Reindexed: **3** articles');
    expect(report.content).toContain('Added (1): `lighthouse.md`');
    expect(report.content).toContain('Removed (1): `000_f71c56816dc1f524.txt`');
    expect(report.content).toContain('- `notes.pdf`: not an article file');

    const found = await ask(fake, 'Who relit the Skerryvale lighthouse?');
    expect(excerptsOf(found.original).some((excerpt) => excerpt.source.includes('Harbour Gazette'))).toBe(true);
    expect(embedOf(found.original).footer).not.toContain('RT');
  });
});
