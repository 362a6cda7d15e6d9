import { MessageFlags } from 'discord.js';
import { reindexSeeds, type Reindexed } from '../src/bot/engineHolder.ts';
import { reloadLines } from '../src/bot/shardMessages.ts';
import { respond } from '../src/bot/reply.ts';
import { escapeMarkdown, truncate } from '../src/bot/text.ts';
import { escapeUnsafe, quoteName } from '../src/shownName.ts';
import { managerCommand } from '../src/bot/managerCommand.ts';
import type { Command } from '../src/bot/types.ts';

/** Files named one by one in each list of the report; more are counted. */
const LISTED = 15;
/** A longer name is cut, before it is escaped, so that one name cannot fill the message. */
const NAME_MAX = 80;

export default {
  data: managerCommand('reindex', 'Re-read the seeds folder and answer from it'),
  requiresManageGuild: true,

  async execute(interaction, ctx) {
    if (!ctx.engines) throw new Error('/reindex needs the engine holder in the bot context');
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let changes: Reindexed;
    try {
      changes = await reindexSeeds(ctx.engines, ctx.config.seedsDir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      ctx.log.error(`/reindex: cannot read the seeds folder ${ctx.config.seedsDir}`, error);
      await respond(interaction, {
        content: `The seeds folder could not be read (${code}); questions are still answered from the index as it was.`,
      });
      return;
    }
    const shards = changes.shards
      ? `; ${changes.shards.filter((reload) => reload.outcome === 'loaded').length} of ${changes.shards.length} other shard(s) loaded it`
      : '';
    ctx.log.info(
      `/reindex by user ${interaction.user.id}: ${changes.articles} articles; +${changes.added.length} -${changes.removed.length} ~${changes.changed.length}, ${changes.skipped.length} skipped${shards}`,
    );
    await respond(interaction, { content: reindexReport(changes) });
  },
} satisfies Command;

/**
 * What changed, in words: counts, then the files added, removed, changed and skipped (each with why), and in a
 * shard whether every other shard answers from it too.
 */
export function reindexReport(changes: Reindexed): string {
  const list = (files: readonly string[]) => {
    const shown = files.slice(0, LISTED).map(codeName);
    return files.length > LISTED ? `${shown.join(', ')} and ${files.length - LISTED} more` : shown.join(', ');
  };
  const lines = [
    `Reindexed: **${changes.articles}** articles, ${changes.passages} passages. New questions are answered from it now.`,
  ];
  lines.push(changes.added.length > 0 ? `Added (${changes.added.length}): ${list(changes.added)}` : 'Added: none');
  lines.push(
    changes.removed.length > 0 ? `Removed (${changes.removed.length}): ${list(changes.removed)}` : 'Removed: none',
  );
  if (changes.changed.length > 0) lines.push(`Changed (${changes.changed.length}): ${list(changes.changed)}`);
  if (changes.skipped.length > 0) {
    lines.push(`Skipped (${changes.skipped.length}):`);
    for (const skipped of changes.skipped.slice(0, LISTED))
      lines.push(`- ${codeName(skipped.file)}: ${escapeMarkdown(escapeUnsafe(truncate(skipped.reason, 200)))}`);
    if (changes.skipped.length > LISTED)
      lines.push(`- and ${changes.skipped.length - LISTED} more (see the bot's log)`);
  }
  if (changes.shards) lines.push(...reloadLines(changes.shards));
  return lines.join('\n');
}

/** A file name in a code span: quoteName escapes newlines, control characters and backticks, so it stays one span on one line. */
function codeName(file: string): string {
  return `\`${quoteName(truncate(file, NAME_MAX))}\``;
}
