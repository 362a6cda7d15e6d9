/**
 * The folder's short lines (chrome candidates, see chromeCandidateKeys) kept as a sorted column of 32-bit hashes
 * (Corpus.shortLines), so that a page added later can be cleaned against the pages already read without reading
 * them again: a line it shares with any of them is a repeated line, as it would be were the folder read whole.
 * Two different lines share a hash about once in four billion comparisons, which at worst counts one unique
 * short line of an added page as repeated.
 */
import { sortedHas } from '../sortedHas.ts';

/** FNV-1a over the key's UTF-16 code units. */
function lineHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The sorted, distinct hashes of every page's keys. */
export function shortLinesOf(keySets: Iterable<Iterable<string>>): Uint32Array {
  const hashes = new Set<number>();
  for (const keys of keySets) for (const key of keys) hashes.add(lineHash(key));
  return Uint32Array.from(hashes).sort();
}

/** Whether a page of the folder has the line of this key. */
export function hasShortLine(lines: Uint32Array, key: string): boolean {
  return sortedHas(lines, lineHash(key));
}

/** The folder's lines with a new page's keys added. */
export function withShortLines(lines: Uint32Array, keys: Iterable<string>): Uint32Array {
  const hashes = new Set(lines);
  for (const key of keys) hashes.add(lineHash(key));
  return hashes.size === lines.length ? lines : Uint32Array.from(hashes).sort();
}
