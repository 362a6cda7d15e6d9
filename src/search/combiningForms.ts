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

/** Combining forms of region words, as region names join them ("Indo-Pacific", "Euro-Atlantic", "Afro-Asian"). */
const REGION_FORMS: ReadonlyMap<string, string> = new Map([
  ['indian', 'Indo'],
  ['european', 'Euro'],
  ['african', 'Afro'],
  ['asian', 'Asia'],
  ['asia', 'Asia'],
]);

const REGIONS_APART =
  /\b(Indian|European|African|Asian|Asia)(?:\s+Oceans?)?\s+(?:and|&)\s+(?:the\s+)?(Pacific|Atlantic|Asian|Asia)(?:\s+Oceans?)?\b/giu;

/**
 * "the Indian and Pacific Ocean region" -> "the Indo-Pacific region": two regions named apart, as the compound that
 * names them together, where the coverage writes it (`written` says whether it has the compound's parts).
 */
export function regionsJoined(question: string, written: (form: string, second: string) => boolean): string {
  return question.replace(REGIONS_APART, (whole: string, first: string, second: string) => {
    const form = REGION_FORMS.get(first.toLowerCase());
    const name = second.charAt(0).toUpperCase() + second.slice(1).toLowerCase();
    return form && form.toLowerCase() !== second.toLowerCase() && written(form, name) ? `${form}-${name}` : whole;
  });
}
