/**
 * A letters page signs each letter under its last paragraph: "Brenda Okonjo, Birkdale", "Commander (retd) Philip
 * Aske, former defence attaché in Tokyo, Kingsbridge", "— Dr Mei Tanaka, Osaka". The signature is who wrote the
 * paragraphs above it, so it is kept at the end of the letter's last paragraph, after SIGNED (the writer's name and
 * place are then in the coverage, beside what they wrote), and the letter's paragraphs are its writer's words
 * (attribution/signedLetters.ts).
 */
import { isCommonEnglishWord } from '../search/englishWords.ts';
import { isPlaceName, isPlacePhrase } from '../search/wordNet.ts';

/**
 * An optional dash, then two to six capitalised words (a title and a bracketed "(retd)" among them), then one to
 * four parts after commas (a role, a street, a town), and no full stop: a line, not a sentence.
 */
const SIGNATURE =
  /^(?:[—–-]\s*)?((?:\p{Lu}[\p{L}'’.-]*|\((?:retd?|retired)\.?\))(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\((?:retd?|retired)\.?\))){1,5})((?:,\s*[^,.;:!?()"“”]{2,60}){1,4})$/u;
const MAX_WORDS = 16;
/** A signature's part is a role or a place: "former defence attaché in Tokyo", "Ashdown Road". */
const MAX_PART_WORDS = 7;
const CLAUSE_OPENER = /^(?:who|whom|whose|which|that|where|when|while|says?|said|opens?)\b/i;
/** Signatures a page needs to be a page of signed letters: one such line alone may be a credit or a byline. */
export const MIN_SIGNATURES = 2;

/** The signature's name words ("Commander", "Philip", "Aske") when `text` is shaped as one, else null. */
export function signatureNameOf(text: string): string[] | null {
  const line = text.trim();
  if (line.split(/\s+/).length > MAX_WORDS) return null;
  const match = SIGNATURE.exec(line);
  if (!match) return null;
  const words = (match[1] ?? '').split(/\s+/).filter((word) => !word.startsWith('('));
  // A name is written in mixed case ("See NATO, Page A6" is a jump line), and what follows it are short parts, not a
  // clause ("Foreign Minister Yoshimasa Hayashi, who confirmed ...").
  if (words.some((word) => !/\p{Ll}/u.test(word))) return null;
  const parts = (match[2] ?? '')
    .split(',')
    .slice(1)
    .map((part) => part.trim());
  if (parts.some((part) => part.split(/\s+/).length > MAX_PART_WORDS || CLAUSE_OPENER.test(part))) return null;
  // A name has a word no common English word is ("Okonjo"), and is no place ("South Korea, Seoul").
  const names = words.filter((word) => !isCommonEnglishWord(word));
  if (names.length === 0) return null;
  if (words.every((word) => isPlaceName(word.toLowerCase())) || isPlacePhrase(words.join(' '))) return null;
  return words;
}

/** The fields of a page's line that finding signatures reads and sets (cleanPage's PageLine). */
interface SignableLine {
  index: number;
  text: string;
  kind: string;
  rule: string;
}

/**
 * Marks a page's signed letters: each signature-shaped line right under a paragraph of the body, and not followed by
 * another paragraph (a line of that shape with prose under it is a subheading), gets the rule 'signature', when the
 * page has at least MIN_SIGNATURES of them; cleanPage then ends the paragraph above with it. The last letter's
 * signature may stand just below where the body was found to end: returns the body's end, moved down to it.
 */
export function markSignatures(lines: SignableLine[], bodyStart: number, bodyEnd: number): number {
  const printed = lines.filter((line) => line.kind !== 'blank');
  const signatures = printed.filter((line, position) => {
    const before = printed[position - 1];
    const after = printed[position + 1];
    return (
      line.kind === 'heading' &&
      line.rule === 'short line' &&
      line.index > bodyStart &&
      before?.kind === 'prose' &&
      before.index >= bodyStart &&
      before.index <= bodyEnd &&
      after?.kind !== 'prose' &&
      signatureNameOf(line.text) !== null
    );
  });
  if (signatures.length < MIN_SIGNATURES) return bodyEnd;
  for (const line of signatures) {
    line.kind = 'prose';
    line.rule = SIGNATURE_RULE;
  }
  return Math.max(bodyEnd, ...signatures.map((line) => line.index));
}

/** The rule of a line read as a letter's signature. */
export const SIGNATURE_RULE = 'signature';
/** Between a letter's last paragraph and its signature. */
export const SIGNED = ' — ';

/** A paragraph that ends a letter: its text without the signature, and the signature's name words; else null. */
export function signedParagraphOf(text: string): { text: string; signature: string; nameWords: string[] } | null {
  const at = text.lastIndexOf(SIGNED);
  if (at < 0) return null;
  const signature = text.slice(at + SIGNED.length);
  const nameWords = signatureNameOf(signature);
  return nameWords ? { text: text.slice(0, at), signature, nameWords } : null;
}
