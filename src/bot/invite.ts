import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/**
 * The least the bot needs: see channels and read their history (a thread's starter message and the bot's
 * earlier answers), open threads on answers and answer inside them with embeds. Slash-command replies need
 * no permission of their own, and the bot never posts in a channel outside threads, so not Send Messages.
 */
export const BOT_PERMISSIONS = [
  PermissionFlagsBits.ViewChannel,
  PermissionFlagsBits.EmbedLinks,
  PermissionFlagsBits.ReadMessageHistory,
  PermissionFlagsBits.CreatePublicThreads,
  PermissionFlagsBits.SendMessagesInThreads,
] as const;

/** The link a server admin opens to add the bot, with the `bot` and `applications.commands` scopes. */
export function inviteUrl(clientId: string): string {
  const url = new URL('https://discord.com/oauth2/authorize');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('scope', [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '));
  url.searchParams.set('permissions', new PermissionsBitField([...BOT_PERMISSIONS]).bitfield.toString());
  return url.toString();
}
