/**
 * English's combining forms of countries, as in "Sino-Russian ties", "a Franco-German plan", "the Russo-Japanese
 * war": a closed class of the language, as dictionaries list it. Each is read as its people's adjective.
 * ("Indo-", "Euro-", "Afro-" are left out: "Indo-Pacific", "Euro-Atlantic" name regions, not India or Europe.)
 */
const COMBINING_FORMS: ReadonlyMap<string, string> = new Map([
  ['sino', 'Chinese'],
  ['russo', 'Russian'],
  ['franco', 'French'],
  ['anglo', 'English'],
  ['nippo', 'Japanese'],
  ['italo', 'Italian'],
  ['germano', 'German'],
  ['hispano', 'Spanish'],
  ['luso', 'Portuguese'],
  ['greco', 'Greek'],
  ['graeco', 'Greek'],
  ['turco', 'Turkish'],
  ['austro', 'Austrian'],
  ['polono', 'Polish'],
]);

const BEFORE_HYPHEN = /(?<![\p{L}\p{N}'’-])(\p{L}+)(?=-\p{L})/gu;

/** A question with each combining form before a hyphen written as its adjective: "Sino-Russian" -> "Chinese-Russian". */
export function combiningFormsSpelledOut(question: string): string {
  return question.replace(BEFORE_HYPHEN, (word: string) => {
    const adjective = COMBINING_FORMS.get(word.toLowerCase());
    if (!adjective) return word;
    return /^\p{Ll}/u.test(word) ? adjective.toLowerCase() : adjective;
  });
}
