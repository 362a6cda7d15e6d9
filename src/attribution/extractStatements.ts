import type { Article, Corpus, Passage } from '../corpus/types.ts';
import { ANY_CUE, authorOf, cuesOf, mayNameAuthor, subjectOf, viaOf } from './attributionCues.ts';
import {
  datelineEnd,
  findQuotes,
  joinAfterTitles,
  maskQuotes,
  sentenceSpans,
  splitBeforeQuotes,
  type Quote,
} from './quotes.ts';
import { DEFAULT_DIRECTORY, nameKey, type SpeakerDirectory } from './speakerDirectory.ts';
import { resolveName } from './speakerPhrase.ts';
import {
  ArticleState,
  introducePeople,
  introduceUntitledNames,
  unnamedHeadsIn,
  type Attributed,
} from './speakerResolution.ts';
import { classify, contentOf } from './statementSpan.ts';
import { interviewOf, intervieweeOf } from './interviewAnswers.ts';
import { letterSpanOf, signedLettersOf, signerOf, type SignedLetter } from './signedLetters.ts';
import { turnLabelOf } from './transcriptLabels.ts';
import type { Span, Statement } from './types.ts';

/**
 * Every attributed statement of the corpus, article by article and in reading order.
 *
 * Shapes recognised, in any sentence: "X said (that) ...", "“...,” X said", "X continued, ...", "..., X added",
 * "according to X, ..." / "..., as per X", "X, according to Y, ...", participle clauses that keep the speaker
 * (", adding that", ", claiming", ", citing", "while describing"), "and hints that", "what X called “...”", and a
 * quotation standing alone after a speaker's words (a quote continued across sentences or paragraphs), and a
 * transcript's turn ("CLARA BENNING, HOST: ...", "A: ...": transcriptLabels.ts).
 * Pronouns ("he", "it") and descriptions ("the Foreign Ministry official", "the outlet") refer back to the last
 * speaker of that kind in the article; "the NATO chief" and "the bloc" resolve through the speakers table.
 * Nothing inside a quotation is taken as an attribution: a speaker quoting someone else stays the speaker.
 *
 * The stages: attributionCues.ts finds each attribution and its speaker phrase (speakerPhrase.ts reads the
 * phrase), speakerResolution.ts says whom the phrase names, statementSpan.ts cuts out what was said.
 */
export function extractStatements(corpus: Corpus, directory: SpeakerDirectory = DEFAULT_DIRECTORY): Statement[] {
  return corpus.articles.flatMap((article) => statementsOfArticle(article, directory));
}

/** A headline of a briefing's transcript: "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference". */
const BRIEFING = /\b(?:press\s+(?:conference|briefing|point|availability)|news\s+conference|briefing)\b/i;

