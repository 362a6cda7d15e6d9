import { escapeRegExp } from '../regExpText.ts';
import { QUESTION_OPENING_WORDS } from './chatPreamble.ts';

/** A clause boundary inside a question: a dash, comma, semicolon, colon or an earlier sentence's end. */
const BOUNDARY = /[—–,;:?!.]|\s-\s/gu;
/** "was it on ...", "or is that ...", "did he mean ...": a clause that puts a guess to the answer. */
const GUESS_OPENING =
  /^\s*(?:(?:or|and)\s+)?(?:(?:was|is|were|are|did|does|do)\s+(?:it|that|this|he|she|they)|(?:it|that)\s+(?:was|is))\b/i;
/** A question word: the part before the guess asks something of its own. */
const WH_WORD = /\b(?:where|when|who|whom|what|which|how|why)\b/i;

/**
 * Whether `label` stands only in a guess put after a question of its own: "where did he say that — was it on
 * Rossiya 24?", "who first said it, was it Putin?", or in options offered after it of which another is `known`
 * ("which agency carried it, KCNA or Yonhap?"). The guess may be wrong; the question before it still stands, so a
 * name the coverage lacks there does not make the question unanswerable.
 */
export function onlyInGuess(
  question: string,
  label: string,
  known: (option: string) => boolean = () => false,
): boolean {
  const at = question.indexOf(label);
  if (at < 0 || question.indexOf(label, at + label.length) >= 0) return false;
  const before = question.slice(0, at);
  const boundaries = [...before.matchAll(BOUNDARY)];
  const last = boundaries.at(-1);
  if (!last || last.index === undefined) return false;
  const clause = before.slice(last.index + last[0].length);
  const asking = WH_WORD.test(before.slice(0, last.index));
  if (GUESS_OPENING.test(clause) && asking) return true;
  // "Which agency carried it, KCNA or Yonhap?": options offered after the question, one of which it may be; when
  // the coverage knows none of them ("Yonhap or Kyodo?"), the question is about what it lacks.
  if (!GUESS_RULES.options) return false;
  for (const boundary of boundaries) {
    const from = (boundary.index ?? 0) + boundary[0].length;
    const rest = question.slice(from);
    if (from > at || !WH_WORD.test(question.slice(0, boundary.index)) || !OPTIONS.test(rest)) continue;
    return rest
      .split(/\s*,\s*|\s+or\s+/)
      .filter((option) => option.trim() !== '' && !option.includes(label))
      .some((option) => known(option.replace(/[?.!]+\s*$/, '').trim()));
  }
  return false;
}

