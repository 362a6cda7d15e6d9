import { termOf } from './analyzer.ts';

/** How far numbers are written out: names number their parts, wars, popes and summits in small numbers. */
const MAX_NUMBER = 20;
const WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
// "I", "V" and "X" are words and initials as often as numerals: left out.
const ROMAN = ',ii,iii,iv,,vi,vii,viii,ix,,xi,xii,xiii,xiv,xv,xvi,xvii,xviii,xix,xx'.split(',');

/** Each number's stems, by any one of them: "ii" -> [ii, 2, two]. */
const FORMS = new Map<string, string[]>();
for (let n = 1; n <= MAX_NUMBER; n++) {
  const forms = [String(n), termOf(WORDS[n - 1] ?? '')?.stem ?? '', ROMAN[n - 1] ?? ''].filter(Boolean);
  for (const form of forms) FORMS.set(form, forms);
}

/**
 * A name's other spellings of the number in it: "World War II" is "World War Two" and "World War 2"; "G7" is not
 * split, and a name with no number has none. Stem sequences, the name's own left out.
 */
export function numeralVariants(stems: readonly string[]): string[][] {
  const variants: string[][] = [];
  stems.forEach((stem, i) => {
    for (const form of FORMS.get(stem) ?? [])
      if (form !== stem) variants.push([...stems.slice(0, i), form, ...stems.slice(i + 1)]);
  });
  return variants;
}
