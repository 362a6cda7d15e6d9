import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { deployCommands } from '../../src/bot/deployCommands.ts';
import type { Command } from '../../src/bot/types.ts';
import { startFakeDiscord } from '../../fake-discord/index.ts';
import { embedOf, expectWithinLimits, repoCommands, TOKEN, useHarness } from './harness.ts';

const start = useHarness();

describe('/sources', () => {
  test('GIVEN the three seed articles WHEN /sources is run THEN each is listed with outlet, headline, date, credited source and passage count', async () => {
    const { fake } = await start();
    const outcome = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'sources' }));

    expectWithinLimits(outcome.original!);
    const { title, description } = embedOf(outcome.original);
    expect(title).toBe('Sources in the coverage');
    expect(description).toMatch(/^\*\*3\*\* articles, \d+ passages; showing 1–3\./);
    const entries = description
      .split('\n\n')
      .slice(1)
      .map((entry) => entry.replace(/\\(.)/g, '$1'));
    expect(entries).toHaveLength(3);
    // From the articles, dates as printed: RT prints none and ends "Source: RT"; Asia-Pacific Research is dated May 18, 2023 and
    // credits Countercurrents ("The original source of this article is Countercurrents"); Al Mayadeen English is
    // dated 16 May 2023 and credits "Agencies".
    const rt = entries.find((entry) => entry.includes('. RT**'));
    expect(rt).toContain(
      '“The DPRK slammed Tokyo’s plans to open the first Asia-based liaison office for the US-led military bloc”',
    );
    expect(rt).toMatch(/date not printed · credits RT · \d+ passages$/);
    const apr = entries.find((entry) => entry.includes('. Asia-Pacific Research**'));
    expect(apr).toContain('“NATO Is Creeping Into Asia, Warns North Korea”');
    expect(apr).toMatch(/May 18, 2023 · by Countercurrents\.org · credits Countercurrents · \d+ passages$/);
    const mayadeen = entries.find((entry) => entry.includes('. Al Mayadeen English**'));
    expect(mayadeen).toContain("“DPRK accuses NATO of infiltration into Asia, 'military collusion'”");
    expect(mayadeen).toMatch(/16 May 2023 12:37 · .*credits Agencies · \d+ passages$/);
  });
});

describe('/help', () => {
  test('GIVEN the bot WHEN /help is run THEN only the asker sees every command with its options and examples from the coverage', async () => {
    const { fake } = await start();
    const outcome = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'help' }));

    expect(outcome.ephemeral).toBe(true);
    expectWithinLimits(outcome.original!);
    const { description, fields } = embedOf(outcome.original);
    expect(description).toContain('**/ask** question:… [outlet:…] [hide:True]');
    expect(description).toContain('**/sources**');
    expect(description).toContain('**/help**');
    // Example questions made from the coverage, each tried on it first, each on one line.
    const examples = (fields.find((field) => field.name === 'Examples')?.value ?? '').split('\n');
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(examples[0]).toMatch(/^`\/ask question: Who said what about the [a-z]+ [a-z]+\?`$/);
    expect(examples).toContain('`/ask question: Give me an overview`');
    for (const example of examples) expect(example.length).toBeLessThanOrEqual(90);
    expect(fields.find((field) => field.name === 'Follow-up questions')?.value).toContain('Follow up in thread');
  });

  test.each([
    ['a member', 0n, false],
    ['a member with Manage Server', PermissionFlagsBits.ManageGuild, true],
  ])(
    'GIVEN %s WHEN /help is run THEN the manager commands are shown only to those who can use them',
    async (_who, memberPermissions, manager) => {
      const { fake } = await start();
      const outcome = await fake.waitForInteractionReply(
        fake.sendInteraction({
          name: 'help',
          memberPermissions: memberPermissions | PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel,
        }),
      );

      const { description } = embedOf(outcome.original);
      expect(description).toContain('**/ask**');
      for (const command of ['/reindex', '/add-article', '/feedback'])
        expect(description.includes(`**${command}**`)).toBe(manager);
    },
  );
});

