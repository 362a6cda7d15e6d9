/** Small spelling helpers shared by question analysis and outlet recognition. */

/** Whether two words are at most one insertion, deletion, substitution or swap of neighbours apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diff = [...a].map((char, i) => (char !== b[i] ? i : -1)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** The word with each pair of neighbouring letters swapped: the commonest slip ("hybird", "nikkie"). */
export function spellingVariants(word: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    variants.push(word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2));
  return variants;
}

/** Edit distance (insertions, deletions, substitutions), or Infinity once it exceeds `max`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? Infinity) + 1,
        (current[j - 1] ?? Infinity) + 1,
        (previous[j - 1] ?? Infinity) + cost,
      );
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return Infinity;
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance <= max ? distance : Infinity;
}

/** British and American endings of the same word: "programme" and "program", "defence" and "defense". */
const REGIONAL_ENDINGS: readonly [RegExp, string][] = [
  [/mme$/, 'm'],
  [/(?<=[^aeiou]\w)am$/, 'amme'],
  [/our(s|ed|ing|ite|ites|able)?$/, 'or$1'],
  [/(?<=\w\w[^aeiou])or(s|ed|ing|ite|ites|able)?$/, 'our$1'],
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'],
  [/iz(e|es|ed|ing|ation|ations)$/, 'is$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/(?<=[^aeiou])re(s)?$/, 'er$1'],
  [/(?<=[^aeiou])er(s)?$/, 're$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ense(s)?$/, 'ence$1'],
  [/ogue(s)?$/, 'og$1'],
  [/(?<=[aeiou]l)og(s)?$/, 'ogue$1'],
  [/(?<=[aeiou])ll(ed|ing|er|ers)$/, 'l$1'],
  [/(?<=[aeiou])l(ed|ing|er|ers)$/, 'll$1'],
];

/**
 * The word as the other side of the Atlantic spells it, by the regular correspondences of their endings
 * ("programme" -> "program", "neighbours" -> "neighbors", "organisation" -> "organization", "centre" -> "center"):
 * candidates, for a word the coverage lacks to be looked up again.
 */
export function regionalSpellings(word: string): string[] {
  const lower = word.toLowerCase();
  const variants = new Set<string>();
  for (const [ending, replacement] of REGIONAL_ENDINGS)
    if (ending.test(lower)) variants.add(lower.replace(ending, replacement));
  variants.delete(lower);
  return [...variants];
}