export function statementsOfArticle(article: Article, directory: SpeakerDirectory = DEFAULT_DIRECTORY): Statement[] {
  const state = new ArticleState(directory);
  // A headline may introduce who speaks below it: "Foreign Ministry Spokesperson Wen Jiahao's Regular Press
  // Conference" (read up to each possessive, which ends the name).
  const headlined = article.meta.title.split(/['’]s\b/u).flatMap((part) => introducePeople(part, state));
  // A briefing's headline names who answers its "A:" turns when no turn is labelled with a name first.
  if (BRIEFING.test(article.meta.title) && headlined.length === 1) state.turnSpeaker = headlined[0] ?? null;
  // So may a photo's caption: "Prime Minister Chris Hipkins speaks to reporters" before "Hipkins said".
  for (const caption of article.captions) introducePeople(caption, state);
  // An interview of unlabelled questions and answers: each answer is the words of whom the introduction names.
  const interview = interviewOf(article.passages);
  const interviewee = interview ? intervieweeOf(interview, state, article.meta.title) : null;
  // A letters page: each letter's paragraphs are the words of whoever signed it.
  const letters = EXTRACTION_RULES.signedLetters ? signedLettersOf(article.passages) : null;
  const signers = new Map<SignedLetter, Attributed | null>();
  const signerAt = (letter: SignedLetter) => {
    if (!signers.has(letter)) signers.set(letter, signerOf(letter, state));
    return signers.get(letter) ?? null;
  };
  const statements: Statement[] = [];
  article.passages.forEach((passage, index) => {
    const letter = letters?.get(index);
    const answerer = interviewee && interview?.answers.has(index) ? interviewee : letter ? signerAt(letter) : null;
    const found = statementsOfPassage(passage, index, state, answerer);
    found.forEach((statement, n) => statements.push({ ...statement, id: `${passage.id}~${n + 1}` }));
    state.noteUnnamed(passage.text, index);
  });
  return statements;
}

/**
 * A name's spelling in its own script, in brackets after it ("Yoon Suk Yeol (윤석열)", "Wang Yi (王毅)"), and a mark
 * of retirement before it, blanked (same length, so offsets hold): they stand between a name and its title, or what
 * the name said or did.
 */
function withoutNativeGlosses(masked: string): string {
  const blanked = EXTRACTION_RULES.retiredMarks
    ? masked.replace(RETIRED_MARK, (mark) => ' '.repeat(mark.length))
    : masked;
  if (!EXTRACTION_RULES.nativeGlosses) return blanked;
  return blanked.replace(NATIVE_GLOSS, (gloss) => ' '.repeat(gloss.length));
}

/** Switches for the rules here, so the eval can print what each one is worth (ablation). */
export const EXTRACTION_RULES = {
  nativeGlosses: true,
  untitledNames: true,
  retiredMarks: true,
  personOnTopic: true,
  signedLetters: true,
  unnamedEndsQuote: true,
};

/** "Ambassador (ret.) Douglas Fitch", "Gen. (Ret.) ...": a title's mark of retirement, between the title and the name. */
const RETIRED_MARK = /(?<=\p{L}\.?\s)\((?:ret|retd|retired)\.?\)(?=\s+\p{Lu})/giu;

/** A bracket after a letter holding only letters of a script other than Latin (and spaces, dots, middle dots). */
const NATIVE_GLOSS = /(?<=\p{L}\s?)\((?=[^)]*[^\p{Script=Latin}\p{N}\p{P}\s])[^\p{Script=Latin}\p{N})]{1,40}\)/gu;

function statementsOfPassage(
  passage: Passage,
  index: number,
  state: ArticleState,
  answerer: Attributed | null = null,
): Omit<Statement, 'id'>[] {
  const text = passage.text;
  const quotes = findQuotes(text);
  const masked = withoutNativeGlosses(maskQuotes(text, quotes));
  introducePeople(masked, state);
  if (EXTRACTION_RULES.untitledNames) introduceUntitledNames(masked, state);
  // The person the last passage ended on stays in view for a pronoun opening this one ("Albanese will fly to Paris ...
  // to meet Macron." / "He said the meeting would focus on the Pacific.").
  if (state.subject && state.subject.passage < index - 1) state.subject = null;
  const turn = turnOf(passage, index, state) ?? (answerer ? answerOf(answerer, passage, index, state) : null);
  if (!ANY_CUE.test(text) && !mayNameAuthor(text)) return turn ? [turn] : [];
  const statements: Omit<Statement, 'id'>[] = turn ? [turn] : [];
  const dateline = datelineEnd(text);
  // Where the last sentence that said something in this passage ends.
  let spokenUntil = 0;
  for (const sentence of splitBeforeQuotes(text, joinAfterTitles(text, sentenceSpans(text, quotes)), quotes)) {
    // "SEOUL, South Korea (AP) — North Korea fired ..., the JCS said": the statement starts after the dateline.
    if (sentence.start < dateline) sentence.start = Math.min(dateline, sentence.end);
    const cues = cuesOf(masked, sentence, state, text);
    const via = viaOf(masked, sentence, state);
    if (cues.length === 0) {
      const continued =
        colonQuote(text, sentence, quotes, state, index) ??
        continuedQuote(text, masked, sentence, quotes, state, index, spokenUntil) ??
        authoredBy(text, masked, sentence, state, index);
      if (continued) {
        statements.push({ ...continued, passageId: passage.id, articleId: passage.articleId });
        spokenUntil = sentence.end;
      }
      // A sentence about someone named, with nothing said: a pronoun in the next sentence may refer to them.
      else state.subject = personSubject(masked, sentence, state, text, index);
      continue;
    }
    spokenUntil = sentence.end;
    for (const cue of cues) {
      const span = contentOf(cue, cues, sentence, masked);
      if (!span) continue;
      const parts = [
        {
          ...classify(text, span, quotes),
          verb: text.slice(cue.verbStart, cue.verbEnd).replace(/\s+/g, ' ') as string | null,
        },
      ];
      // “We will not back down,” John Smith said, “and we will not be moved.”: the quotation after the attribution continues it.
      if (cue.mode === 'around' && span.end === cue.start) {
        const after = cue.end + (text.slice(cue.end, sentence.end).match(/^[\s,]*/u)?.[0].length ?? 0);
        const rest = classify(text, { start: after, end: sentence.end }, quotes);
        if (rest.kind === 'quote') parts.push({ ...rest, verb: null });
      }
      for (const { kind, span: trimmed, verb } of parts) {
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
            verb,
            via: via && via !== who.speaker.canonical ? via : null,
            passageId: passage.id,
            articleId: passage.articleId,
            span: trimmed,
          });
        }
      }
    }
  }
  return statements
    .filter((statement) => statement === turn || statement.speaker !== turn?.speaker)
    .sort((a, b) => a.span.start - b.span.start || a.speaker.localeCompare(b.speaker));
}