describe('deployCommands', () => {
  test('GIVEN DISCORD_GUILD_ID WHEN commands are deployed twice THEN one bulk overwrite per run registers every command to the guild, with the same ids', async () => {
    const fake = await startFakeDiscord();
    try {
      const commands = await repoCommands();
      const config = Object.freeze({
        discordToken: TOKEN,
        discordClientId: fake.applicationId,
        discordGuildId: fake.guildId,
        discordApiUrl: fake.apiUrl,
        seedsDir: 'seeds',
        dataDir: 'data',
        logLevel: 'info' as const,
        autoThread: false,
        cooldownSeconds: 0,
        maxArticleBytes: 1024 * 1024,
      });
      const logs: string[] = [];
      const log = createLogger('info', [TOKEN], (line) => logs.push(line));

      const first = await deployCommands(config, commands, log);
      const ids = fake.guildCommands.get(fake.guildId)?.map((command) => command.id);
      await deployCommands(config, commands, log);

      expect(first).toEqual({
        scope: 'guild',
        names: ['add-article', 'ask', 'compare', 'feedback', 'help', 'reindex', 'remove-article', 'sources', 'who'],
      });
      const puts = fake.requests.filter((request) => request.method === 'PUT');
      expect(puts.map((request) => request.route)).toEqual([
        'PUT /applications/:app/guilds/:guild/commands',
        'PUT /applications/:app/guilds/:guild/commands',
      ]);
      expect(puts[0]?.body).toEqual([...commands.values()].map((command) => command.data.toJSON()));
      expect(fake.guildCommands.get(fake.guildId)?.map((command) => command.id)).toEqual(ids);
      expect(fake.globalCommands).toEqual([]);
      const ask = (puts[0]?.body as Array<{ name: string; options: unknown[] }>).find(
        (command) => command.name === 'ask',
      );
      expect(ask?.options).toEqual([
        expect.objectContaining({ name: 'question', type: 3, required: true, max_length: 240 }),
        expect.objectContaining({ name: 'outlet', type: 3, autocomplete: true }),
        expect.objectContaining({ name: 'hide', type: 5 }),
      ]);
      expect(logs.join('\n')).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });

  test('GIVEN no DISCORD_GUILD_ID WHEN commands are deployed THEN they are registered globally', async () => {
    const fake = await startFakeDiscord();
    try {
      const config = Object.freeze({
        discordToken: TOKEN,
        discordClientId: fake.applicationId,
        discordGuildId: null,
        discordApiUrl: fake.apiUrl,
        seedsDir: 'seeds',
        dataDir: 'data',
        logLevel: 'info' as const,
        autoThread: false,
        cooldownSeconds: 0,
        maxArticleBytes: 1024 * 1024,
      });
      const deployed = await deployCommands(config, await repoCommands(), createLogger('error'));

      expect(deployed.scope).toBe('global');
      expect(fake.requests.filter((request) => request.method === 'PUT').map((request) => request.route)).toEqual([
        'PUT /applications/:app/commands',
      ]);
      expect(fake.globalCommands.map((command) => command.name)).toEqual([
        'add-article',
        'ask',
        'compare',
        'feedback',
        'help',
        'reindex',
        'remove-article',
        'sources',
        'who',
      ]);
    } finally {
      await fake.close();
    }
  });
});

describe('interaction router', () => {
  const failing = (defer: boolean): Command => ({
    data: new SlashCommandBuilder().setName('broken').setDescription('Always fails'),
    async execute(interaction) {
      if (defer) await interaction.deferReply();
      throw new Error('index exploded');
    },
  });

  test.each([
    ['before answering', false, 4],
    ['after deferring', true, 5],
  ])(
    'GIVEN a command that throws %s THEN the error is logged with its name and the user gets a short apology',
    async (_when, defer, callbackType) => {
      const commands = new Map([...(await repoCommands()), ['broken', failing(defer)]]);
      const { fake, logs } = await start({ bot: { commands } });

      const interaction = fake.sendInteraction({ name: 'broken' });
      const outcome = await fake.waitForInteractionReply(interaction);

      expect(outcome.callbackType).toBe(callbackType);
      const apology = outcome.original?.content ?? outcome.followUps[0]?.content;
      expect(apology).toBe('Sorry, something went wrong while answering that. It has been logged; please try again.');
      expect(logs.find((line) => line.includes('ERROR'))).toMatch(/\/broken failed: Error: index exploded/);
    },
  );

  test('GIVEN a command this version does not have WHEN it is used THEN the user is pointed to /help', async () => {
    const { fake } = await start();
    const outcome = await fake.waitForInteractionReply(fake.sendInteraction({ name: 'vote' }));

    expect(outcome.ephemeral).toBe(true);
    expect(outcome.original?.content).toBe('I no longer have a **/vote** command. See **/help** for what I can do.');
  });

  test('GIVEN an interaction that expires before the bot answers THEN it is logged, and the bot keeps answering', async () => {
    const slow: Command = {
      data: new SlashCommandBuilder().setName('slow').setDescription('Too slow'),
      async execute(interaction) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        await interaction.reply({ content: 'late' });
      },
    };
    const commands = new Map([...(await repoCommands()), ['slow', slow]]);
    const { fake, logs } = await start({ bot: { commands }, fake: { interactionExpiryMs: 100 } });

    const late = fake.sendInteraction({ name: 'slow' });
    await fake.waitFor((request) => request.params.interaction === late.id);
    const answered = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'ask', options: { question: 'What did Kim Seol-hwa say?' } }),
    );

    expect(answered.original?.embeds).toHaveLength(1);
    await fake.waitUntil(() => logs.find((line) => line.includes('/slow: the interaction expired')));
    expect(fake.interactionOutcome(late).acknowledged).toBe(false);
    expect(logs.some((line) => line.includes('ERROR'))).toBe(false);
    // The expired callback is Discord's refusal, expected here: drop it from the end-of-test check.
    fake.requests.splice(
      0,
      fake.requests.length,
      ...fake.requests.filter((request) => request.params.interaction !== late.id),
    );
  });
});

describe('startBot', () => {
  test('GIVEN a running bot THEN it logs the invite link with the bot and applications.commands scopes and least permissions, and stop() disconnects cleanly', async () => {
    const h = await start();
    const invite = new URL(h.logs.find((line) => line.includes('Invite link: '))!.split('Invite link: ')[1]!);

    expect(invite.searchParams.get('client_id')).toBe(h.fake.applicationId);
    expect(invite.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel, Embed Links, Read Message History, Create Public Threads, Send Messages in Threads.
    expect(BigInt(invite.searchParams.get('permissions')!)).toBe(
      (1n << 10n) | (1n << 14n) | (1n << 16n) | (1n << 35n) | (1n << 38n),
    );

    await h.bot.stop();
    await h.fake.waitUntil(() =>
      h.fake.gatewayConnections.every((connection) => connection.closedBy !== null) ? true : undefined,
    );
    expect(h.fake.gatewayConnections.at(-1)).toMatchObject({ closedBy: 'client', closeCode: 1000 });
    expect(h.logs.join('\n')).not.toContain(TOKEN);
  });
});
