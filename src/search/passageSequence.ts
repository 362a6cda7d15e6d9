import { tokensOf } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';

/** Whether the stems hold the run, its words adjacent and in order. */
export function containsRun(sequence: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= sequence.length; i++) {
    for (let j = 0; j < run.length; j++) if (sequence[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

const sequences = new WeakMap<SearchEngine, Map<string, string[]>>();

/** A passage's stems in order, for whole-phrase matching; worked out for the passages a question reaches. */
export function sequenceOf(id: string, engine: SearchEngine): string[] {
  let cache = sequences.get(engine);
  if (!cache) sequences.set(engine, (cache = new Map<string, string[]>()));
  let sequence = cache.get(id);
  if (!sequence) {
    sequence = tokensOf(engine.passageById.get(id)?.text ?? '').map((token) => token.stem);
    cache.set(id, sequence);
  }
  return sequence;
}
