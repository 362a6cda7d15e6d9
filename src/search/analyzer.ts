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

/** Words already made terms: a question reads the same few thousand words of its passages again and again. */
const knownTerms = new Map<string, Readonly<Token> | null>();
/** Past this many words the memory is cleared rather than grown (a corpus of 100k passages has about 50,000). */
const KNOWN_TERMS_MAX = 200_000;

/** The index's form of one word, or null when it carries no topic. "US" (capitals) is the country, not "us". */
export function termOf(word: string): Readonly<Token> | null {
  let term = knownTerms.get(word);
  if (term === undefined) {
    if (knownTerms.size >= KNOWN_TERMS_MAX) knownTerms.clear();
    term = makeTerm(word);
    knownTerms.set(word, term);
  }
  return term;
}

/** "the 1930s", "the '30s" and "the thirties" are one decade: its two digits and an s. */
const DECADE_DIGITS = /^(?:1\d|20)?(\d0)s$/;
const DECADE_WORDS: Record<string, string> = {
  twenties: '20s',
  thirties: '30s',
  forties: '40s',
  fifties: '50s',
  sixties: '60s',
  seventies: '70s',
  eighties: '80s',
  nineties: '90s',
};

function makeTerm(word: string): Readonly<Token> | null {
  const surface = word === 'US' ? 'usa' : foldWord(word);
  if (surface.length < 2 && !/\d/.test(surface)) return null;
  if (STOP_WORDS.has(surface)) return null;
  const decade = DECADE_WORDS[surface] ?? DECADE_DIGITS.exec(surface)?.[1]?.concat('s');
  return Object.freeze({ surface, stem: decade ?? stemmer(surface) });
}

export function tokensOf(text: string): Readonly<Token>[] {
  const tokens: Readonly<Token>[] = [];
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
