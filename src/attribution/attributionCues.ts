/**
 * The attributions of a sentence: where a reporting verb, an "according to" or a "reported by" stands, the
 * speaker phrase it goes with (before the verb, after it, or the sentence's subject for a participle clause),
 * and on which side of the attribution the statement lies. Read on the text with quotations masked, so nothing
 * inside a quotation is taken as an attribution.
 */
import {
  ACCORDING_TO,
  BETWEEN_SPEAKER_AND_VERB,
  DESCRIPTION_HEADS,
  INTRO_WORDS,
  REPORTING_VERB_FORMS,
  ROLE_NOUNS,
  reportedVerb,
  type VerbForm,
} from './lexicon.ts';
import { MASK } from './quotes.ts';
import { phraseAtEnd, phraseAtStart, resolveName, wordsOf, type Word } from './speakerPhrase.ts';
import {
  nameInside,
  resolvePhrase,
  withRole,
  type ArticleState,
  type Attributed,
  type Found,
} from './speakerResolution.ts';
import type { Span } from './types.ts';

/** An attribution found in a sentence, before its statement is cut out. */
export interface Cue {
  verb: string;
  verbStart: number;
  verbEnd: number;
  /** Where the attribution (speaker and verb) begins and ends. */
  start: number;
  end: number;
  /**
   * before: the statement follows ("X said that ..."); after: it precedes ("..., X said");
   * around: the attribution sits inside it ("The alliance, according to Kim, hopes ..."); split: a participle or
   * a second verb continuing the previous speaker (", adding that ...").
   */
  mode: 'before' | 'after' | 'around' | 'split';
  /** Resolved speakers; empty for a split cue until its speaker is inherited. */
  who: Attributed[];
  /** For split cues: where the preceding statement must end (the comma or "and" before the participle). */
  boundary: number;
  /** Where the statement starts for 'before' cues whose speaker follows the verb ("according to the outlet, which ..., X"). */
  contentFrom?: number;
}

