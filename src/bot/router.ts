import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes, type Interaction } from 'discord.js';
import { decodeCustomId } from './customId.ts';
import { withCurrentEngine } from './engineHolder.ts';
import { respond, toMessage } from './reply.ts';
import type { BotContext, Command } from './types.ts';

export const APOLOGY = 'Sorry, something went wrong while answering that. It has been logged; please try again.';
export const STALE_BUTTON = 'This button no longer works (the bot was updated since). Ask again with **/ask**.';
export const UNKNOWN_COMMAND = (name: string) =>
  `I no longer have a **/${name}** command. See **/help** for what I can do.`;
export const MANAGE_GUILD_ONLY = (name: string) =>
  `Only members with the **Manage Server** permission can use **/${name}**.`;

/** False when the command is for Manage Server members only and the interaction's member is not one (or it is not in a server). */
export function mayUse(command: Command, interaction: Interaction): boolean {
  return !command.requiresManageGuild || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false);
}

/**
 * Sends each interaction to its command: slash commands to `execute`, autocomplete to `autocomplete`, button
 * clicks by their custom_id (`<command>:<action>:...`) to the command's button handler. Expected misses get
 * a polite ephemeral answer; an unexpected error is caught here, once, logged with the command's name, and
 * the user gets a short apology.
 */
export function createRouter(
  commands: ReadonlyMap<string, Command>,
  shared: BotContext,
): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    // The engine as it is now, for the whole interaction, even if a reindex swaps in another meanwhile.
    const ctx = withCurrentEngine(shared);
    let label = `interaction ${interaction.id}`;
    ctx.log.debug(
      `Interaction ${interaction.id} (type ${interaction.type}) from user ${interaction.user.id} in channel ${interaction.channelId ?? '-'}`,
    );
    try {
      if (interaction.isChatInputCommand()) {
        label = `/${interaction.commandName}`;
        const command = commands.get(interaction.commandName);
        if (!command) {
          ctx.log.warn(
            `Unknown command /${interaction.commandName} (not deployed by this version; run npm run deploy-commands)`,
          );
          await respond(interaction, { content: UNKNOWN_COMMAND(interaction.commandName), ephemeral: true });
          return;
        }
        if (!mayUse(command, interaction)) {
          ctx.log.info(`/${command.data.name} refused to user ${interaction.user.id}: not Manage Server`);
          await respond(interaction, { content: MANAGE_GUILD_ONLY(command.data.name), ephemeral: true });
          return;
        }
        await command.execute(interaction, ctx);
      } else if (interaction.isAutocomplete()) {
        label = `/${interaction.commandName} autocomplete`;
        const command = commands.get(interaction.commandName);
        if (command?.autocomplete && mayUse(command, interaction)) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } else if (interaction.isButton()) {
        label = `button ${interaction.customId}`;
        const id = decodeCustomId(interaction.customId);
        const command = id ? commands.get(id.command) : undefined;
        // Own handlers only: an action such as "constructor" or "__proto__" must not reach what every object inherits.
        const handler =
          id && command?.buttons && Object.hasOwn(command.buttons, id.action) ? command.buttons[id.action] : undefined;
        if (!id || !command || !handler) {
          ctx.log.info(`Unknown button "${interaction.customId}" clicked; answered as stale`);
          await respond(interaction, { content: STALE_BUTTON, ephemeral: true });
          return;
        }
        if (!mayUse(command, interaction)) {
          ctx.log.info(`Button ${interaction.customId} refused to user ${interaction.user.id}: not Manage Server`);
          await respond(interaction, { content: MANAGE_GUILD_ONLY(command.data.name), ephemeral: true });
          return;
        }
        await handler(interaction, id.args, ctx);
      } else if (interaction.isModalSubmit()) {
        label = `modal ${interaction.customId}`;
        const id = decodeCustomId(interaction.customId);
        const command = id ? commands.get(id.command) : undefined;
        const handler =
          id && command?.modals && Object.hasOwn(command.modals, id.action) ? command.modals[id.action] : undefined;
        if (!id || !command || !handler) {
          ctx.log.info(`Unknown modal "${interaction.customId}" submitted; answered as stale`);
          await respond(interaction, { content: STALE_BUTTON, ephemeral: true });
          return;
        }
        if (!mayUse(command, interaction)) {
          await respond(interaction, { content: MANAGE_GUILD_ONLY(command.data.name), ephemeral: true });
          return;
        }
        await handler(interaction, id.args, ctx);
      } else {
        ctx.log.debug(`Ignored interaction of type ${interaction.type}`);
      }
    } catch (error) {
      await recover(interaction, label, error, ctx);
    }
  };
}

async function recover(interaction: Interaction, label: string, error: unknown, ctx: BotContext): Promise<void> {
  if (isExpired(error)) {
    // The 3-second window passed (or another process answered): nothing can be sent any more.
    ctx.log.warn(`${label}: the interaction expired before it was answered (${(error as DiscordAPIError).code})`);
    return;
  }
  ctx.log.error(`${label} failed`, error);
  if (!interaction.isRepliable()) return;
  try {
    // After a deferral the apology is a follow-up: it replaces the "thinking…" message, never the answer a button sits on.
    const apology = toMessage({ content: APOLOGY, ephemeral: true });
    if (interaction.deferred || interaction.replied) await interaction.followUp(apology);
    else await interaction.reply(apology);
  } catch (apologyError) {
    ctx.log.warn(
      `${label}: could not send the apology either: ${apologyError instanceof Error ? apologyError.message : String(apologyError)}`,
    );
  }
}

function isExpired(error: unknown): boolean {
  // 50027: the interaction's token (15 minutes) ran out before a deferred answer or follow-up was sent.
  const codes: readonly unknown[] = [
    RESTJSONErrorCodes.UnknownInteraction,
    RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged,
    RESTJSONErrorCodes.InvalidWebhookToken,
  ];
  return error instanceof DiscordAPIError && codes.includes(error.code);
}
