import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { ACCORDING_TO, BETWEEN_SPEAKER_AND_VERB, DESCRIPTION_HEADS, INTRO_WORDS, REPORTING_VERB_FORMS, type VerbForm } from './lexicon.ts';
import { findQuotes, MASK, maskQuotes, outermost, sentenceSpans, type Quote } from './quotes.ts';
import { DEFAULT_DIRECTORY, nameKey, type KnownSpeaker, type SpeakerDirectory } from './speakerDirectory.ts';
import { phraseAtEnd, phraseAtStart, resolveName, wordsOf, type SpeakerPhrase, type Word } from './speakerPhrase.ts';
import type { SpeakerKind, Span, Statement } from './types.ts';

/**
 * Every attributed statement of the corpus, article by article and in reading order.
 *
 * Shapes recognised, in any sentence: "X said (that) ...", "“...,” X said", "X continued, ...", "..., X added",
 * "according to X, ..." / "..., as per X", "X, according to Y, ...", participle clauses that keep the speaker
 * (", adding that", ", claiming", ", citing", "while describing"), "and hints that", "what X called “...”", and a
 * quotation standing alone after a speaker's words (a quote continued across sentences or paragraphs).
 * Pronouns ("he", "it") and descriptions ("the Foreign Ministry official", "the outlet") refer back to the last
 * speaker of that kind in the article; "the NATO chief" and "the bloc" resolve through the speakers table.
 * Nothing inside a quotation is taken as an attribution: a speaker quoting someone else stays the speaker.
 */
export function extractStatements(corpus: Corpus, directory: SpeakerDirectory = DEFAULT_DIRECTORY): Statement[] {
  return corpus.articles.flatMap((article) => statementsOfArticle(article, directory));
}

export function statementsOfArticle(article: Article, directory: SpeakerDirectory = DEFAULT_DIRECTORY): Statement[] {
  const state = new ArticleState(directory);
  const statements: Statement[] = [];
  article.passages.forEach((passage, index) => {
    const found = statementsOfPassage(passage, index, state);
    found.forEach((statement, n) => statements.push({ ...statement, id: `${passage.id}~${n + 1}` }));
  });
  return statements;
}

/** A speaker as one statement names it. */
interface Attributed {
  speaker: KnownSpeaker;
  role: string | null;
  mention: string;
}

/** What the article has said so far about who speaks: pronouns and descriptions are resolved against it. */
class ArticleState {
  readonly local = new Map<string, KnownSpeaker>();
  readonly roles = new Map<string, string>();
  private readonly lastOfKind = new Map<SpeakerKind, Attributed>();
  private lastBody: Attributed | null = null;
  last: { who: Attributed; passage: number } | null = null;

  constructor(readonly directory: SpeakerDirectory) {}

  /** A person or body named in full: later sentences may use the family name ("Mao") or the first name alone. */
  introduce(speaker: KnownSpeaker, name: string): void {
    this.local.set(nameKey(name), speaker);
    const parts = name.split(/\s+/);
    if (speaker.kind === 'person' && parts.length > 1) {
      for (const part of [parts[0], parts.at(-1)]) if (part && !this.local.has(nameKey(part))) this.local.set(nameKey(part), speaker);
    }
  }

  spoke(who: Attributed, passage: number): void {
    this.last = { who, passage };
    this.lastOfKind.set(who.speaker.kind, who);
    if (who.speaker.kind !== 'person') this.lastBody = who;
    if (who.role && who.mention !== who.role) this.roles.set(who.speaker.canonical, who.role);
  }

  lastOf(kind: SpeakerKind): Attributed | null {
    return kind === 'person' ? (this.lastOfKind.get('person') ?? null) : kind === 'institution' ? this.lastBody : (this.lastOfKind.get(kind) ?? null);
  }

  roleOf(speaker: KnownSpeaker): string | null {
    return this.roles.get(speaker.canonical) ?? null;
  }
}

