// Commands that change anything (/add-article, /reindex) are for Manage Server members: registered with that
// default permission, and checked again by the router on every use (a server can open a command to everyone in
// its Integrations settings, and Discord checks nothing on buttons). A dummy command stands in for them here.

import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { commandProblem } from '../../src/bot/loadCommands.ts';
import type { Command } from '../../src/bot/types.ts';
import { repoCommands } from '../bot/harness.ts';
import { useHardened, type Hardened } from './harness.ts';

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;
const REFUSAL = 'Only members with the **Manage Server** permission can use **/wipe**.';

const hardened = useHardened();
let ran: string[] = [];

/** Would change the bot's data: counts its runs instead. */
const wipe: Command = {
  data: new SlashCommandBuilder()
    .setName('wipe')
    .setDescription('Changes the coverage (test stand-in)')
    .setDefaultMemberPermissions(MANAGE_GUILD),
  requiresManageGuild: true,
  async execute(interaction) {
    ran.push(`execute ${interaction.user.id}`);
    await interaction.reply({ content: 'Wiped.', flags: 64 });
  },
  buttons: {
    async confirm(interaction) {
      ran.push(`button ${interaction.user.id}`);
      await interaction.update({ content: 'Confirmed.' });
    },
  },
};

async function start(): Promise<Hardened> {
  ran = [];
  return hardened.start({ bot: { commands: new Map([...(await repoCommands()), ['wipe', wipe]]) } });
}

describe('commands that change anything', () => {
  test('GIVEN a command flagged requiresManageGuild WHEN deployed THEN Discord registers it for Manage Server members only, and the others for everyone', async () => {
    const { fake } = await start();
    const registered = fake.guildCommands.get(fake.guildId) ?? [];

    expect(registered.find((command) => command.name === 'wipe')?.default_member_permissions).toBe(
      MANAGE_GUILD.toString(),
    );
    // Every repository command flagged like it (the other engineer's /add-article, /reindex...) is registered the same way.
    for (const [name, command] of await repoCommands()) {
      const stored = registered.find((one) => one.name === name)?.default_member_permissions ?? null;
      expect(stored, name).toBe(command.requiresManageGuild ? MANAGE_GUILD.toString() : null);
    }
    // The commands that only read are for everyone.
    for (const name of ['ask', 'sources', 'help'])
      expect(registered.find((one) => one.name === name)?.default_member_permissions ?? null, name).toBeNull();
  });

  test.each([
    ['no permissions', 0n],
    [
      'Send Messages and Manage Messages but not Manage Server',
      PermissionFlagsBits.SendMessages | PermissionFlagsBits.ManageMessages,
    ],
  ])(
    'GIVEN a member with %s WHEN the command is used anyway (opened to everyone in the server settings) THEN it does not run and they are told why, privately',
    async (_who, memberPermissions) => {
      const { fake, logs } = await start();

      const outcome = await fake.waitForInteractionReply(
        fake.sendInteraction({ name: 'wipe', memberPermissions, user: { id: '110000000000000777' } }),
      );

      expect(ran).toEqual([]);
      expect(outcome.ephemeral).toBe(true);
      expect(outcome.original?.content).toBe(REFUSAL);
      expect(logs.some((line) => line.includes('/wipe refused to user 110000000000000777'))).toBe(true);
    },
  );

  test.each([
    ['Manage Server', MANAGE_GUILD],
    ['Administrator', PermissionFlagsBits.Administrator],
  ])('GIVEN a member with %s THEN the command runs', async (_who, memberPermissions) => {
    const { fake } = await start();

    const outcome = await fake.waitForInteractionReply(
      fake.sendInteraction({ name: 'wipe', memberPermissions, user: { id: '110000000000000888' } }),
    );

    expect(ran).toEqual(['execute 110000000000000888']);
    expect(outcome.original?.content).toBe('Wiped.');
  });

  test('GIVEN a button of such a command WHEN a member without Manage Server clicks it THEN it does not run (Discord checks no permission on buttons)', async () => {
    const { fake } = await start();
    const channel = await hardened.current()!.bot.client.channels.fetch(fake.channelId);
    if (!channel?.isSendable()) throw new Error('the test channel cannot be sent to');
    const posted = await channel.send({
      content: 'Wipe the coverage?',
      components: [{ type: 1, components: [{ type: 2, style: 4, label: 'Confirm', custom_id: 'wipe:confirm' }] }],
    });

    const refused = fake.sendComponent({
      customId: 'wipe:confirm',
      messageId: posted.id,
      user: { id: '110000000000000777' },
    });
    await fake.waitForInteractionReply(refused);

    expect(ran).toEqual([]);
    expect(fake.interactionOutcome(refused).ephemeral).toBe(true);
    expect(fake.interactionOutcome(refused).original?.content).toBe(REFUSAL);
  });

  test('GIVEN requiresManageGuild without the default member permission in its data THEN the loader refuses the module', () => {
    const forgot = {
      ...wipe,
      data: new SlashCommandBuilder().setName('wipe').setDescription('Forgot the default permission'),
    };
    expect(commandProblem(forgot)).toMatch(/requiresManageGuild.*setDefaultMemberPermissions/);
    expect(commandProblem(wipe)).toBeNull();
  });
});
