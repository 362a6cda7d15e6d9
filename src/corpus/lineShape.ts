import { isPlaceName } from '../search/wordNet.ts';
import { BYLINE_IN_PLACE } from './boilerplatePatterns.ts';
import { wordCount } from './normalizeText.ts';
import { BYLINE_AFFILIATION, ROLE_NOUNS, ROLE_WORDS, SPOKE_TO } from './outletPatterns.ts';
import { findDate } from './parseDate.ts';

/** Ends like a sentence: full stop, question or exclamation mark, ellipsis, perhaps inside closing quotes. */
export const ENDS_SENTENCE = /[.!?…]["'”’»)\]*]*$/;
/** An initialism's last letter and stop ("to go to U.S.", "at the U.N."): no sentence ends there by its shape. */
const ENDS_INITIALISM = /(?:^|[\s(])(?:\p{Lu}\.){2,}["'”’»)\]*]*$/u;

/** Ends as a sentence does, not with an initialism a headline may close on ("... missiles to go to U.S."). */
export function endsAsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text) && !ENDS_INITIALISM.test(text);
}
const BULLET = /^\s*(?:[•·◦▪▫●○■□‣⁃–—*+-]|\d{1,2}[.)])\s+/;
const TICKER_LABEL = /^([^:]{2,40}):\s+\S/;

/** Leading list bullet removed, and whether there was one. */
export function stripBullet(line: string): { text: string; bulleted: boolean } {
  const match = line.match(BULLET);
  return match ? { text: line.slice(match[0].length), bulleted: true } : { text: line, bulleted: false };
}

/** Switches for the rules here, so that a test can show what each one does. */
export const LINE_SHAPE_RULES = {
  /** "The office would likely be staffed by one or two officials;": a clause of a list that runs as a sentence. */
  clausesInLists: true,
};

/** A body paragraph: a finished sentence of some length, or long enough to be running text anyway. */
export function isProseShaped(text: string): boolean {
  const words = wordCount(text);
  // A sentence may be followed by a note in brackets: "... the day before leaders arrived. (Photo: R. Vaitkutė)".
  const sentence = text.replace(/\s*\([^()]{1,80}\)\s*$/u, '');
  // A clause ending on a semicolon is one of a list's, the sentence running on to the next: no heading ends so.
  const clause = LINE_SHAPE_RULES.clausesInLists && /;$/.test(text);
  return (words >= 6 && ENDS_SENTENCE.test(sentence)) || (words >= 8 && (/:$/.test(text) || clause)) || words >= 25;
}

/** Between the items of a menu, crumbs or a list of links on one line: "All News | Politics | N.Korea", "Facebook · X". */
const NAVIGATION_SEPARATOR = /\s*[|·•›»]\s*|\s+[>/]\s+/u;
/** A menu item is a name of a few words, never a sentence. */
export const NAVIGATION_ITEM_MAX_WORDS = 3;
const NAVIGATION_MIN_ITEMS = 3;

/**
 * The items of a line that is a row of links (a menu, breadcrumbs, a language switcher, social links): three or
 * more short names between separators, none a sentence. Null for any other line.
 */