/**
 * A transcript's turn (transcriptLabels.ts): the paragraph after its label, as the labelled person's words, or an
 * answer's as those of the last person labelled. The person is known to the article from then on ("Ferrand said").
 */
function turnOf(passage: Passage, index: number, state: ArticleState): Omit<Statement, 'id'> | null {
  const label = turnLabelOf(passage.text);
  if (!label || label.kind === 'question') return null;
  let who: Attributed | null = state.turnSpeaker;
  if (label.kind === 'name') {
    const named = resolveName(label.nameWords, [], state.directory, state.local);
    if (!named) return null;
    state.introduce(named.speaker, named.name);
    who = { speaker: named.speaker, role: label.role ?? named.role, mention: named.name };
    state.turnSpeaker = who;
  }
  if (!who) return null;
  const rest = passage.text.slice(label.end);
  const start = label.end + (rest.length - rest.trimStart().length);
  const end = passage.text.trimEnd().length;
  if (end <= start) return null;
  state.spoke(who, index);
  const said = saidBy(who, who.role ?? state.roleOf(who.speaker), passage.text, { start, end }, 'quote');
  return { ...said, passageId: passage.id, articleId: passage.articleId };
}

/**
 * An interview's answer (interviewAnswers.ts) or a letter's paragraph (signedLetters.ts): the whole passage but a
 * letter's signature, as the words of whom the questions are put to or who signed.
 */
function answerOf(who: Attributed, passage: Passage, index: number, state: ArticleState): Omit<Statement, 'id'> | null {
  const { start, end } = letterSpanOf(passage);
  if (end <= start) return null;
  state.spoke(who, index);
  const said = saidBy(who, who.role ?? state.roleOf(who.speaker), passage.text, { start, end }, 'quote');
  return { ...said, passageId: passage.id, articleId: passage.articleId };
}

/** What `who` said in `text` at `span`, as a statement of the passage (its ids are added by the caller). */
function saidBy(
  who: Attributed,
  role: string | null,
  text: string,
  span: Span,
  kind: Statement['kind'],
): Omit<Statement, 'id' | 'passageId' | 'articleId'> {
  return {
    speaker: who.speaker.canonical,
    speakerKind: who.speaker.kind,
    role,
    mention: who.mention,
    text: text.slice(span.start, span.end),
    kind,
    verb: null,
    via: null,
    span,
  };
}

/** The person a sentence names as its subject ("Biden opens by ..."), or null. */
function personSubject(
  masked: string,
  sentence: Span,
  state: ArticleState,
  text: string,
  passage: number,
): ArticleState['subject'] {
  const who = subjectOf(masked, sentence, state, text);
  const person = who.length === 1 ? who[0] : undefined;
  return person && person.speaker.kind === 'person' && /^\p{Lu}/u.test(person.mention)
    ? { who: person, passage }
    : null;
}

/** What a lead-in calls someone's words before the colon that opens them: "His answer was carefully worded:". */
const WORDS_NOUN =
  /\b(?:answer|reply|response|message|verdict|words|comment|statement|warning|assessment|explanation|retort)\b/i;