/** Up to four words of an alternative beside "or", within its clause. */
const ALTERNATIVE_WORDS = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.-]*){0,3}`;

/**
 * The alternatives put beside `label` with "or" ("Some Russian leader, Lavrov or Putin maybe, said ...", "the
 * author - CounterPunch or Global Research's own staff?"), or none.
 */
function alternativesOf(question: string, label: string): string[] {
  const escaped = escapeRegExp(label);
  const after = new RegExp(String.raw`${escaped}\s*,?\s+or\s+(${ALTERNATIVE_WORDS})`, 'u').exec(question)?.[1];
  const before = new RegExp(String.raw`(${ALTERNATIVE_WORDS})\s*,?\s+or\s+${escaped}`, 'u').exec(question)?.[1];
  return [after, before].filter((option): option is string => option !== undefined);
}

/**
 * Whether `label` is one of alternatives joined by "or" of which another is `known`: "Some Russian leader, Lavrov or
 * Putin maybe, said ... Which one was it?". Either alternative answers it, so the coverage lacking one does not
 * make the question unanswerable; lacking all does.
 */
export function onlyInAlternative(question: string, label: string, known: (option: string) => boolean): boolean {
  if (!GUESS_RULES.alternatives) return false;
  return alternativesOf(question, label).some((option) => known(option));
}

/** Switches for the rules here, so the eval can print what each one is worth (ablation). */
export const GUESS_RULES = {
  alternatives: true,
  options: true,
  background: true,
  hedged: true,
  comparandum: true,
  acquaintances: true,
  colonQuestion: true,
  likenedBefore: true,
  doubtedAttribution: true,
  appositives: true,
};

/** A short closing clause of options: "KCNA or Yonhap?", "was it RT, TASS or Sputnik?". */
const OPTIONS =
  /^\s*(?:(?:was|is)\s+it\s+)?(?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.-]*){0,2}(?:\s*,\s*[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.-]*){0,2})*\s*,?\s+or\s+(?:the\s+)?[\p{L}\p{N}][\p{L}\p{N}'’.-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}'’.-]*){0,2}\s*[?.!]*\s*$/u;

/** A sentence about the one asking: "My nephew lives in Wellington.", "I teach history in Osaka." */
const ASKER_OPENING = /^\s*(?:my|our|i|we|i['’]m|i['’]ve|i['’]d|we['’]re)\b/i;
/** Someone the asker knows, as a sentence opens on them: "A friend of mine lives in ...", "a colleague of ours". */
const ACQUAINTANCE_OPENING = /^\s*(?:a|an|one)\s+(?:\p{L}+\s+){1,2}of\s+(?:mine|ours)\b/iu;

/** Whether a sentence opens on the one asking or someone they know. */
export function aboutAsker(sentence: string): boolean {
  return ASKER_OPENING.test(sentence) || (GUESS_RULES.acquaintances && ACQUAINTANCE_OPENING.test(sentence));
}
/** Verbs that put a claim into a sentence about the asker ("I read that ...", "my friend told me ..."). */
const HEARD =
  /\b(?:read|heard|hear|saw|seen|see|told|tells?|learn(?:ed|t)?|noticed|claim(?:s|ed)?|say(?:s)?|said|reports?|reported|think|thought|believe[sd]?)\b/i;

/**
 * Whether `label` stands only in a sentence about the one asking, before the question ("My nephew lives in
 * Wellington and asked me whether ... Which outlets name New Zealand ...?"): who asks is no premise of the
 * question. A sentence that passes on something read or heard ("I read that Kim Jong Un said ...") is one.
 */
export function onlyInBackground(question: string, label: string): boolean {
  if (!GUESS_RULES.background) return false;
  const sentence = earlierSentenceHolding(question, label)?.sentence;
  return sentence !== undefined && !sentence.trimEnd().endsWith('?') && aboutAsker(sentence) && !HEARD.test(sentence);
}

/** A word likening one thing to another: "a bit like SEATO", "reminiscent of", "akin to", "compared with". */
const LIKENING = String.raw`(?:like|unlike|similar\s+to|reminiscent\s+of|akin\s+to|compared\s+(?:to|with)|as\s+with)`;

/**
 * Whether `label` stands only in an earlier sentence, as what something is likened to: "The Quad gets called a
 * mini-NATO sometimes, a bit like SEATO back in the day. Which of these stories ...?" The likening is the asker's
 * aside, not what the question asks about.
 */
export function onlyInLikening(question: string, label: string): boolean {
  if (!GUESS_RULES.likenedBefore) return false;
  const sentence = earlierSentenceHolding(question, label)?.sentence;
  if (!sentence || sentence.trimEnd().endsWith('?')) return false;
  const likened = String.raw`\b${LIKENING}\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?${escapeRegExp(label)}(?![\p{L}])`;
  return new RegExp(likened, 'iu').test(sentence);
}

/** A colon before a question word ends what comes before it as a sentence: "..., so I'll pass it on: what did ...". */
const COLON_BEFORE_QUESTION = new RegExp(`(?<=:)\\s+(?=(?:${QUESTION_OPENING_WORDS})\\b)`, 'i');

/** The one sentence holding `label`, when it is not the question's last, and that last sentence; null otherwise. */
function earlierSentenceHolding(question: string, label: string): { sentence: string; last: string } | null {
  const sentences = question
    .split(/(?<=[.!?])\s+/)
    .flatMap((sentence) => (GUESS_RULES.colonQuestion ? sentence.split(COLON_BEFORE_QUESTION) : [sentence]));
  const holding = sentences.filter((sentence) => sentence.includes(label));
  const [sentence] = holding;
  const last = sentences.at(-1) ?? '';
  return holding.length === 1 && sentence !== undefined && sentence !== last ? { sentence, last } : null;
}

/** Words that hedge a sentence as the asker's uncertain memory: "back in 2021 I think?", "if I remember right". */
const HEDGE =
  /\b(?:i\s+(?:think|believe|guess|suppose|reckon)|if\s+i\s+(?:remember|recall)(?:\s+(?:right|correctly))?|i['’]m\s+not\s+sure|not\s+sure|maybe|perhaps|or\s+so|or\s+something)\b/i;
/** A question that asks what was really so: "Which year was it really?", "what was the actual date?". */
const ASKS_CORRECTION = /\b(?:really|actually|actual|in\s+fact|exactly|correct(?:ly)?|truly|right\s+one)\b/i;
/** A number or a date, which a half-memory gets wrong and the question asks again; a name is a premise. */
const NUMBER_OR_DATE =
  /\d|^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** The question asks for a number or a date. */
const ASKS_NUMBER =
  /\b(?:when|(?:which|what)\s+(?:\p{L}+\s+)?(?:year|date|day|month|week|number|figure)|how\s+(?:many|much|long))\b/iu;

/**
 * Whether `label`, a number or a date, stands only in a sentence the asker hedges as a half-memory, before a
 * question asking for the real one: "Kishida was the first Japanese PM at a NATO gathering, back in 2021 I think?
 * Which year was it really?" The hedged detail is what the question asks to correct, so the coverage lacking it
 * does not answer for it. A name hedged so ("Kim Jong Un spoke, I think? What did he really say?") stays a premise.
 */
export function onlyInHedge(question: string, label: string): boolean {
  if (!GUESS_RULES.hedged) return false;
  const held = earlierSentenceHolding(question, label);
  if (!held) return false;
  const { sentence, last } = held;
  return NUMBER_OR_DATE.test(label) && HEDGE.test(sentence) && ASKS_NUMBER.test(last) && ASKS_CORRECTION.test(last);
}

/** A description set off by commas after a capitalised name: ", the Gaimusho's minister,", ", an aide to Kishida,". */
const APPOSITIVE =
  /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+((?:the|a|an|his|her|their|its)\s+[^,;:?!.]{2,60}?),/gu;

/**
 * Whether `label` stands only in a description set off by commas after a name that is `known`: "On what date did
 * Hayashi, the Gaimusho's minister, sit down with ...?". The name says who is asked about; the asker's description
 * of them, in words the coverage may not use, is no premise of the question.
 */
export function onlyInAppositive(question: string, label: string, known: (option: string) => boolean): boolean {
  if (!GUESS_RULES.appositives) return false;
  const at = question.indexOf(label);
  if (at < 0 || question.indexOf(label, at + label.length) >= 0) return false;
  for (const match of question.matchAll(APPOSITIVE)) {
    const from = (match.index ?? 0) + match[0].length - (match[2] ?? '').length - 1;
    const inside = at >= from && at + label.length <= from + (match[2] ?? '').length;
    if (inside && known(match[1] ?? '')) return true;
  }
  return false;
}

/**
 * A question that doubts who it was and asks to be put right: "Was it really him?", "Correct me if I've got the
 * wrong person", "or was it someone else?".
 */
const DOUBTS_WHO =
  /\b(?:(?:was|is)\s+(?:it|that)\s+(?:really|actually|truly)\s+(?:him|her|them)|correct\s+me|wrong\s+(?:person|name|one|man|woman|guy|official)|(?:was|is)\s+it\s+someone\s+else|or\s+someone\s+else|(?:mixing|mixed|mix)\s+(?:up|them\s+up))\b/iu;

/**
 * Whether `label` stands only in an earlier sentence passing on who said something, which a later one doubts: "I
 * read that Kim Jong Un himself said NATO wants ... Was it really him? Correct me if I've got the wrong person." The
 * name is the asker's guess to be checked, and the words said are what the coverage is searched for.
 */
export function onlyInDoubtedAttribution(question: string, label: string): boolean {
  if (!GUESS_RULES.doubtedAttribution) return false;
  const held = earlierSentenceHolding(question, label);
  if (!held) return false;
  const after = question.slice(question.indexOf(held.sentence) + held.sentence.length);
  return !held.sentence.trimEnd().endsWith('?') && HEARD.test(held.sentence) && DOUBTS_WHO.test(after);
}

/**
 * What something asked about is likened to: "offices like the one planned for Tokyo", "a deal similar to the one
 * signed with Seoul", "such as the ones in Europe". Its words describe the thing compared with, not the answer.
 */
const COMPARANDUM = /\b(?:like|unlike|similar\s+to|such\s+as|comparable\s+to|as)\s+the\s+ones?\b[^,;:?!.]*/giu;

/** Whether `label` stands only in the likening ("like the one planned for Tokyo"; see COMPARANDUM). */
export function onlyInComparandum(question: string, label: string): boolean {
  if (!GUESS_RULES.comparandum) return false;
  const at = question.indexOf(label);
  if (at < 0 || question.indexOf(label, at + label.length) >= 0) return false;
  for (const match of question.matchAll(COMPARANDUM)) {
    const from = match.index ?? 0;
    if (at >= from && at + label.length <= from + match[0].length) return true;
  }
  return false;
}
