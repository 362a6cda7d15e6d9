import { createRequire } from 'node:module';

/**
 * Irregular inflections from WordNet's exception lists (the `wink-lexicon` package): "met" is a form of "meet",
 * "men" of "man". The stemmer cannot join them, so a question saying "meet" would miss a passage saying "met".
 * Loaded on first use and kept.
 */
type Exceptions = Record<string, string>;

let forms: Map<string, Set<string>> | null = null;

function load(): Map<string, Set<string>> {
  if (forms) return forms;
  const require = createRequire(import.meta.url);
  const lists = [
    require('wink-lexicon/src/wn-verb-exceptions.js'),
    require('wink-lexicon/src/wn-noun-exceptions.js'),
  ] as Exceptions[];
  forms = new Map();
  const link = (a: string, b: string) => {
    const known = forms?.get(a) ?? new Set<string>();
    known.add(b);
    forms?.set(a, known);
  };
  for (const list of lists) {
    for (const [form, base] of Object.entries(list)) {
      if (form === base || form.includes('_') || base.includes('_')) continue;
      link(form, base);
      link(base, form);
    }
  }
  return forms;
}

/** Every irregular form that goes with a word: its base and the base's other forms ("met" -> meet, meets is regular). */
export function irregularFormsOf(word: string): string[] {
  const lexicon = load();
  const direct = lexicon.get(word) ?? new Set<string>();
  const all = new Set<string>(direct);
  for (const base of direct) for (const form of lexicon.get(base) ?? []) all.add(form);
  all.delete(word);
  return [...all];
}