/** An attribution found in a sentence, before its statement is cut out. */
interface Cue {
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
const VERB_BY_FORM = new Map(REPORTING_VERB_FORMS.map((verb) => [verb.form, verb]));
const ACCORDING_PATTERN = new RegExp(`(?<![\\p{L}])(?:${ACCORDING_TO.map((cue) => cue.replace(/ /g, '\\s+')).join('|')})\\s+`, 'giu');
const VIA_PATTERN = /\b(?:carried|reported|published|aired|broadcast|quoted)\s+by\s+|\b(?:interview|remarks|comments|statement)\s+(?:to|with)\s+/gu;
/** Words that start an adjunct after a verb ("said in a statement", "said when addressed ...") rather than what was said. */
const ADJUNCT_START = /^(?:in|on|at|during|when|while|last|earlier|after|before|this|to|from|via|through|late|as|over|of)\b/u;
const BETWEEN = new RegExp(`(?:\\s+(?:${BETWEEN_SPEAKER_AND_VERB.map((word) => word.replace(/ /g, '\\s+')).join('|')}|\\p{Ll}+ly))+\\s*$`, 'u');
/** What may end a speaker phrase on the left: a comma, a quote mark, a dash, a bracket, the masked words of a quote. */
const LEFT_BOUNDARY = /[,;:()“”"‘–—\u2219]/u;
const DASH = /\s[–—]\s/gu;

/** Nothing to attribute without a reporting verb, an "according to" or a quotation mark: most passages are skipped at this test. */
const ANY_CUE = new RegExp(`${VERB_PATTERN.source}|${ACCORDING_PATTERN.source}|["“”'‘’«»„]`, 'iu');

function statementsOfPassage(passage: Passage, index: number, state: ArticleState): Omit<Statement, 'id'>[] {
  const text = passage.text;
  if (!ANY_CUE.test(text)) return [];
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  const statements: Omit<Statement, 'id'>[] = [];
  for (const sentence of sentenceSpans(text, quotes)) {
    const cues = cuesOf(masked, sentence, state, text);
    const via = viaOf(masked, sentence, state);
    if (cues.length === 0) {
      const continued = continuedQuote(text, sentence, quotes, state, index);
      if (continued) statements.push({ ...continued, passageId: passage.id, articleId: passage.articleId });
      continue;
    }
    for (const cue of cues) {
      const span = contentOf(cue, cues, sentence, masked);
      if (!span) continue;
      const { kind, span: trimmed } = classify(text, span, quotes);
      if (trimmed.end <= trimmed.start) continue;
      for (const who of cue.who) {
        state.spoke(who, index);
        statements.push({
          speaker: who.speaker.canonical,
          speakerKind: who.speaker.kind,
          role: who.role ?? state.roleOf(who.speaker),
          mention: who.mention,
          text: text.slice(trimmed.start, trimmed.end),
          kind,
          verb: text.slice(cue.verbStart, cue.verbEnd).replace(/\s+/g, ' '),
          via: via && via !== who.speaker.canonical ? via : null,
          passageId: passage.id,
          articleId: passage.articleId,
          span: trimmed,
        });
      }
    }
  }
  return statements.sort((a, b) => a.span.start - b.span.start || a.speaker.localeCompare(b.speaker));
}

/** The attributions of one sentence, in order, each with its speakers resolved. */
function cuesOf(masked: string, sentence: Span, state: ArticleState, text: string): Cue[] {
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
    const previous = cues.slice(0, at).reverse().find((other) => other.who.length > 0);
    cue.who = previous ? previous.who : subjectOf(masked, sentence, state, text);
  }
  return cues.filter((cue) => cue.who.length > 0);
}

/** "X said", "X has also criticized", ", adding that", "and hints that", "“...,” said X". */
function verbCue(masked: string, sentence: Span, verbStart: number, verbEnd: number, form: VerbForm, state: ArticleState, text: string): Cue | null {
  const after = masked.slice(verbEnd, sentence.end);
  const nextWord = after.match(/^\s*([\p{L}]+)/u)?.[1] ?? '';
  if (form.onlyBeforePause && !/^\s*(?:[,.;:!?–—]|$)/u.test(after)) return null;
  const left = masked.slice(sentence.start, verbStart);
  const betweenMatch = left.match(BETWEEN);
  const leftEnd = verbStart - (betweenMatch?.[0].length ?? 0);
  const between = betweenMatch?.[0] ?? '';
  // "with Moscow described as": a past participle before "as" or "by" is a passive unless "has" makes it active.
  if (form.pastParticiple && /^(?:as|by)$/.test(nextWord) && !/\b(?:has|have|had)\b/.test(between)) return null;
  if (/\b(?:was|were|is|are|been|being|be)(?:\s+\p{Ll}+ly)*\s*$/u.test(left)) return null;
  const base = { verb: form.form, verbStart, verbEnd, boundary: verbStart };

  if (form.participle) {
    // Read on the unmasked text: in `called "global NATO," adding` the comma is inside the quotation.
    const trigger = text.slice(sentence.start, verbStart).match(PARTICIPLE_TRIGGER);
    if (!trigger) return null;
    const boundary = outsideQuote(verbStart - trigger[0].length, masked, text);
    return { ...base, start: boundary, end: verbEnd, mode: 'split', who: [], boundary };
  }

  const subject = speakerBefore(masked, sentence.start, leftEnd, state, text);
  if (subject) {
    // "told reporters", "told the BBC": the listener belongs to the attribution, not to what was said.
    const listener = form.listenerObject ? (after.match(/^\s+(?:the\s+)?[\p{L}\p{N}.'’-]+(?:\s+[\p{Lu}][\p{L}\p{N}.'’-]*)*/u)?.[0].length ?? 0) : 0;
    const end = verbEnd + listener;
    return { ...base, start: subject.start, end, mode: modeOf(masked, text, sentence, subject.start, end), who: subject.who };
  }
  const coordinated = masked.slice(sentence.start, leftEnd).match(/,?\s+and(?:\s+also)?\s*$/u);
  if (coordinated) return { ...base, start: leftEnd - coordinated[0].length, end: verbEnd, mode: 'split', who: [], boundary: leftEnd - coordinated[0].length };
  // "“...,” said Mao."
  if (/(?:,\s*["”’']|["”’'],)\s*$/u.test(text.slice(sentence.start, verbStart))) {
    const words = wordsUntilBoundary(masked, verbEnd, sentence.end);
    const found = phraseAtStart(words, (phrase) => resolvePhrase(phrase, state, masked, sentence, text));
    if (found) return { ...base, start: verbStart, end: found.end, mode: 'after', who: found.who };
  }
  return null;
}

/** "according to the Nikkei Asia outlet, ...", "..., as per the Nikkei Asia news website.", "X, according to Kim, ..." */
function accordingCue(masked: string, sentence: Span, cueStart: number, cueText: string, state: ArticleState, text: string): Cue | null {
  const phraseStart = cueStart + cueText.length;
  const words = wordsUntilBoundary(masked, phraseStart, sentence.end);
  const found = phraseAtStart(words, (phrase) => resolvePhrase(phrase, state, masked, sentence, text));
  if (!found) return null;
  const base = { verb: cueText.trim(), verbStart: cueStart, verbEnd: cueStart + cueText.trimEnd().length, start: cueStart, end: found.end, who: found.who, boundary: cueStart };
  const before = masked.slice(sentence.start, cueStart).trim();
  let rest = found.end;
  // "According to the outlet, which cited both Japanese and NATO officials, ..."
  const relative = masked.slice(rest, sentence.end).match(/^,\s*(?:which|who)\b[^,]*/u);
  if (relative) rest += relative[0].length;
  const afterText = masked.slice(rest, sentence.end);
  if (before === '' || isIntro(before)) return { ...base, mode: 'before', contentFrom: rest + (afterText.match(/^[,\s]*/u)?.[0].length ?? 0) };
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
  if (/^\s*,/u.test(after) && !isIntro(before)) return 'around';
  return 'before';
}

/** Nothing said after the attribution: the sentence ends, or only an adjunct follows ("in a statement last month"). */
function isPause(text: string): boolean {
  const rest = text.replace(/[.!?…"”’'\s]+$/u, '').trim();
  if (rest === '') return true;
  return ADJUNCT_START.test(rest) && !/\bthat\b/u.test(rest) && !rest.includes(MASK) && !rest.includes(',');
}

/** A comma (inside or outside a closing quote) before a participle: ", adding", ",” also pointing to", ", while describing". */
const PARTICIPLE_TRIGGER = /(?:,\s*["”’']?|["”’'],)\s*(?:also\s+|while\s+)?$|\bwhile\s+$/u;
const SPLIT_AHEAD = /(?:,\s*["”’']?|["”’'],)\s*(?:also\s+|while\s+)?\p{Ll}+ing\b/u;

/** A position moved past the quotation it falls in, so a statement never ends inside quotation marks. */
function outsideQuote(at: number, masked: string, text: string): number {
  let position = at;
  while (masked[position] === MASK) position++;
  if (position > at && /["”’']/u.test(text[position] ?? '')) position++;
  return position;
}

/** "Meanwhile", "In April", "Elsewhere in his remarks", "Speaking in an interview ...": not the sentence's subject. */
function isIntro(before: string): boolean {
  const first = before.match(/^[\p{L}]+/u)?.[0]?.toLowerCase() ?? '';
  return INTRO_WORDS.has(first);
}

interface Found {
  who: Attributed[];
  start: number;
  end: number;
}

/** The speaker named just before a verb, skipping an appositive name's commas and a relative clause ("Russia, which ..., has"). */
function speakerBefore(masked: string, sentenceStart: number, end: number, state: ArticleState, text: string): Found | null {
  const sentence = { start: sentenceStart, end };
  let left = masked.slice(sentenceStart, end);
  let leftEnd = end;
  const trailingComma = left.match(/,\s*$/u);
  if (trailingComma) {
    const withoutComma = left.slice(0, -trailingComma[0].length);
    const segmentStart = Math.max(withoutComma.lastIndexOf(','), -1) + 1;
    const segment = withoutComma.slice(segmentStart);
    if (/^\s*(?:which|who)\b/u.test(segment)) {
      // Relative clause between subject and verb: look before it.
      left = withoutComma.slice(0, Math.max(0, segmentStart - 1));
      leftEnd = sentenceStart + left.length;
    } else if (/^\s*(?:an?|the)\s+\p{Ll}/u.test(segment)) {
      // Role after the name: "Jane Doe, a senior analyst at the institute, said".
      const previous = withoutComma.slice(0, Math.max(0, segmentStart - 1));
      const from = previous.lastIndexOf(',') + 1;
      const words = wordsOf(previous.slice(from), sentenceStart + from);
      const found = phraseAtEnd(words, (phrase) => (phrase.type === 'name' && phrase.end === words.at(-1)?.end ? resolvePhrase(phrase, state, masked, sentence, text) : null));
      if (!found) return null;
      const role = text.slice(sentenceStart + segmentStart, sentenceStart + withoutComma.length).trim();
      return { ...found, who: found.who.map((who) => withRole(who, role, state)) };
    } else {
      // Appositive: "an official with the Foreign Ministry's Japan Research Center, Kim Seol-hwa, said".
      const words = wordsOf(segment, sentenceStart + segmentStart);
      const found = phraseAtStart(words, (phrase) => (phrase.type === 'name' && phrase.end === words.at(-1)?.end ? resolvePhrase(phrase, state, masked, sentence, text) : null));
      if (!found) return null;
      const previous = withoutComma.slice(0, Math.max(0, segmentStart - 1));
      const roleStart = previous.lastIndexOf(',') + 1;
      const role = text.slice(sentenceStart + roleStart, sentenceStart + previous.length).trim();
      // Only a description ("an official with ...") is a role; "In comments carried by KCNA on Monday" is not.
      if (!/^(?:an?|the)\s+\p{Ll}/iu.test(role)) return found;
      return { ...found, who: found.who.map((who) => withRole(who, role, state)) };
    }
  }
  let from = leftEnd;
  while (from > sentenceStart && !LEFT_BOUNDARY.test(masked[from - 1] ?? '')) from--;
  const words = wordsOf(masked.slice(from, leftEnd), from);
  return phraseAtEnd(words, (phrase) => (phrase.end === words.at(-1)?.end ? resolvePhrase(phrase, state, masked, sentence, text) : null));
}

function withRole(who: Attributed, role: string, state: ArticleState): Attributed {
  if (who.speaker.kind === 'person') state.roles.set(who.speaker.canonical, role);
  return { ...who, role };
}

/** The sentence's subject, after an opening phrase ("In April, NATO Secretary-General Jens Stoltenberg visited ..."). */
function subjectOf(masked: string, sentence: Span, state: ArticleState, text: string): Attributed[] {
  let from = sentence.start;
  const head = masked.slice(sentence.start, sentence.end);
  const comma = head.indexOf(',');
  if (comma >= 0 && isIntro(head.slice(0, comma))) from = sentence.start + comma + 1;
  const found = phraseAtStart(wordsUntilBoundary(masked, from, sentence.end), (phrase) => resolvePhrase(phrase, state, masked, sentence, text));
  return found?.who ?? [];
}

/** Words from `start` up to the next comma, quote, bracket or dash. */
function wordsUntilBoundary(masked: string, start: number, end: number): Word[] {
  let stop = start;
  while (stop < end && !/[,;:()“”"–—\u2219]/u.test(masked[stop] ?? '')) stop++;
  return wordsOf(masked.slice(start, stop), start);
}

/** Who a speaker phrase names, in this article at this point. */
function resolvePhrase(phrase: SpeakerPhrase, state: ArticleState, masked: string, sentence: Span, text: string): Found | null {
  const mention = text.slice(phrase.start, phrase.end);
  const found = (who: Attributed[]) => (who.length > 0 ? { who, start: phrase.start, end: phrase.end } : null);
  switch (phrase.type) {
    case 'pronoun': {
      const kind = phrase.word === 'it' ? 'institution' : 'person';
      const antecedent = state.lastOf(kind);
      return antecedent ? found([{ speaker: antecedent.speaker, role: state.roleOf(antecedent.speaker), mention }]) : null;
    }
    case 'plural': {
      const people = peopleNamedIn(masked, { start: sentence.start, end: phrase.start }, state).slice(-phrase.count);
      return people.length === phrase.count ? found(people.map((person) => ({ ...person, mention }))) : null;
    }
    case 'description': {
      const rest = phrase.words.join(' ');
      const named = state.directory.byName(rest) ?? state.directory.byDescription(rest);
      if (named) return found([{ speaker: named, role: null, mention }]);
      const kind = DESCRIPTION_HEADS[phrase.head];
      if (!kind) return null;
      // "the Nikkei Asia news website": a name of the same kind inside the description.
      const inner = nameInside(phrase.words.slice(0, -1), kind, state);
      if (inner) return found([{ speaker: inner.speaker, role: phrase.words.slice(inner.end).join(' '), mention }]);
      const antecedent = state.lastOf(kind);
      if (!antecedent) return null;
      const role = kind === 'person' ? (state.roleOf(antecedent.speaker) ?? rest) : null;
      return found([{ speaker: antecedent.speaker, role, mention }]);
    }
    case 'name': {
      const named = resolveName(phrase.words, phrase.roleWords, state.directory, state.local);
      if (!named) return null;
      state.introduce(named.speaker, named.name);
      return found([{ speaker: named.speaker, role: named.role, mention }]);
    }
  }
}

/** A table name among a description's words whose kind matches the description's head, and the index after it. */
function nameInside(words: readonly string[], kind: SpeakerKind, state: ArticleState): { speaker: KnownSpeaker; end: number } | null {
  for (let length = words.length; length > 0; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const speaker = state.directory.byName(words.slice(from, from + length).join(' '));
      if (speaker && (speaker.kind === kind || (kind === 'institution' && speaker.kind === 'state'))) return { speaker, end: from + length };
    }
  }
  return null;
}

/** People named in a stretch of a sentence, in order: "the two officials" are the last two of them. */
function peopleNamedIn(masked: string, span: Span, state: ArticleState): Attributed[] {
  const people: Attributed[] = [];
  const words = wordsOf(masked.slice(span.start, span.end), span.start);
  let at = 0;
  while (at < words.length) {
    if (!/^\p{Lu}/u.test(words[at]?.text ?? '')) {
      at++;
      continue;
    }
    let to = at + 1;
    while (to < words.length && /^[\p{Lu}\p{N}]/u.test(words[to]?.text ?? '') && adjacent(masked, words[to - 1], words[to])) to++;
    const named = resolveName(words.slice(at, to).map((word) => word.text), [], state.directory, state.local);
    if (named && named.speaker.kind === 'person' && !people.some((person) => person.speaker.canonical === named.speaker.canonical)) {
      state.introduce(named.speaker, named.name);
      people.push({ speaker: named.speaker, role: named.role ?? state.roleOf(named.speaker), mention: named.name });
    }
    at = Math.max(to, at + 1);
  }
  return people;
}

function adjacent(masked: string, previous: Word | undefined, next: Word | undefined): boolean {
  return !previous || !next || /^\s+$/u.test(masked.slice(previous.end, next.start));
}

/** The outlet that carried the words, when the sentence says so: "in remarks reported by the state-run KCNA". */
function viaOf(masked: string, sentence: Span, state: ArticleState): string | null {
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

/** Dash-enclosed asides of a sentence (" – which Beijing has decried as an “Asian NATO” – "). */
function asidesOf(masked: string, sentence: Span): Span[] {
  const dashes = [...masked.slice(sentence.start, sentence.end).matchAll(DASH)].map((match) => sentence.start + (match.index ?? 0));
  const asides: Span[] = [];
  for (let i = 0; i < dashes.length; i += 2) asides.push({ start: dashes[i] ?? sentence.end, end: dashes[i + 1] ?? sentence.end });
  return asides;
}

/** The span a cue's statement covers, before trimming. */
function contentOf(cue: Cue, cues: readonly Cue[], sentence: Span, masked: string): Span | null {
  const asides = asidesOf(masked, sentence);
  const asideOf = (at: number) => asides.findIndex((aside) => at > aside.start && at < aside.end);
  const aside = asideOf(cue.verbStart);
  const limit = aside >= 0 ? (asides[aside]?.end ?? sentence.end) : sentence.end;
  const nextSplit = cues.find((other) => other.mode === 'split' && other.verbStart > cue.verbEnd && asideOf(other.verbStart) === aside && other.boundary < limit);
  const end = nextSplit ? nextSplit.boundary : limit;
  switch (cue.mode) {
    case 'after': {
      const earlier = cues.filter((other) => other !== cue && other.end <= cue.start && other.mode !== 'split').at(-1);
      return { start: earlier ? Math.max(sentence.start, contentEndOf(earlier, cues, sentence, masked)) : sentence.start, end: cue.start };
    }
    case 'around':
      return { start: sentence.start, end: limit };
    case 'before':
    case 'split': {
      let start = cue.contentFrom ?? cue.end;
      const rest = masked.slice(start, end);
      const lead = rest.match(/^[\s,]*/u)?.[0].length ?? 0;
      start += lead;
      const tail = masked.slice(start, end);
      // "said in remarks reported by KCNA on Monday that ...": skip an adjunct before "that".
      const that = tail.match(/^that\s+/u) ?? (ADJUNCT_START.test(tail) ? tail.match(/^[^,\u2219“”"]*?\bthat\s+/u) : null);
      if (that) start += that[0].length;
      return { start, end };
    }
  }
}

function contentEndOf(cue: Cue, cues: readonly Cue[], sentence: Span, masked: string): number {
  return contentOf(cue, cues, sentence, masked)?.end ?? cue.end;
}

/**
 * A statement's final span and kind: a quotation standing alone (after nothing but "that" or "as an", with only
 * punctuation after it) is a 'quote' and spans the words inside the marks; anything else is 'reported' and spans
 * the clause, quoted fragments and all. Surrounding spaces and trailing commas and full stops are left out.
 */
function classify(text: string, span: Span, quotes: readonly Quote[]): { kind: Statement['kind']; span: Span } {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:.]/u.test(text[end - 1] ?? '')) end--;
  for (const quote of outermost(quotes)) {
    const from = quote.open < 0 ? quote.start : quote.open;
    const to = Math.min(text.length, quote.close + 1);
    if (from < start || to > span.end) continue;
    if (!/^(?:that\s+|as\s+(?:an?\s+|the\s+)?)?$/u.test(text.slice(start, from))) continue;
    if (!/^[\s,.;:]*$/u.test(text.slice(to, Math.max(to, end)))) continue;
    let innerEnd = quote.end;
    while (innerEnd > quote.start && /[\s,;:]/u.test(text[innerEnd - 1] ?? '')) innerEnd--;
    return { kind: 'quote', span: { start: quote.start, end: innerEnd } };
  }
  return { kind: 'reported', span: { start, end } };
}

/** A sentence that is one quotation and nothing else continues the last speaker's words (same or previous passage). */
function continuedQuote(text: string, sentence: Span, quotes: readonly Quote[], state: ArticleState, passage: number): Omit<Statement, 'id' | 'passageId' | 'articleId'> | null {
  const last = state.last;
  if (!last || passage - last.passage > 1) return null;
  const { kind, span } = classify(text, sentence, quotes);
  if (kind !== 'quote' || span.end <= span.start) return null;
  const who = last.who;
  state.spoke(who, passage);
  return {
    speaker: who.speaker.canonical,
    speakerKind: who.speaker.kind,
    role: state.roleOf(who.speaker) ?? who.role,
    mention: who.mention,
    text: text.slice(span.start, span.end),
    kind,
    verb: null,
    via: null,
    span,
  };
}
