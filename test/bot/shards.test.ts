import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { reloadLines, type ShardMessage, type ShardReload } from '../../src/bot/shardMessages.ts';
import { linkShard, type ManagerChannel } from '../../src/bot/shards.ts';

const quiet = createLogger('error', [], () => undefined);

/** A channel to a manager that answers each reload request with `answer` (or refuses to carry it). */
function managerAnswering(answer: ShardReload[] | 'unreachable'): ManagerChannel & { sent: ShardMessage[] } {
  const listeners = new Set<(message: unknown) => void>();
  const sent: ShardMessage[] = [];
  return {
    sent,
    async send(message) {
      if (answer === 'unreachable') throw new Error('channel closed');
      sent.push(message);
      if (message.coverageBot === 'reload')
        queueMicrotask(() =>
          listeners.forEach((listener) =>
            listener({ coverageBot: 'reloads', request: message.request, reloads: answer }),
          ),
        );
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('linkShard', () => {
  test('GIVEN a change on shard 0 of 3 THEN the manager is asked once and its answer, every other shard’s, comes back', async () => {
    const answer: ShardReload[] = [
      { shard: 1, outcome: 'loaded', articles: 4 },
      { shard: 2, outcome: 'seeds-changed', articles: 3 },
    ];
    const channel = managerAnswering(answer);
    const link = linkShard({ id: 0, count: 3 }, '.index/engine.json', quiet, channel);

    expect(await link.shared.tellOtherShards()).toEqual(answer);
    expect(channel.sent).toEqual([{ coverageBot: 'reload', request: expect.stringMatching(/^0-[0-9a-f]{12}$/) }]);
    link.close();
  });

  test('GIVEN no manager to reach THEN every other shard is reported as not answering, and nothing waits', async () => {
    const link = linkShard({ id: 1, count: 3 }, '.index/engine.json', quiet, managerAnswering('unreachable'));

    expect(await link.shared.tellOtherShards()).toEqual(
      [0, 2].map((shard) => ({
        shard,
        outcome: 'no-answer',
        articles: null,
        detail: 'the sharding manager could not be reached',
      })),
    );
    link.close();
  });

  test('GIVEN a single shard THEN there is nobody to tell', async () => {
    const channel = managerAnswering([]);
    const link = linkShard({ id: 0, count: 1 }, '.index/engine.json', quiet, channel);

    expect(await link.shared.tellOtherShards()).toEqual([]);
    expect(channel.sent).toEqual([]);
    link.close();
  });
});

describe('reloadLines', () => {
  test.each([
    ['no other shard', [], ['This is the only shard.']],
    [
      'every other shard loaded it',
      [{ shard: 1, outcome: 'loaded', articles: 4 }],
      ['Every shard answers from it now (2 shards).'],
    ],
    [
      'one shard behind a newer change, one gone',
      [
        { shard: 1, outcome: 'loaded', articles: 4 },
        { shard: 2, outcome: 'seeds-changed', articles: 3 },
        {
          shard: 3,
          outcome: 'no-answer',
          articles: null,
          detail: 'its process ended; it loads the saved index when it restarts',
        },
      ],
      [
        'Shard 2 still answers from the index it had: the seeds folder changed again since this index was saved; that change reaches it next.',
        'Shard 3 still answers from the index it had: its process ended; it loads the saved index when it restarts.',
      ],
    ],
  ] as Array<[string, ShardReload[], string[]]>)(
    'GIVEN %s THEN one line, or one per shard not answering from it, saying why',
    (_what, reloads, lines) => {
      expect(reloadLines(reloads)).toEqual(lines);
    },
  );

  test('GIVEN many shards behind THEN five are named and the rest counted', () => {
    const reloads: ShardReload[] = Array.from({ length: 8 }, (_, index) => ({
      shard: index + 1,
      outcome: 'failed',
      articles: 3,
    }));
    const lines = reloadLines(reloads);
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe('So do 3 more shards (see the log).');
  });
});