/** A name, then "on" and a topic, as a lead-in to their words: "Kishida on the office:", "Our analyst Park Dae-hyun on why". */
const PERSON_ON = /^(?:\S+\s+){0,3}?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+on\s+\S/u;

/**
 * A quotation a sentence opens with a colon after naming someone's words ("His answer was carefully worded: “This is
 * something we are discussing among allies.”", "Kishida's message: “...”"): theirs. "His" or "her" is the person
 * the passage has just been about, or the last person who spoke.
 */
function colonQuote(
  text: string,
  sentence: Span,
  quotes: readonly Quote[],
  state: ArticleState,
  passage: number,
): Omit<Statement, 'id' | 'passageId' | 'articleId'> | null {
  const opening = text.slice(sentence.start, sentence.end).search(/:\s*["“]/u);
  if (opening < 0) return null;
  const leadIn = text.slice(sentence.start, sentence.start + opening);
  // "Our analyst Park Dae-hyun on why this one may have worked:": a person the article knows, on a topic.
  const onTopic = EXTRACTION_RULES.personOnTopic ? PERSON_ON.exec(leadIn)?.[1] : undefined;
  const speaking = onTopic ? state.local.get(nameKey(onTopic)) : undefined;
  if (speaking?.kind === 'person') {
    const { kind, span } = classify(text, { start: sentence.start + opening + 1, end: sentence.end }, quotes);
    if (kind !== 'quote' || span.end <= span.start) return null;
    const who = { speaker: speaking, role: state.roleOf(speaking), mention: onTopic ?? speaking.canonical };
    state.spoke(who, passage);
    return saidBy(who, who.role, text, span, kind);
  }
  if (!WORDS_NOUN.test(leadIn)) return null;
  const possessor = leadIn.match(/\b(\p{Lu}[\p{L}-]+)['’]s\b/u)?.[1];
  const named = possessor ? state.local.get(nameKey(possessor)) : undefined;
  const who: Attributed | null | undefined = named
    ? { speaker: named, role: state.roleOf(named), mention: possessor ?? named.canonical }
    : /\b(?:his|her)\b/i.test(leadIn)
      ? (state.subject?.who ?? state.lastOf('person'))
      : null;
  if (!who) return null;
  const { kind, span } = classify(text, { start: sentence.start + opening + 1, end: sentence.end }, quotes);
  if (kind !== 'quote' || span.end <= span.start) return null;
  state.spoke(who, passage);
  return saidBy(who, who.role ?? state.roleOf(who.speaker), text, span, kind);
}

/**
 * A sentence saying who put out a piece of speech ("The statement ... was issued by Kim Seol-hwa, a researcher at
 * ..."): theirs, as reported speech, so that "Who issued the statement?" is answered by it.
 */
function authoredBy(
  text: string,
  masked: string,
  sentence: Span,
  state: ArticleState,
  passage: number,
): Omit<Statement, 'id' | 'passageId' | 'articleId'> | null {
  const author = authorOf(masked, sentence, state, text);
  const who = author?.who[0];
  if (!author || !who) return null;
  state.spoke(who, passage);
  return { ...saidBy(who, who.role ?? state.roleOf(who.speaker), text, sentence, 'reported'), verb: author.verb };
}

/**
 * A sentence that is one quotation and nothing else continues the last speaker's words (same or previous passage),
 * unless someone unnamed was brought in since: in `Wang said .... / A defence official summed up the mood: "...," the
 * official said. "We will keep knocking."` the last words are the official's, whom no name resolves.
 */
function continuedQuote(
  text: string,
  masked: string,
  sentence: Span,
  quotes: readonly Quote[],
  state: ArticleState,
  passage: number,
  spokenUntil: number,
): Omit<Statement, 'id' | 'passageId' | 'articleId'> | null {
  const last = state.last;
  if (!last || passage - last.passage > 1) return null;
  const since = last.passage === passage ? spokenUntil : 0;
  if (EXTRACTION_RULES.unnamedEndsQuote && unnamedHeadsIn(masked.slice(since, sentence.start)).size > 0) return null;
  const { kind, span } = classify(text, sentence, quotes);
  if (kind !== 'quote' || span.end <= span.start) return null;
  const who = last.who;
  state.spoke(who, passage);
  return saidBy(who, state.roleOf(who.speaker) ?? who.role, text, span, kind);
}
