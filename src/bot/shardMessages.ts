/**
 * What the sharding manager and its shards say to each other over the processes' IPC channel (next to
 * discord.js's own messages, which carry underscore keys such as `_ready` and `_eval`). Every message of ours
 * carries `coverageBot`, so each side can tell its messages from discord.js's.
 *
 * A change to the seeds folder on one shard (/reindex, /add-article) reaches every shard like this:
 *   shard A -> manager   { coverageBot: 'reload', request }               A has saved the new index
 *   manager -> shard B   { coverageBot: 'reload', request }               for every shard but A
 *   shard B -> manager   { coverageBot: 'reloaded', request, reload }     B loaded it (or says why not)
 *   manager -> shard A   { coverageBot: 'reloads', request, reloads }     once every other shard answered or stopped
 */

/** What one shard did when told to load the saved index. */
export interface ShardReload {
  shard: number;
  /**
   * loaded: it answers from the saved index now. seeds-changed: the folder changed again since the index was
   * saved (another change is under way, and its own message follows). engine-changed, missing, corrupt: the
   * saved index is not one this shard can use. failed: loading it threw. no-answer: its process ended, or was
   * not running, or did not answer in time (`detail` says which).
   */
  outcome: 'loaded' | 'seeds-changed' | 'engine-changed' | 'missing' | 'corrupt' | 'failed' | 'no-answer';
  /** Articles it answers from afterwards. */
  articles: number | null;
  detail?: string;
}

export type ShardMessage =
  | { coverageBot: 'reload'; request: string }
  | { coverageBot: 'reloaded'; request: string; reload: ShardReload }
  | { coverageBot: 'reloads'; request: string; reloads: ShardReload[] };

/** Whether an IPC message is one of ours (discord.js's own messages, and anything else, are not). */
export function isShardMessage(message: unknown): message is ShardMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { coverageBot, request } = message as { coverageBot?: unknown; request?: unknown };
  return (
    typeof request === 'string' && (coverageBot === 'reload' || coverageBot === 'reloaded' || coverageBot === 'reloads')
  );
}

/** Why a shard is not answering from the saved index, in words for the member who changed the coverage. */
const NOT_LOADED: Record<Exclude<ShardReload['outcome'], 'loaded'>, string> = {
  'seeds-changed': 'the seeds folder changed again since this index was saved; that change reaches it next',
  'engine-changed': 'it runs another version of coverage-bot; restart it',
  missing: 'the saved index was gone',
  corrupt: 'the saved index could not be read',
  failed: 'loading it failed (see the log)',
  'no-answer': 'it did not answer',
};

/**
 * What the other shards did, as lines of a reply: one line when every shard loaded the change, else one line
 * per shard that did not, saying why (it answers from the index it had until it loads one).
 */
export function reloadLines(reloads: readonly ShardReload[]): string[] {
  if (reloads.every((reload) => reload.outcome === 'loaded')) {
    return [
      reloads.length === 0
        ? 'This is the only shard.'
        : `Every shard answers from it now (${reloads.length + 1} shards).`,
    ];
  }
  const behind = reloads.filter((reload) => reload.outcome !== 'loaded');
  const lines = behind
    .slice(0, LISTED_SHARDS)
    .map(
      (reload) =>
        `Shard ${reload.shard} still answers from the index it had: ${reload.outcome === 'no-answer' && reload.detail ? reload.detail : NOT_LOADED[reload.outcome as Exclude<ShardReload['outcome'], 'loaded'>]}.`,
    );
  if (behind.length > LISTED_SHARDS) lines.push(`So do ${behind.length - LISTED_SHARDS} more shards (see the log).`);
  return lines;
}

/** Shards named one by one in a reply; more are counted, so that the reply stays short. */
const LISTED_SHARDS = 5;
