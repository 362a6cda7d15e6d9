/**
 * "France" where the coverage writes only "French President Emmanuel Macron": the adjectives of a country's people
 * that the coverage writes as names, found by WordNet's pertainyms ("French" pertains to France).
 */
import type { SearchEngine } from './engine.ts';
import { knownWordsOf } from './knownWords.ts';
import { countriesOfAdjective, isPlaceName } from './wordNet.ts';

/** An adjective of a people shares the country's first letters ("France" / "French", "Spain" / "Spanish"). */
const SHARED_PREFIX = 2;

const cache = new WeakMap<SearchEngine, Map<string, string[]>>();

/** The folded words the coverage capitalises that are adjectives of the country's people; empty for any other word. */
export function coverageAdjectivesOf(country: string, engine: SearchEngine): string[] {
  const lower = country.toLowerCase();
  let byCountry = cache.get(engine);
  if (!byCountry) cache.set(engine, (byCountry = new Map<string, string[]>()));
  const cached = byCountry.get(lower);
  if (cached) return cached;
  const prefix = lower.slice(0, SHARED_PREFIX);
  const found =
    lower.length > SHARED_PREFIX && isPlaceName(lower)
      ? [...knownWordsOf(engine).names].filter(
          (name) =>
            name !== lower &&
            name.startsWith(prefix) &&
            countriesOfAdjective(name).some((place) => {
              const named = place.toLowerCase();
              return named === lower || named.endsWith(` ${lower}`);
            }),
        )
      : [];
  byCountry.set(lower, found);
  return found;
}
