/**
 * Transcripts name who speaks before each turn instead of with a verb: "YUKI SASAMOTO, TOKYO CORRESPONDENT: Very
 * small.", "Dr Antoine Ferrand: I think so.", and a briefing's "Q (Kyodo):" and "A:". A paragraph opening with
 * such a label is the labelled person's words, from the label to the paragraph's end.
 */
import { isCommonEnglishWord } from '../search/englishWords.ts';
import { isPlaceName, isPlacePhrase } from '../search/wordNet.ts';
import { isRoleWord } from './lexicon.ts';

/** What opens a transcript's paragraph. */
export type TurnLabel =
  | { kind: 'name'; nameWords: string[]; role: string | null; end: number }
  /** "A:": the answer of whoever answers the questions (the last named speaker). */
  | { kind: 'answer'; end: number }
  /** "Q:", "Q (Outlet):": a reporter's question, nobody's statement. */
  | { kind: 'question'; end: number };

/** A recording's time before the label: "[01:49] TOMAS REINHOLT:", "(00:12:05) Host:", "14:02 Q:". */
const TIMESTAMP = String.raw`(?:[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+)?`;
const QUESTION_OR_ANSWER = new RegExp(
  String.raw`^${TIMESTAMP}(Q|A|Question|Answer|QUESTION|ANSWER)(?:\s*\([^()\n]{1,80}\))?\s*:\s+(?=\S)`,
  'u',
);
/**
 * One to five capitalised words, then an optional part in brackets and an optional role after a comma, then the
 * colon and the words.
 */
const nameLabel = (bracketLength: number) =>
  new RegExp(
    String.raw`^${TIMESTAMP}(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?:\s*\(([^()\n]{2,${bracketLength}})\))?(?:,\s*([^:,\n]{2,60}?))?\s*:\s+(?=\S)`,
    'u',
  );
/**
 * A hearing's record gives a witness's whole title in brackets: "RAJESH KOTHARI (First Assistant Secretary,
 * International Policy Division, Department of Defence):", 79 letters.
 */
const NAME_LABEL = nameLabel(120);
const SHORT_NAME_LABEL = nameLabel(60);

/** Switches for the rules here, so the eval can print what each one is worth (ablation). */
export const LABEL_RULES = { bracketed: true, longTitles: true };
/** At least this many words after the label: a turn says something ("Editor's note: ..." is not a turn anyway). */
const MIN_TURN_WORDS = 2;

/** The label a paragraph opens with, or null when it opens with none. */
export function turnLabelOf(text: string): TurnLabel | null {
  const answer = QUESTION_OR_ANSWER.exec(text);
  if (answer) {
    const letter = (answer[1] ?? '').toLowerCase();
    return { kind: letter.startsWith('a') ? 'answer' : 'question', end: answer[0].length };
  }
  const match = (LABEL_RULES.longTitles ? NAME_LABEL : SHORT_NAME_LABEL).exec(text);
  if (!match) return null;
  const rest = text.slice(match[0].length);
  if (rest.split(/\s+/).filter(Boolean).length < MIN_TURN_WORDS) return null;
  const bracketed = match[2]?.trim();
  if (bracketed && !LABEL_RULES.bracketed) return null;
  const labelWords = (match[1] ?? '').split(/\s+/).map(caseOfName);
  const bracketedWords = bracketed?.split(/\s+/).map(caseOfName) ?? [];
  // "ANCHOR (TSUCHIDA):" is a role, then the name in brackets; "DR. IEVA KALNIETĖ-MOOR (BALTIC CENTRE FOR DEFENCE
  // STUDIES):" a name, then where they work.
  const roleThenName =
    bracketedWords.length > 0 &&
    /^\p{Lu}/u.test(bracketed ?? '') &&
    labelWords.every((word) => isRoleWord(word.toLowerCase()) || isCommonEnglishWord(word)) &&
    !bracketedWords.every((word) => isCommonEnglishWord(word));
  const nameWords = roleThenName ? bracketedWords : labelWords;
  // A name has a word that is no common English word: "Clara Benning", "Wen Jiahao"; not "Breaking News:",
  // "Related Coverage:", "Key Points:" (a name made only of common words, "Mark Young", is passed over).
  if (nameWords.every((word) => isCommonEnglishWord(word))) return null;
  // A dateline is no speaker: "TOKYO, June 8:", "Seoul:", "KUALA LUMPUR:".
  if (
    /\d/.test(match[3] ?? '') ||
    nameWords.every((word) => isPlaceName(word.toLowerCase())) ||
    (nameWords.length > 1 && isPlacePhrase(nameWords.join(' ')))
  )
    return null;
  const role = match[3]
    ? caseOfName(match[3].trim())
    : bracketed
      ? roleThenName
        ? labelWords.join(' ')
        : caseOfName(bracketed)
      : null;
  return { kind: 'name', nameWords, role, end: match[0].length };
}

/** "SASAMOTO" -> "Sasamoto", "TOKYO CORRESPONDENT" -> "Tokyo Correspondent"; words in mixed case are kept. */
function caseOfName(text: string): string {
  if (text !== text.toUpperCase() || !/\p{Lu}\p{Lu}/u.test(text)) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
