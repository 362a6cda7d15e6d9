import {
  embedLength,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type Message,
  type MessageComponentInteraction,
  type MessageMentionOptions,
  type RepliableInteraction,
  type SendableChannels,
} from 'discord.js';
import { LIMITS } from './limits.ts';
import { truncate } from './text.ts';

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** What a handler wants to say; `toMessage` makes it safe to send. */
export interface ReplyBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: ActionRow[];
  /** Only the user who asked sees it (interactions only). */
  ephemeral?: boolean;
}

/** Nobody is ever pinged: not @everyone in a question, not a user named in an article, not the asker. */
export const NO_MENTIONS = Object.freeze({ parse: [], repliedUser: false }) satisfies MessageMentionOptions;

export interface OutgoingMessage {
  content: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  allowedMentions: MessageMentionOptions;
  flags?: MessageFlags.Ephemeral;
}

/**
 * The one way a message leaves the bot: mentions disabled, content and every embed cut to Discord's limits.
 * Builders construct their embeds within the limits already; this is the guarantee for everything else.
 */
export function toMessage(body: ReplyBody): OutgoingMessage {
  const embeds = fitEmbeds(body.embeds ?? []);
  const message: OutgoingMessage = {
    content: truncate(body.content ?? '', LIMITS.content),
    embeds,
    components: body.components ?? [],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
  };
  if (body.ephemeral) message.flags = MessageFlags.Ephemeral;
  return message;
}

/**
 * A message edit (of a private preview, say) made by toMessage: an edit carries no ephemeral flag, it keeps the
 * message's own.
 */
export function toEdit(body: ReplyBody): Omit<OutgoingMessage, 'flags'> {
  const { content, embeds, components, allowedMentions } = toMessage(body);
  return { content, embeds, components, allowedMentions };
}

/**
 * Answers an interaction however far it got: a reply, the edit of a deferred reply, or a follow-up. A button
 * click acknowledged with deferUpdate gets a follow-up: editing would overwrite the message the button is on.
 */
export async function respond(interaction: RepliableInteraction, body: ReplyBody): Promise<void> {
  const message = toMessage(body);
  if (interaction.deferred && !interaction.replied && !interaction.isMessageComponent()) {
    // A deferred reply keeps the ephemerality it was deferred with; flags cannot change on edit.
    await interaction.editReply(withoutFlags(message));
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp(message);
  } else {
    await interaction.reply(message);
  }
}

/** Replaces the message a clicked button sits on; this acknowledges the click unless deferUpdate did. */
export async function updateMessage(interaction: MessageComponentInteraction, body: ReplyBody): Promise<void> {
  const message = withoutFlags(toMessage(body));
  if (interaction.deferred) await interaction.editReply(message);
  else await interaction.update(message);
}

/** Answers a user's message in its channel, as a reply that does not ping them. */
export async function replyToMessage(message: Message, body: ReplyBody): Promise<Message> {
  return message.reply({ ...forChannel(body), failIfNotExists: false });
}

/** Posts in a channel or thread (no interaction, so never ephemeral). */
export async function sendTo(channel: SendableChannels, body: ReplyBody): Promise<Message> {
  return channel.send(forChannel(body));
}

function forChannel(body: ReplyBody): Omit<OutgoingMessage, 'flags'> {
  return withoutFlags(toMessage(body));
}

/** Edits and channel messages take no ephemeral flag. */
function withoutFlags({
  content,
  embeds,
  components,
  allowedMentions,
}: OutgoingMessage): Omit<OutgoingMessage, 'flags'> {
  return { content, embeds, components, allowedMentions };
}

/** Discord's count of an embed's characters (title, description, fields, footer, author): discord.js's own. */
export { embedLength };

/** Every embed within its own limits and all together within the message's total. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const fitted: APIEmbed[] = [];
  let left = LIMITS.embedTotal;
  for (const embed of embeds.slice(0, LIMITS.embedsPerMessage)) {
    if (left <= 0) break;
    const one = fitEmbed(embed, left);
    left -= embedLength(one);
    fitted.push(one);
  }
  return fitted;
}

/** Cuts one embed to Discord's limits, giving up description text first, then trailing fields, within `total`. */
export function fitEmbed(embed: APIEmbed, total: number = LIMITS.embedTotal): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  let over = embedLength(out) - total;
  if (over > 0 && out.description) {
    out.description = truncate(out.description, Math.max(0, out.description.length - over));
    over = embedLength(out) - total;
  }
  while (over > 0 && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
    over = embedLength(out) - total;
  }
  if (over > 0 && out.footer) {
    out.footer = { ...out.footer, text: truncate(out.footer.text, Math.max(0, out.footer.text.length - over)) };
    over = embedLength(out) - total;
  }
  if (over > 0 && out.author) {
    out.author = { ...out.author, name: truncate(out.author.name, Math.max(0, out.author.name.length - over)) };
    over = embedLength(out) - total;
  }
  if (over > 0 && out.title) out.title = truncate(out.title, Math.max(0, out.title.length - over));
  return out;
}
