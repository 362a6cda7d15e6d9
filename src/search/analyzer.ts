import { stemmer } from 'stemmer';
import { normalizeUnicode, straightenQuotes } from '../corpus/normalizeText.ts';
import { STOP_WORDS } from './stopWords.ts';

/** One word of a text as the index sees it: the folded surface form and its stem. */
export interface Token {
  surface: string;
  stem: string;
}

/** "U.S." -> "US", "U.K." -> "UK": dotted acronyms become one word before splitting. */
function joinAcronyms(text: string): string {
  return text.replace(/\b(?:\p{Lu}\.){2,}/gu, (acronym) => acronym.replaceAll('.', ''));
}

/** Lowercase, no diacritics: "Pyongyang's" and "PYÖNGYANG" fold alike. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words of a text, case kept, split at anything that is not a letter or digit. */
export function splitWords(text: string): string[] {
  return joinAcronyms(straightenQuotes(normalizeUnicode(text)))
    .replace(/'s\b/gi, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The index's form of one word, or null when it carries no topic. "US" (capitals) is the country, not "us". */
export function termOf(word: string): Token | null {
  const surface = word === 'US' ? 'usa' : foldWord(word);
  if (surface.length < 2 && !/\d/.test(surface)) return null;
  if (STOP_WORDS.has(surface)) return null;
  return { surface, stem: stemmer(surface) };
}

export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const word of splitWords(text)) {
    const token = termOf(word);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** Stems of a text: the terms MiniSearch indexes. */
export function termsOf(text: string): string[] {
  return tokensOf(text).map((token) => token.stem);
}
