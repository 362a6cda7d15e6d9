import { countriesOfAdjective } from './wordNet.ts';

/** Typed this long at least: shorter names are a letter from too many places ("Lai" / Lao, "Seol" / Seoul). */
const MIN_LENGTH = 5;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The people's adjective a word typed with a capital is one slip from ("Britsh" -> British, "Japanse" -> Japanese,
 * "Russain" -> Russian): a letter dropped, added, changed or two swapped. Null unless every such spelling is of one
 * country, or the word is short. Places are left out: too many people's names are a letter from one ("Osaki").
 */
export function misspeltPeoplesAdjective(word: string): string | null {
  if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) return null;
  const lower = word.toLowerCase();
  const found = new Map<string, string>();
  for (const variant of oneEditFrom(lower)) {
    const name = variant.charAt(0).toUpperCase() + variant.slice(1);
    const country = countriesOfAdjective(name)[0] ?? null;
    if (country && !found.has(name)) found.set(name, country);
  }
  const countries = new Set(found.values());
  return countries.size === 1 ? ([...found.keys()][0] ?? null) : null;
}

function oneEditFrom(word: string): Set<string> {
  const variants = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const letter of LETTERS) {
      variants.add(head + letter + tail);
      if (tail) variants.add(head + letter + tail.slice(1));
    }
  }
  variants.delete(word);
  return variants;
}
