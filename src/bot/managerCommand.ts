import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';

/**
 * The builder for a command that changes the bot's data: shown only to Manage Server members by default and
 * only in servers. Its Command sets `requiresManageGuild: true`, so the router checks the member on every use.
 */
export function managerCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder()
    .setName(name)
    .setDescription(`${description} (Manage Server)`)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild);
}
