import { describe, expect, test, vi } from 'vitest';
import { ACK_WAIT_MAX_MS, createAnswerQueue } from '../../src/bot/answerQueue.ts';

describe('createAnswerQueue', () => {
  test('GIVEN three answers queued at once THEN they run in order, one per turn of the event loop, with I/O callbacks run between them', async () => {
    const queue = createAnswerQueue();
    const events: string[] = [];
    const answer = (name: string) => () => {
      events.push(name);
      // What a network response would do: a callback queued while this answer holds the event loop.
      setImmediate(() => events.push(`after ${name}`));
      return name;
    };

    const results = Promise.all(['a', 'b', 'c'].map((name) => queue.run(answer(name))));
    expect(queue.pending).toBe(3);
    expect(events).toEqual([]);

    expect(await results).toEqual(['a', 'b', 'c']);
    expect(events.slice(0, 5)).toEqual(['a', 'after a', 'b', 'after b', 'c']);
    expect(queue.pending).toBe(0);
  });

  test('GIVEN an answer that throws THEN its caller gets the error, and the answers after it still run', async () => {
    const queue = createAnswerQueue();
    const failed = queue.run(() => {
      throw new Error('engine failed');
    });
    const next = queue.run(() => 'answered');

    await expect(failed).rejects.toThrow('engine failed');
    expect(await next).toBe('answered');
    expect(queue.pending).toBe(0);
  });

  test('GIVEN an answer queued while another runs THEN pending counts both until each is done', async () => {
    const queue = createAnswerQueue();
    const seen: number[] = [];
    let inner: Promise<void> = Promise.resolve();
    await queue.run(() => {
      seen.push(queue.pending);
      inner = queue.run(() => {
        seen.push(queue.pending);
      });
      seen.push(queue.pending);
    });
    await inner;
    expect(queue.pending).toBe(0);
    expect(seen).toEqual([1, 2, 1]);
  });

  test('GIVEN an acknowledgement in flight WHEN an answer comes to its turn THEN it waits until the acknowledgement is sent', async () => {
    const queue = createAnswerQueue();
    const events: string[] = [];
    let send!: () => void;
    const ack = queue.acknowledge(new Promise<void>((resolve) => (send = resolve))).then(() => events.push('ack'));

    const answered = queue.run(() => events.push('answer'));
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([]);

    send();
    await Promise.all([ack, answered]);
    expect(events).toEqual(['ack', 'answer']);
  });

  test('GIVEN an acknowledgement that never completes THEN the answers behind it run after ACK_WAIT_MAX_MS, not never', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const queue = createAnswerQueue();
      void queue.acknowledge(new Promise<void>(() => undefined));
      let answered = false;
      const answer = queue.run(() => (answered = true));
      // Its turn comes (a real setImmediate); only then does it start waiting.
      await new Promise((resolve) => setImmediate(resolve));

      await vi.advanceTimersByTimeAsync(ACK_WAIT_MAX_MS - 1);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await answer;
      expect(answered).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test('GIVEN answers queued, and one more queued by an answer WHEN drained THEN drain resolves after all of them', async () => {
    const queue = createAnswerQueue();
    const done: string[] = [];
    void queue.run(() => done.push('a'));
    void queue.run(() => {
      done.push('b');
      void queue.run(() => done.push('c'));
    });

    await queue.drain();
    expect(done).toEqual(['a', 'b', 'c']);
    expect(queue.pending).toBe(0);
  });
});