export function navigationItems(text: string): string[] | null {
  const items = text.split(NAVIGATION_SEPARATOR).map((item) => item.trim());
  if (items.length < NAVIGATION_MIN_ITEMS) return null;
  const named = items.filter((item) => item !== '');
  const isItem = (item: string) => {
    const words = wordCount(item);
    return words >= 1 && words <= NAVIGATION_ITEM_MAX_WORDS && !/[.!?:;,]["'”’]*$/.test(item);
  };
  if (named.length < NAVIGATION_MIN_ITEMS) return null;
  // Breadcrumbs end with the section the page sits in, which may run longer: "Briefings › China › Ministry of
  // Foreign Affairs", "Transcripts > China > Ministry of Foreign Affairs".
  const crumbs = (/[›»]/u.test(text) || /\s>\s/u.test(text)) && !/[|·•]/u.test(text);
  const last = named.at(-1) ?? '';
  const lastIsItem = crumbs ? wordCount(last) <= CRUMB_MAX_WORDS && !/[.!?:;,]["'”’]*$/.test(last) : isItem(last);
  return named.slice(0, -1).every(isItem) && lastIsItem ? named : null;
}

/** Between the items of a menu laid out with wide gaps: "News   Business   World   Opinion". */
const WIDE_GAP = / {3,}|\t+/;
/** A row of items set apart by wide gaps only is a menu from this many items (a title and a label are two). */
const GAPPED_MIN_ITEMS = 4;

/**
 * Whether a line as the page lays it out is a menu of items set apart by wide gaps, no separator characters
 * between them: "News   Business   Baltics   World   Vilnius Summit 2023   Opinion".
 */
export function isGappedMenu(raw: string): boolean {
  const items = raw.trim().split(WIDE_GAP);
  return (
    items.length >= GAPPED_MIN_ITEMS &&
    items.every((item) => {
      const words = wordCount(item);
      return words >= 1 && words <= NAVIGATION_ITEM_MAX_WORDS && !/[.!?:;,]["'”’]*$/.test(item);
    })
  );
}

/** The last of a trail of breadcrumbs names a section, in a few more words than a menu item. */
const CRUMB_MAX_WORDS = 6;

/** "Israeli media: ...", "AFP: ..." — the label of a wire-ticker line, lowercased; null when the line has none. */
export function tickerLabel(text: string): string | null {
  const match = text.match(TICKER_LABEL);
  const label = match?.[1];
  if (!label || wordCount(label) > 6 || /[.!?"“”]/.test(label)) return null;
  return label.toLowerCase();
}

/**
 * Runs of characters other than letters and digits, except those that are already one space: replacing every run,
 * spaces between words included, built a new string piece by piece for every word of a long line.
 */
const NOT_ONE_SPACE = / ?[^\p{L}\p{N} ][^\p{L}\p{N}]*| {2,}[^\p{L}\p{N}]*/gu;

/** A comparison key for repeated lines: lowercase letters and digits only, one space between runs of them. */
export function repetitionKey(text: string): string {
  return text.toLowerCase().replace(NOT_ONE_SPACE, ' ').trim();
}

/** Words a title leaves in lower case ("Does It Have Anything to Do With Ukraine?"). */
export const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'nor',
  'for',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'as',
  'vs',
  'via',
  'into',
  'onto',
  'per',
  'than',
  'over',
  'off',
  'up',
  'out',
  'amid',
  'after',
  'about',
]);

/** Title case: every word capitalised but the small ones, and most words capitalised. */
export function isTitleShaped(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < 2) return false;
  let capitalised = 0;
  for (const word of words) {
    if (/^[\p{Lu}\p{N}]/u.test(word)) capitalised++;
    else if (!MINOR_WORDS.has(word.toLowerCase())) return false;
  }
  return capitalised >= words.length * 0.6;
}

/** Longer lines are never names that people spoke to (a subheading has at most 14 words). */
const SPOKEN_TO_NAME_MAX_CHARS = 300;
const SPOKE_TO_PHRASE = new RegExp(`\\b(?:${SPOKE_TO.join('|')})\\s+`, 'gu');
const THE = /the\s+/uy;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * Which of `names` `text` says people spoke to ("..., told Sputnik.", "speaking to the Nikkei"): such a name is an
 * outlet, not a subheading. One pass over `text`: where each verb of speech leaves off (and after a "the"), the text
 * is read along a trie of the names, so the time is the text's length times at most the longest name, whatever
 * the number of names. (A pattern per name, over the whole body, was quadratic on a page of many short lines.)
 */
export function namesSpokenTo(names: Iterable<string>, text: string): Set<string> {
  interface Node {
    next: Map<string, Node>;
    name: string | null;
  }
  const root: Node = { next: new Map(), name: null };
  for (const name of names) {
    if (name.length > SPOKEN_TO_NAME_MAX_CHARS) continue;
    let node = root;
    for (const char of name) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { next: new Map(), name: null }));
      node = child;
    }
    node.name = name;
  }
  const spoken = new Set<string>();
  if (root.next.size === 0) return spoken;
  const readFrom = (start: number) => {
    let node: Node | undefined = root;
    let at = start;
    while (node) {
      // The name ends where no letter or digit follows.
      if (node.name !== null && !LETTER_OR_DIGIT.test(text.slice(at, at + 2))) spoken.add(node.name);
      if (at >= text.length) break;
      const char = String.fromCodePoint(text.codePointAt(at) as number);
      node = node.next.get(char);
      at += char.length;
    }
  };
  for (const match of text.matchAll(SPOKE_TO_PHRASE)) {
    const end = match.index + match[0].length;
    readFrom(end);
    THE.lastIndex = end;
    if (THE.test(text)) readFrom(THE.lastIndex);
  }
  return spoken;
}

/**
 * A byline naming the writer's outlet and job: "KEN MORIYASU, Nikkei Asia diplomatic correspondent | Europe" ->
 * writer "KEN MORIYASU", outlet "Nikkei Asia". The outlet is null when the affiliation is only a job ("Staff Writer").
 * Null when the line is not such a byline (prose naming a correspondent goes on past the job).
 */
