import { foldWord } from './analyzer.ts';
import { withinOneEdit } from './spelling.ts';

/**
 * Countries' names in Korean, as the Unicode CLDR (shipped in Node's ICU) writes them in Hangul, romanised as Revised
 * Romanization spells them: "일본" -> "ilbon", "북한" -> "bukhan", "미국" -> "miguk". A Korean reader may name a
 * country so in an English question. Keyed by the romanised name, to the country's English name.
 */
let namesInEnglish: ReadonlyMap<string, string> | undefined;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** CLDR's codes that name no country: user-assigned (QM-QZ, XA-XZ, AA, ZZ), unions and groupings (EU, EZ, UN). */
const NOT_A_COUNTRY = /^(?:AA|Q[M-Z]|X[A-Z]|ZZ|EU|EZ|UN)$/;
const HANGUL_NAME = /^[\uAC00-\uD7A3\s]+$/u;

function koreanNames(): ReadonlyMap<string, string> {
  if (namesInEnglish) return namesInEnglish;
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const korean = new Intl.DisplayNames(['ko'], { type: 'region', fallback: 'none' });
  const found = new Map<string, string>();
  for (const first of LETTERS.toUpperCase())
    for (const second of LETTERS.toUpperCase()) {
      const code = first + second;
      const name = NOT_A_COUNTRY.test(code) ? undefined : english.of(code);
      const hangul = name ? korean.of(code)?.normalize('NFC') : undefined;
      if (name && hangul && HANGUL_NAME.test(hangul)) found.set(romanisedHangul(hangul), name);
    }
  namesInEnglish = found;
  return namesInEnglish;
}

// Revised Romanization of Korean: a syllable's initial, vowel and final, in Unicode's order ("-": none).
const letters = (spelled: string) => spelled.split(' ').map((part) => (part === '-' ? '' : part));
const INITIALS = letters('g kk n d tt r m b pp s ss - j jj ch k t p h');
const VOWELS = letters('a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i');
/** A final consonant before another consonant or at the end of a word. */
const FINALS = letters('- k k k n n n t l k m l l l p l m p p t t ng t t k t p t');
/** The same final before a vowel, where it is carried over to the next syllable ("한국어" -> "hangugeo"). */
const FINALS_BEFORE_VOWEL = letters('- g kk ks n nj nh d r lg lm lb ls lt lp lh m b bs s ss ng j ch k t p h');
const SILENT_INITIAL = 11;

/** Korean in Hangul as Revised Romanization writes it, without its sound changes: "대한민국" -> "daehanminguk". */
export function romanisedHangul(text: string): string {
  const syllables = [...text].map((char) => {
    const code = (char.codePointAt(0) ?? 0) - 0xac00;
    return code >= 0 && code < 11172
      ? { initial: Math.floor(code / 588), vowel: Math.floor((code % 588) / 28), final: code % 28 }
      : null;
  });
  return syllables
    .map((syllable, i) => {
      if (!syllable) return [...text][i] === ' ' ? ' ' : '';
      const next = syllables[i + 1];
      const final = next?.initial === SILENT_INITIAL ? FINALS_BEFORE_VOWEL : FINALS;
      return `${INITIALS[syllable.initial] ?? ''}${VOWELS[syllable.vowel] ?? ''}${final[syllable.final] ?? ''}`;
    })
    .join('');
}

export const KOREAN_NAME_RULES = {
  /** "Junguk" for "Jungguk": a romanised name a letter off, when it is the only one so near. */
  oneSlipOff: true,
};

/** Fewest letters of a romanised name read when typed a letter off: shorter ones ("miguk") are too near others. */
const SLIP_MIN_LETTERS = 6;

/** The English name of the one romanised name of one word a letter off the word ("junguk" -> China), if one only. */
function nameOneSlipOff(word: string, names: ReadonlyMap<string, string>): string | undefined {
  if (word.length < SLIP_MIN_LETTERS - 1 || /\s/.test(word)) return undefined;
  const near = [...names].filter(
    ([romanised]) => romanised.length >= SLIP_MIN_LETTERS && !/\s/.test(romanised) && withinOneEdit(word, romanised),
  );
  return near.length === 1 ? near[0]?.[1] : undefined;
}

/** Most words a country's Korean name runs to, romanised ("namapeurika gonghwaguk"). */
const MOST_WORDS = 3;

/**
 * A question with each country the coverage names (`written`, by word as typed) named in Korean written in English:
 * "the Ilbon foreign minister" -> "the Japan foreign minister", "what does Bukhan think" -> "what does North Korea
 * think". A country the coverage never names is left as typed, to be refused in the asker's words; so is a word the
 * coverage writes or an English word (`english`).
 */
export function countriesNamedInEnglish(
  question: string,
  written: (word: string) => boolean,
  english: (word: string) => boolean,
): string {
  const names = koreanNames();
  // Words joined by hyphens only: "Bukhan's" is "Bukhan" and its "s".
  const words = [...question.matchAll(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu)];
  let result = '';
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    const first = words[i];
    if (!first || first.index < from) continue;
    for (let count = Math.min(MOST_WORDS, words.length - i); count >= 1; count--) {
      const last = words[i + count - 1];
      if (!last) continue;
      const end = last.index + last[0].length;
      const typed = question.slice(first.index, end);
      // The words of a name stand together, with spaces only between them.
      if (count > 1 && /[^\p{L}\p{M}\s]/u.test(typed)) continue;
      const folded = foldWord(typed).replace(/\s+/g, ' ');
      const inEnglish =
        names.get(folded) ?? (count === 1 && KOREAN_NAME_RULES.oneSlipOff ? nameOneSlipOff(folded, names) : undefined);
      if (!inEnglish || !inEnglish.split(/[\s-]+/).every(written)) continue;
      if (count === 1 && (written(typed) || english(typed))) break;
      result += question.slice(from, first.index) + inEnglish;
      from = end;
      break;
    }
  }
  return result + question.slice(from);
}