const VERB_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${REPORTING_VERB_FORMS.map((verb) => verb.form.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);
/** VERB_PATTERN for a test, not a scan. */
const REPORTING_VERB = new RegExp(VERB_PATTERN.source, 'u');
const VERB_BY_FORM = new Map(REPORTING_VERB_FORMS.map((verb) => [verb.form, verb]));
const ACCORDING_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${ACCORDING_TO.map((cue) => cue.replace(/ /g, '\\s+')).join('|')})\\s+`,
  'giu',
);
const VIA_PATTERN =
  /\b(?:carried|reported|published|aired|broadcast|quoted)\s+by\s+|\b(?:interview|remarks|comments|statement)\s+(?:to|with)\s+/gu;
/** Words that start an adjunct after a verb ("said in a statement", "said when addressed ...") rather than what was said. */
export const ADJUNCT_START =
  /^(?:in|on|at|during|when|while|last|earlier|after|before|this|to|from|via|through|late|as|over|of|by|yesterday|today|tonight|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\b/u;
const BETWEEN = new RegExp(
  `(?:\\s+(?:${BETWEEN_SPEAKER_AND_VERB.map((word) => word.replace(/ /g, '\\s+')).join('|')}|\\p{Ll}+ly))+\\s*$`,
  'u',
);
/** What may end a speaker phrase on the left: a comma, a quote mark, a dash, a bracket, the masked words of a quote. */
const LEFT_BOUNDARY = /[,;:()“”"‘–—\u2219]/u;

/** Nothing to attribute without a reporting verb, an "according to" or a quotation mark: most passages are skipped at this test. */
export const ANY_CUE = new RegExp(`${VERB_PATTERN.source}|${ACCORDING_PATTERN.source}|["“”'‘’«»„]`, 'iu');

/** The attributions of one sentence, in order, each with its speakers resolved. */
export function cuesOf(masked: string, sentence: Span, state: ArticleState, text: string): Cue[] {
  const body = masked.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  for (const match of body.matchAll(ACCORDING_PATTERN)) {
    const cue = accordingCue(masked, sentence, sentence.start + (match.index ?? 0), match[0], state, text);
    if (cue) cues.push(cue);
  }
  for (const match of body.matchAll(VERB_PATTERN)) {
    const verbStart = sentence.start + (match.index ?? 0);
    const verbEnd = verbStart + match[0].length;
    if (cues.some((cue) => verbStart >= cue.start && verbStart < cue.end)) continue;
    const form = VERB_BY_FORM.get(match[0].replace(/\s+/g, ' '));
    if (!form) continue;
    const cue = verbCue(masked, sentence, verbStart, verbEnd, form, state, text);
    if (cue) cues.push(cue);
  }
  cues.sort((a, b) => a.verbStart - b.verbStart);
  // A participle or a second verb keeps the speaker of the nearest attribution before it, else the sentence's subject.
  for (const [at, cue] of cues.entries()) {
    if (cue.mode !== 'split') continue;
    const previous = cues
      .slice(0, at)
      .reverse()
      .find((other) => other.who.length > 0);
    cue.who = previous ? previous.who : subjectOf(masked, sentence, state, text);
  }
  if (CUE_RULES.sentencePronouns) pronounsOfSentenceSpeakers(cues);
  return cues.filter((cue) => cue.who.length > 0);
}

/** A pronoun's kind of speaker: "it" a body or a state, the others a person. */
const SPEAKER_PRONOUN = /^(?:it|he|she)$/i;

/**
 * "The Russian Embassy said that Japan's cooperation with what it called “a hostile bloc” ...": a pronoun speaking
 * after a speaker of its kind in the same sentence is that speaker, not whoever spoke before the sentence (the
 * sentence's speakers are noted only once it is read).
 */
function pronounsOfSentenceSpeakers(cues: Cue[]): void {
  const isBody = (who: Attributed) => who.speaker.kind !== 'person';
  for (const [at, cue] of cues.entries()) {
    const [pronoun] = cue.who;
    if (cue.who.length !== 1 || !pronoun || !SPEAKER_PRONOUN.test(pronoun.mention)) continue;
    const body = /^it$/i.test(pronoun.mention);
    const earlier = cues
      .slice(0, at)
      .reverse()
      .find((other) => other.who.length === 1 && other.verbEnd <= cue.start);
    const [speaker] = earlier?.who ?? [];
    if (speaker && isBody(speaker) === body && speaker.speaker.canonical !== pronoun.speaker.canonical)
      cue.who = [{ ...speaker, mention: pronoun.mention }];
  }
}

/** "X said", "X has also criticized", ", adding that", "and hints that", "“...,” said X". */
function verbCue(
  masked: string,
  sentence: Span,
  verbStart: number,
  verbEnd: number,
  form: VerbForm,
  state: ArticleState,
  text: string,
): Cue | null {
  const after = masked.slice(verbEnd, sentence.end);
  const nextWord = after.match(/^\s*([\p{L}]+)/u)?.[1] ?? '';
  if (form.onlyBeforePause && !/^\s*(?:[,.;:!?–—]|$)/u.test(after)) return null;
  // "Putin was quoted as saying": the "was" belongs to the verb, and the subject before it is the speaker.
  const be = form.afterBe
    ? masked.slice(sentence.start, verbStart).match(/\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$/u)
    : null;
  if (form.afterBe && !be) return null;
  const left = masked.slice(sentence.start, verbStart - (be?.[0].length ?? 0));
  const betweenMatch = left.match(BETWEEN);
  const leftEnd = verbStart - (be?.[0].length ?? 0) - (betweenMatch?.[0].length ?? 0);
  const between = betweenMatch?.[0] ?? '';
  // "with Moscow described as": a past participle before "as" or "by" is a passive unless "has" makes it active.
  if (form.pastParticiple && /^(?:as|by)$/.test(nextWord) && !/\b(?:has|have|had)\b/.test(between)) return null;
  if (!form.afterBe && /\b(?:was|were|is|are|been|being|be)(?:\s+\p{Ll}+ly)*\s*$/u.test(left)) return null;
  // "North Korea's state news agency": after a possessive comes a noun, never the verb ("state", "report", "claim").
  if (/\p{L}['’]s?\s*$/u.test(left)) return null;
  const base = { verb: form.form, verbStart, verbEnd, boundary: verbStart };
  // "the islands, which it calls Diaoyu": the verb's object is the relative pronoun; nothing said follows.
  if (/\bwhich\s+(?:it|he|she|they)\s*$/u.test(left) && !reportedVerb(form.form)?.clause) return null;

  if (form.participle) {
    // "..., with Secretary General Jens Stoltenberg saying Beijing was ...": the participle's own subject speaks.
    const own = withSubject(masked, sentence.start, leftEnd, state, text);
    if (own) return { ...base, start: own.start, end: verbEnd, mode: 'before', who: own.who };
    // Read on the unmasked text: in `called "global NATO," adding` the comma is inside the quotation.
    const trigger = text.slice(sentence.start, verbStart).match(PARTICIPLE_TRIGGER);
    if (!trigger) return null;
    const boundary = outsideQuote(verbStart - trigger[0].length, masked, text);
    return { ...base, start: boundary, end: verbEnd, mode: 'split', who: [], boundary };
  }

  // "European and North American states": a verb in -s after two names joined by "and" would not agree with them,
  // so the word is a plural noun.
  if (
    CUE_RULES.coordinatedPlurals &&
    THIRD_PERSON.test(form.form) &&
    COORDINATED_NAMES.test(left.slice(0, leftEnd - sentence.start))
  )
    return null;
  const subject = speakerBefore(masked, sentence.start, leftEnd, state, text);
  if (subject) {
    // "told reporters", "told the BBC", "told a joint press conference after the talks": the listener belongs to the
    // attribution, not to what was said.
    const heard = form.listenerObject
      ? (after.match(LISTENER_PHRASE)?.[0] ??
        after.match(/^\s+(?:the\s+)?[\p{L}\p{N}.'’-]+(?:\s+[\p{Lu}][\p{L}\p{N}.'’-]*)*/u)?.[0] ??
        '')
      : '';
    // A full stop after the listener ends the sentence ("told reporters."), unless the word is dotted ("the U.S.").
    const listener = heard.length - (/[^.\s]\.$/u.test(heard) && !/\.[^.\s]+\.$/u.test(heard) ? 1 : 0);
    const end = verbEnd + listener;
    return {
      ...base,
      start: subject.start,
      end,
      mode: modeOf(masked, text, sentence, subject.start, end),
      who: subject.who,
    };
  }
  const coordinated = masked.slice(sentence.start, leftEnd).match(/,?\s+and(?:\s+also)?\s*$/u);
  if (coordinated)
    return {
      ...base,
      start: leftEnd - coordinated[0].length,
      end: verbEnd,
      mode: 'split',
      who: [],
      boundary: leftEnd - coordinated[0].length,
    };
  // "“...,” said Mao."
  if (/(?:,\s*["”’']|["”’'],)\s*$/u.test(text.slice(sentence.start, verbStart))) {
    const words = wordsUntilBoundary(masked, verbEnd, sentence.end);
    const found = phraseAtStart(words, (phrase) => resolvePhrase(phrase, state, masked, sentence, text));
    if (found) return { ...base, start: verbStart, end: found.end, mode: 'after', who: found.who };
  }
  return null;
}

/** A listener of a few words after a determiner, up to a preposition, "that" or the sentence's end. */
const LISTENER_PHRASE =
  /^\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?=\s+(?:after|before|on|in|at|during|following|that|when|while|as|by)\b|\s*[.,;:!?]|\s*$)/u;

/** "according to the Nikkei Asia outlet, ...", "..., as per the Nikkei Asia news website.", "X, according to Kim, ..." */
function accordingCue(
  masked: string,
  sentence: Span,
  cueStart: number,
  cueText: string,
  state: ArticleState,
  text: string,
): Cue | null {
  const phraseStart = cueStart + cueText.length;
  const words = wordsUntilBoundary(masked, phraseStart, sentence.end);
  const found = phraseAtStart(words, (phrase) => resolvePhrase(phrase, state, masked, sentence, text));
  if (!found) return null;
  const base = {
    verb: cueText.trim(),
    verbStart: cueStart,
    verbEnd: cueStart + cueText.trimEnd().length,
    start: cueStart,
    end: found.end,
    who: found.who,
    boundary: cueStart,
  };
  const before = masked.slice(sentence.start, cueStart).trim();
  let rest = found.end;
  // "According to the outlet, which cited both Japanese and NATO officials, ..."
  const relative = masked.slice(rest, sentence.end).match(/^,\s*(?:which|who)\b[^,]*/u);
  if (relative) rest += relative[0].length;
  const afterText = masked.slice(rest, sentence.end);
  if (before === '' || isIntro(before))
    return { ...base, mode: 'before', contentFrom: rest + (afterText.match(/^[,\s]*/u)?.[0].length ?? 0) };
  if (isPause(afterText)) return { ...base, mode: 'after' };
  return { ...base, mode: 'around' };
}

/** Whether the statement comes before the attribution ("..., X said."), after it, or around it. */
function modeOf(masked: string, text: string, sentence: Span, speakerStart: number, verbEnd: number): Cue['mode'] {
  const before = masked.slice(sentence.start, speakerStart).trim();
  if (before === '' || !/[,”"’'\u2219]$/u.test(before)) return 'before';
  const after = masked.slice(verbEnd, sentence.end);
  const split = text.slice(verbEnd, sentence.end).search(SPLIT_AHEAD);
  if (isPause(split >= 0 ? after.slice(0, split) : after)) return 'after';
  // "..., the JCS said, the latest in a string of tests": a noun phrase after the attribution describes the news.
  if (/^\s*,\s*(?:the|a|an)\s+\p{Ll}/u.test(after)) return 'after';
  if (/^\s*,/u.test(after) && !isIntro(before)) return 'around';
  return 'before';
}

/** Nothing said after the attribution: the sentence ends, or only an adjunct follows ("in a statement last month"). */
function isPause(text: string): boolean {
  const rest = text.replace(/[.!?…"”’'\s]+$/u, '').trim();
  if (rest === '') return true;
  // An adjunct may carry an aside: "after the talks, the first visit to Japan by ... in 14 years".
  const aside = /,\s+(?:the|a|an|which|who|whose|where|when)\b/u.test(rest);
  return ADJUNCT_START.test(rest) && !/\bthat\b/u.test(rest) && !rest.includes(MASK) && (!rest.includes(',') || aside);
}

/** A comma (inside or outside a closing quote) before a participle: ", adding", ",” also pointing to", ", while describing". */
const PARTICIPLE_TRIGGER = /(?:,\s*["”’']?|["”’'],)\s*(?:also\s+|while\s+)?$|\bwhile\s+$/u;

/** The speaker of an absolute participle: "with <speaker> saying ...", the phrase filling the words after "with". */
function withSubject(
  masked: string,
  sentenceStart: number,
  end: number,
  state: ArticleState,
  text: string,
): Found | null {
  let from = end;
  while (from > sentenceStart && !LEFT_BOUNDARY.test(masked[from - 1] ?? '')) from--;
  const words = wordsOf(masked.slice(from, end), from);
  const at = words.findLastIndex((word) => word.text === 'with');
  const first = words[at + 1];
  if (at < 0 || !first) return null;
  const sentence = { start: sentenceStart, end };
  return phraseAtEnd(words.slice(at + 1), (phrase) =>
    phrase.start === first.start && phrase.end === words.at(-1)?.end
      ? resolvePhrase(phrase, state, masked, sentence, text)
      : null,
  );
}
const SPLIT_AHEAD = /(?:,\s*["”’']?|["”’'],)\s*(?:also\s+|while\s+)?\p{Ll}+ing\b/u;

/** A position moved past the quotation it falls in, so a statement never ends inside quotation marks. */
function outsideQuote(at: number, masked: string, text: string): number {
  let position = at;
  while (masked[position] === MASK) position++;
  if (position > at && /["”’']/u.test(text[position] ?? '')) position++;
  return position;
}

/** An adjunct or a participle clause set off by commas between a subject and its verb. */
const INTERPOSED = new RegExp(`^(?:\\p{Ll}+ing\\b|(?:${ADJUNCT_START.source.slice(1)}))`, 'u');

/** Prepositions after which a name is what the subject is of or where it is, not the subject itself. */
const PREPOSITION = /^(?:of|from|in|at|with|for|to|near|by)$/u;
const LOCATIVE = /^(?:in|at|near|from|to)$/u;

/** "Meanwhile", "In April", "Elsewhere in his remarks", "Speaking in an interview ...": not the sentence's subject. */
function isIntro(before: string): boolean {
  const first = before.match(/^[\p{L}]+/u)?.[0]?.toLowerCase() ?? '';
  return INTRO_WORDS.has(first);
}

/** Switches for the rules below, so that a test can show what each one does. */
export const CUE_RULES = {
  bareRoleAppositive: true,
  coordinatedPlurals: true,
  /** "The embassy said ... what it called “...”": a pronoun after a speaker of its kind in the sentence is them. */
  sentencePronouns: true,
  /** "A DFA official who asked not to be named told ...": the subject is before an unpunctuated "who" clause. */
  relativeUnpunctuated: true,
};

/**
 * "who asked not to be named because he was not authorized to speak publicly ": a relative clause of a person
 * running, with no comma, from the subject to the verb. Its own last word may not be "who" (then the verb is the
 * clause's: "the official who said ...").
 */
const RELATIVE_BEFORE_VERB = /\s+who\s+[^,;:()“”"‘–—]*\S\s*$/u;

/** A verb's third-person form ("states", "claims", "stresses"), not its past or participle. */
const THIRD_PERSON = /^\p{Ll}+[^s]s$|^\p{Ll}+sses$/u;
/** Two names joined by "and" right before ("European and North American"). */
const COORDINATED_NAMES = /\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*\s*$/u;

/**
 * "director of the Margalla Centre", "senior fellow at ...": a role with no article, as news writes one after a
 * name. Its head (after at most two lowercase modifiers) is a role word, so "Moscow, however, said" has none.
 */
function bareRole(segment: string): boolean {
  if (!CUE_RULES.bareRoleAppositive) return false;
  const words = segment.trim().split(/\s+/).slice(0, 3);
  const head = words.findIndex((word) => ROLE_NOUNS.has(word) || DESCRIPTION_HEADS[word] === 'person');
  return head >= 0 && words.slice(0, head + 1).every((word) => /^\p{Ll}+$/u.test(word));
}

/** The speaker named just before a verb, skipping an appositive name's commas and a relative clause ("Russia, which ..., has"). */
function speakerBefore(
  masked: string,
  sentenceStart: number,
  end: number,
  state: ArticleState,
  text: string,
): Found | null {
  const sentence = { start: sentenceStart, end };
  let left = masked.slice(sentenceStart, end);
  let leftEnd = end;
  const trailingComma = left.match(/,\s*$/u);
  if (trailingComma) {
    const withoutComma = left.slice(0, -trailingComma[0].length);
    const segmentStart = Math.max(withoutComma.lastIndexOf(','), -1) + 1;
    const segment = withoutComma.slice(segmentStart);
    // Between subject and verb, a relative clause ("Russia, which ..., has"), an adjunct ("A spokesman ..., in a press
    // statement issued on Friday, accused") or a participle clause ("Stoltenberg, speaking at a news conference in
    // Vilnius, said"): the subject is before it.
    if (/^\s*(?:which|who)\b/u.test(segment) || INTERPOSED.test(segment.trimStart())) {
      // Relative clause between subject and verb: look before it.
      left = withoutComma.slice(0, Math.max(0, segmentStart - 1));
      leftEnd = sentenceStart + left.length;
    } else if (/^\s*(?:an?|the)\s+\p{Ll}/u.test(segment) || bareRole(segment)) {
      // Role after the name: "Jane Doe, a senior analyst at the institute, said", "Jane Doe, director of ..., said".
      const previous = withoutComma.slice(0, Math.max(0, segmentStart - 1));
      const from = previous.lastIndexOf(',') + 1;
      const words = wordsOf(previous.slice(from), sentenceStart + from);
      const found = phraseAtEnd(words, (phrase) =>
        phrase.type === 'name' && phrase.end === words.at(-1)?.end
          ? resolvePhrase(phrase, state, masked, sentence, text)
          : null,
      );
      if (!found) return null;
      const role = text.slice(sentenceStart + segmentStart, sentenceStart + withoutComma.length).trim();
      return { ...found, who: found.who.map((who) => withRole(who, role, state)) };
    } else {
      // Appositive: "an official with the Foreign Ministry's Japan Research Center, Kim Seol-hwa, said".
      const words = wordsOf(segment, sentenceStart + segmentStart);
      const found = phraseAtStart(words, (phrase) =>
        phrase.type === 'name' && phrase.end === words.at(-1)?.end
          ? resolvePhrase(phrase, state, masked, sentence, text)
          : null,
      );
      if (!found) return null;
      const previous = withoutComma.slice(0, Math.max(0, segmentStart - 1));
      const roleStart = previous.lastIndexOf(',') + 1;
      const role = text.slice(sentenceStart + roleStart, sentenceStart + previous.length).trim();
      // Only a description ("an official with ...") is a role; "In comments carried by KCNA on Monday" is not.
      if (!/^(?:an?|the)\s+\p{Ll}/iu.test(role)) return found;
      return { ...found, who: found.who.map((who) => withRole(who, role, state)) };
    }
  }
  const relative = CUE_RULES.relativeUnpunctuated ? RELATIVE_BEFORE_VERB.exec(left) : null;
  // A verb of saying inside it is the sentence's own ("who asked not to be named said Tokyo had taken note"): the
  // clause ends before it, and this verb is none of the subject's.
  if (relative && !REPORTING_VERB.test(relative[0])) {
    left = left.slice(0, relative.index);
    leftEnd = sentenceStart + left.length;
  }
  let from = leftEnd;
  while (from > sentenceStart && !LEFT_BOUNDARY.test(masked[from - 1] ?? '')) from--;
  const words = wordsOf(masked.slice(from, leftEnd), from);
  const found = phraseAtEnd(words, (phrase) =>
    phrase.end === words.at(-1)?.end ? resolvePhrase(phrase, state, masked, sentence, text) : null,
  );
  if (!found) return found;
  if (found.who.some((who) => who.speaker.kind === 'person')) {
    // "A Japanese government official travelling with the prime minister, ..., said": the person after the
    // preposition is who the subject was with; the subject is someone unnamed before it.
    const at = words.findIndex((word) => word.start === found.start) - 1;
    const before = words.slice(0, Math.max(0, at));
    if (at < 1 || !PREPOSITION.test(words[at]?.text ?? '') || !before.some((word) => /^an?$/iu.test(word.text)))
      return found;
    return phraseAtEnd(before, (phrase) =>
      phrase.end === before.at(-1)?.end ? resolvePhrase(phrase, state, masked, sentence, text) : null,
    );
  }
  // "Rep. Lee Jae-myung of the main opposition Democratic Party criticized", "NHK's correspondent in Beijing reports":
  // a body or place after a preposition (and up to three lowercase words) is what the subject belongs to or where
  // it is; the subject is the name before the preposition, and nobody when there is none and it is of place.
  let at = words.findIndex((word) => word.start === found.start) - 1;
  while (
    at >= 0 &&
    at >= words.findIndex((word) => word.start === found.start) - 4 &&
    /^\p{Ll}/u.test(words[at]?.text ?? '') &&
    !PREPOSITION.test(words[at]?.text ?? '')
  )
    at--;
  const preposition = words[at]?.text ?? '';
  if (at < 0 || !PREPOSITION.test(preposition)) return found;
  const head = words.slice(0, at);
  const before = phraseAtEnd(head, (phrase) =>
    phrase.end === head.at(-1)?.end ? resolvePhrase(phrase, state, masked, sentence, text) : null,
  );
  return before ?? (LOCATIVE.test(preposition) ? null : found);
}

/** The sentence's subject, after an opening phrase ("In April, NATO Secretary-General Jens Stoltenberg visited ..."). */
export function subjectOf(masked: string, sentence: Span, state: ArticleState, text: string): Attributed[] {
  let from = sentence.start;
  const head = masked.slice(sentence.start, sentence.end);
  const comma = head.indexOf(',');
  if (comma >= 0 && isIntro(head.slice(0, comma))) from = sentence.start + comma + 1;
  const found = phraseAtStart(wordsUntilBoundary(masked, from, sentence.end), (phrase) =>
    resolvePhrase(phrase, state, masked, sentence, text),
  );
  return found?.who ?? [];
}

/** Words for a piece of speech: "the statement", "the criticism", "his remarks". */
const SPEECH_PIECE =
  /\b(?:statements?|remarks|comments?|criticism|accusations?|commentary|article|warning|denunciation|condemnation)\b/u;
/** How a piece of speech is tied to who put it out: "was issued by", "attributed to", "came from". */
const AUTHOR_VERB =
  '(?:was\\s+|were\\s+)?(?:(?:issued|made|released|written|delivered|published|penned|signed)\\s+by|attributed\\s+to|came\\s+from)';
/**
 * A piece of speech, then within the clause who put it out: "The statement, carried by KCNA, was issued by Kim
 * Seol-hwa", "The criticism came from Kim Seol-hwa", "a statement attributed to Kim Seol-hwa", and "It was issued by
 * ..." after the sentence naming it. Group 1 is that "It", group 2 the verb as written; the name starts where the
 * match ends.
 */
const AUTHORED = new RegExp(
  `(?:${SPEECH_PIECE.source}[^.!?;]{0,100}?|^\\s*(It)\\s+)\\b(${AUTHOR_VERB})\\s+(?=\\p{Lu})`,
  'u',
);
/** A text that ties anyone named to something put out, where no verb of saying or quotation may be. */
const AUTHOR_NAMED = new RegExp(`\\b${AUTHOR_VERB}\\s+\\p{Lu}`, 'u');
/** How far back "It was issued by" looks for the piece of speech it refers to: the sentence before. */
const PIECE_BEFORE_CHARS = 300;

/** Whether a text may say who put out a piece of speech: read even where no verb of saying or quotation is. */
export function mayNameAuthor(text: string): boolean {
  return AUTHOR_NAMED.test(text);
}

/** Who a sentence says put out a piece of speech ("The statement ... was issued by Kim Seol-hwa"), with the verb. */
export function authorOf(
  masked: string,
  sentence: Span,
  state: ArticleState,
  text: string,
): { who: Attributed[]; verb: string } | null {
  const match = AUTHORED.exec(masked.slice(sentence.start, sentence.end));
  if (!match) return null;
  // "It was issued by ..." only after a sentence naming the statement: "It was made by Lockheed Martin" is a product's.
  if (match[1] && !SPEECH_PIECE.test(masked.slice(Math.max(0, sentence.start - PIECE_BEFORE_CHARS), sentence.start)))
    return null;
  const from = sentence.start + match.index + match[0].length;
  const found = phraseAtStart(wordsUntilBoundary(masked, from, sentence.end), (phrase) =>
    resolvePhrase(phrase, state, masked, sentence, text),
  );
  const who = found?.who.filter((one) => one.speaker.kind === 'person') ?? [];
  return who.length > 0 ? { who, verb: (match[2] ?? '').replace(/\s+/g, ' ') } : null;
}

/** Words from `start` up to the next comma, quote, bracket or dash. */
function wordsUntilBoundary(masked: string, start: number, end: number): Word[] {
  let stop = start;
  while (stop < end && !/[,;:()“”"–—\u2219]/u.test(masked[stop] ?? '')) stop++;
  return wordsOf(masked.slice(start, stop), start);
}

/** The outlet that carried the words, when the sentence says so: "in remarks reported by the state-run KCNA". */
export function viaOf(masked: string, sentence: Span, state: ArticleState): string | null {
  for (const match of masked.slice(sentence.start, sentence.end).matchAll(VIA_PATTERN)) {
    const start = sentence.start + (match.index ?? 0) + match[0].length;
    const words = wordsUntilBoundary(masked, start, sentence.end);
    const found = phraseAtStart(words, (phrase) => {
      if (phrase.type === 'description') return nameInside(phrase.words, 'outlet', state)?.speaker ?? null;
      if (phrase.type !== 'name') return null;
      const named = resolveName(phrase.words, phrase.roleWords, state.directory, state.local);
      return named && named.speaker.kind === 'outlet' ? named.speaker : null;
    });
    if (found) return found.canonical;
  }
  return null;
}