export function affiliatedByline(text: string): { writer: string; outlet: string | null } | null {
  const match = text.replace(/^by\s+/i, '').match(BYLINE_AFFILIATION);
  const writer = match?.[1];
  const words = match?.[2]?.trim().split(/\s+/) ?? [];
  if (!writer || words.length > 10 || !ROLE_NOUNS.has((words.at(-1) ?? '').toLowerCase())) return null;
  while (
    words.length > 0 &&
    (ROLE_WORDS.has((words.at(-1) ?? '').toLowerCase()) || /^\p{Ll}/u.test(words.at(-1) ?? ''))
  )
    words.pop();
  const outlet = words.join(' ');
  // "Asia correspondent" names a beat, not an outlet: a single place name is never one.
  const beat = words.length === 1 && isPlaceName(outlet);
  return { writer, outlet: outlet && !beat && words.every((word) => /^[\p{Lu}\p{N}&]/u.test(word)) ? outlet : null };
}

/**
 * Words are shorter than this: a run of printable ASCII without a space this long is a base64 blob, minified code,
 * a hash or an entity flood (the longest English words have about 45 letters), unless it is a web address.
 */
export const LONGEST_WORD_CHARS = 60;
// Each pattern starts only where its run starts, so each character is read once.
const LONG_ASCII_RUN = new RegExp(`(?<![\\x21-\\x7e])[\\x21-\\x7e]{${LONGEST_WORD_CHARS},}`, 'g');
const WEB_ADDRESS = /^[^\p{L}\p{N}]{0,3}(?:https?:\/\/|www\.)/iu;
/** Prose never goes this many characters without a letter or a digit (a rule of dashes, a flood of `&`). */
const NO_WORD_RUN = /(?<![^\p{L}\p{N}])[^\p{L}\p{N}]{40,}/gu;
/** Lines shorter than this (in characters other than spaces) are judged by the other rules, never by their mix of characters. */
const SHAPE_MIN_CHARS = 20;
/** Characters of code and markup that prose has almost none of (bars are left out: menus and datelines use them). */
const CODE_CHARS = new Set([...'{}[]<>=\\^~'].map((char) => char.charCodeAt(0)));
const VOWELS = new Set([...'aeiouyAEIOUY'].map((char) => char.charCodeAt(0)));
const LETTER_OR_DIGIT_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * A line's text without the runs that are not prose, judged by shape only: a long run of ASCII without a space
 * (not a web address), a long run without letters or digits; and '' when what is left is not prose-shaped
 * (isNonProseShaped). Linear in the line's length.
 */
export function withoutNonProse(text: string): string {
  const kept = text
    .replace(LONG_ASCII_RUN, (run) => (WEB_ADDRESS.test(run) ? run : ' '))
    .replace(NO_WORD_RUN, (run) => (run.trim() ? ' ' : run));
  return isNonProseShaped(kept) ? '' : kept;
}

/**
 * Code, markup or encoded data rather than running text, by the mix of its characters: fewer than half of them
 * letters or digits, or a share of braces, brackets, angle brackets and equals signs that prose never has (one in 25),
 * or, over 40 Latin letters, fewer than one in five a vowel (English has about two in five).
 */
export function isNonProseShaped(text: string): boolean {
  let chars = 0;
  let wordChars = 0;
  let code = 0;
  let latin = 0;
  let vowels = 0;
  // Read by character code (a pattern per character tripled the cleaning time of a 5 MB line).
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    if (unit === 0x20) continue;
    chars += 1;
    const lower = unit | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      wordChars += 1;
      latin += 1;
      if (VOWELS.has(unit)) vowels += 1;
    } else if (unit >= 0x30 && unit <= 0x39) {
      wordChars += 1;
    } else if (unit < 0x80) {
      if (CODE_CHARS.has(unit)) code += 1;
    } else {
      const width = unit >= 0xd800 && unit <= 0xdbff && at + 1 < text.length ? 2 : 1;
      if (LETTER_OR_DIGIT_CHAR.test(text.slice(at, at + width))) wordChars += 1;
      at += width - 1;
    }
  }
  if (chars < SHAPE_MIN_CHARS) return false;
  return wordChars < chars * 0.5 || (code >= 4 && code >= chars * 0.04) || (latin >= 40 && vowels < latin * 0.2);
}

/** A name without the punctuation and spaces around it: " Hanbit News Agency. " -> "Hanbit News Agency". */
export function tidyName(name: string): string {
  return name.replace(/^[\s,.:;–—-]+|[\s,.:;–—-]+$/g, '').replace(/\s+/g, ' ');
}

