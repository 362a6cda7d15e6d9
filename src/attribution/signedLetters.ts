import type { Passage } from '../corpus/types.ts';
import { MIN_SIGNATURES, signedParagraphOf } from '../corpus/signatures.ts';
import type { Span } from './types.ts';
import { resolveName } from './speakerPhrase.ts';
import type { ArticleState, Attributed } from './speakerResolution.ts';

/** A letter of a letters page (corpus/signatures.ts): the passage it is signed in, and where its words end there. */
export interface SignedLetter {
  /** The passage ending with the signature. */
  signed: number;
  /** The signature's name words, and what follows the name ("former defence attaché in Tokyo, Kingsbridge"). */
  nameWords: string[];
  signature: string;
}

/**
 * Each passage of a letters page's letters, with the letter it belongs to: the passage ending with a signature and
 * those above it in its section, back to the previous letter. Null when the article is not signed letters.
 */
export function signedLettersOf(passages: readonly Passage[]): Map<number, SignedLetter> | null {
  const letters = passages.flatMap((passage, index) => {
    const signed = signedParagraphOf(passage.text);
    return signed ? [{ signed: index, nameWords: signed.nameWords, signature: signed.signature }] : [];
  });
  if (letters.length < MIN_SIGNATURES) return null;
  const letterOf = new Map<number, SignedLetter>();
  let previous = -1;
  for (const letter of letters) {
    const section = passages[letter.signed]?.section ?? null;
    letterOf.set(letter.signed, letter);
    for (let index = letter.signed - 1; index > previous && passages[index]?.section === section; index--)
      letterOf.set(index, letter);
    previous = letter.signed;
  }
  return letterOf;
}

/** A letter's words in one of its passages: the whole passage, but for the signature the last one ends with. */
export function letterSpanOf(passage: Passage): Span {
  const text = signedParagraphOf(passage.text)?.text ?? passage.text;
  return { start: text.length - text.trimStart().length, end: text.trimEnd().length };
}

/**
 * Who signed a letter: the signature's name ("Commander (retd) Philip Aske"), with what follows the name as their
 * role ("former defence attaché in Tokyo, Kingsbridge"). Null when the name resolves to no person.
 */
export function signerOf(letter: SignedLetter, state: ArticleState): Attributed | null {
  const named = resolveName(letter.nameWords, [], state.directory, state.local);
  if (!named || named.speaker.kind !== 'person') return null;
  state.introduce(named.speaker, named.name);
  const after = letter.signature.slice(letter.signature.indexOf(',') + 1).trim();
  const role = [named.role, after].filter(Boolean).join(', ') || null;
  if (role) state.roles.set(named.speaker.canonical, role);
  return { speaker: named.speaker, role, mention: named.name };
}