/** What may stand before "by" in a byline: a genre ("Commentary by", "Analysis by", "Story by"), never a credit. */
export const BYLINE_LABEL = /^(?:(\p{L}+)\s+)?by\s+(?=\S)/iu;
/** Words before "by" that credit pictures or production rather than name the writer ("Photos by ..."). */
const CREDIT_LABEL = /^(photos?|pictures?|images?|video|graphics?|illustrations?|design|music|data|animation)$/i;

/** The field label some pages print before the writer's name: "Text: Lena Berg, Vilnius", "Words: ...", "Author: ...". */
const BYLINE_FIELD = /^(?:text|words|author|authors|written by|reporter|reporters|reporting)\s*:\s*(?=\p{Lu})/iu;
/** A writer's place after their name: "Lena Berg, Vilnius". */
const NAME_THEN_PLACE = /^(\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+){1,3}),\s+(\p{Lu}[\p{L}-]+)$/u;

/** "Text: Lena Berg, Vilnius": a byline field's label and names, perhaps the writer's place after them. */
export function isFieldByline(text: string): boolean {
  const label = text.match(BYLINE_FIELD);
  if (!label || wordCount(text) > LABELLED_BYLINE_MAX_WORDS) return false;
  const names = text.slice(label[0].length);
  return NAMES.test(names) || NAME_THEN_PLACE.test(names);
}

/** A person's name alone on a line: two to four capitalised words, no digits. */
const PERSON_NAME = /^\p{Lu}[\p{Ll}'.-]+(?:[\s-]\p{Lu}[\p{Ll}'.-]+){1,3}$/u;
const ROLE_LINE_MAX_WORDS = 4;

/**
 * A writer's name over their job, on two lines ("Marcus Lim" / "Regional Correspondent", "Seoul correspondent"):
 * the job ends with a role noun and holds only role words and capitalised ones (a beat, a place).
 */
export function isNameAndRole(name: string, role: string): boolean {
  const roleWords = role.split(/\s+/);
  const last = (roleWords.at(-1) ?? '').toLowerCase();
  const nameLast = (name.split(/\s+/).at(-1) ?? '').toLowerCase();
  return (
    PERSON_NAME.test(name) &&
    !ROLE_WORDS.has(nameLast) &&
    roleWords.length <= ROLE_LINE_MAX_WORDS &&
    ROLE_NOUNS.has(last) &&
    roleWords.every((word) => ROLE_WORDS.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(word))
  );
}

/** Capitalised names, perhaps several: "Astrid Holm", "Jane Roe, John Smith and Ana Ruiz". */
const NAMES = /^\p{Lu}[\p{L}'.-]*(?:(?:,\s*|\s+(?:and|&)\s+|\s+)\p{Lu}[\p{L}'.-]*)*$/u;
const LABELLED_BYLINE_MAX_WORDS = 8;

/** "Commentary by Astrid Holm": a capitalised genre and "by" opening a short line of nothing but names. */
export function isLabelledByline(text: string): boolean {
  const label = text.match(BYLINE_LABEL);
  const genre = label?.[1];
  return (
    !!genre &&
    /^\p{Lu}/u.test(genre) &&
    !CREDIT_LABEL.test(genre) &&
    wordCount(text) <= LABELLED_BYLINE_MAX_WORDS &&
    NAMES.test(text.slice(label[0].length))
  );
}

/**
 * The writer of a byline line: "By Jane Doe" and "Jane Doe in Seoul" -> "Jane Doe"; "KEN MORIYASU, Nikkei Asia ...
 * correspondent" -> "KEN MORIYASU"; "Commentary by Astrid Holm" -> "Astrid Holm"; "By Mina Cho | June 2, 2023" ->
 * "Mina Cho" (what follows a separator or a date is not the writer).
 */
export function writerOf(bylineText: string): string {
  const unlabelled = bylineText.replace(BYLINE_FIELD, '');
  const placed = unlabelled.match(NAME_THEN_PLACE);
  if (placed?.[1] && placed[2] && isPlaceName(placed[2])) return tidyName(placed[1]);
  const affiliated = affiliatedByline(unlabelled);
  if (affiliated) return tidyName(affiliated.writer);
  let text = unlabelled.replace(BYLINE_LABEL, '').split(/\s[|·•]\s?/)[0] ?? '';
  const date = findDate(text);
  if (date && text.indexOf(date.text) > 0) text = text.slice(0, text.indexOf(date.text));
  return tidyName(text.replace(BYLINE_IN_PLACE, (line) => line.replace(/\sin\s[^]*$/, '')));
}

/** The people a byline names: "Priya Raman, Eleanor Fitch and Tom Hadley" -> the three of them. */
export function writersOf(bylineText: string): string[] {
  return writerOf(bylineText)
    .split(/,\s*|\s+(?:and|&)\s+/)
    .map(tidyName)
    .filter((name) => wordCount(name) >= 2);
}
