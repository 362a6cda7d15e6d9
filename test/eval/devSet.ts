/**
 * The development set written by readers of the articles (`../shared/eval-dev/`, beside the repository, not in
 * it), scored as its README says: top 3 passages with their citations, hit@3 on spans, strict refusals,
 * boilerplate in any top 3, speaker and outlet recall, and the pages of other outlets as a corpus of their own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeEntities } from '../../src/corpus/markup.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import { ALIAS_GROUPS } from '../../src/search/aliases.ts';
import { normalizeForMatch } from './normalize.ts';

/** Where the development set is looked for: `EVAL_DEV_DIR`, else `../shared/eval-dev` beside the repository. */
export const DEV_DIR =
  process.env['EVAL_DEV_DIR'] ?? fileURLToPath(new URL('../../../shared/eval-dev/', import.meta.url));

export const DEV_KINDS = [
  'who-said',
  'fact',
  'outlet',
  'metadata',
  'compare',
  'paraphrase',
  'typo',
  'follow-up',
  'no-answer',
  'boilerplate-trap',
] as const;
export type DevKind = (typeof DEV_KINDS)[number];
const REFUSAL_KINDS: ReadonlySet<DevKind> = new Set(['no-answer', 'boilerplate-trap']);

export interface DevQuestion {
  id: string;
  kind: DevKind;
  question: string;
  context?: string;
  expect: { mustContainAny?: string[]; mustNotContain?: string[]; outlets?: string[]; speaker?: string };
}

export interface GoldPage {
  file: string;
  outlet: string;
  /** The page's headline and publication date as printed (batches from 41 on state them). */
  headline?: string;
  date?: string | null;
  boilerplateSamples: string[];
  bodyStartsWith: string;
  bodyEndsWith: string;
  questions: { question: string; mustContainAny: string[] }[];
}

export interface DevSet {
  questions: DevQuestion[];
  pages: GoldPage[];
  pagesDir: string;
  /** Page chrome named by the set: the pages' boilerplate samples and the boilerplate-trap strings. */
  chrome: string[];
}

/** The development set, or null when the folder is not beside the repository (a fresh clone elsewhere). */
export function readDevSet(dir: string = DEV_DIR): DevSet | null {
  const questionsFile = join(dir, 'questions.json');
  const goldFile = join(dir, 'pages', 'gold.json');
  if (!existsSync(questionsFile) || !existsSync(goldFile)) return null;
  const questions = JSON.parse(readFileSync(questionsFile, 'utf8')) as DevQuestion[];
  const pages = JSON.parse(readFileSync(goldFile, 'utf8')) as GoldPage[];
  const chrome = [
    ...pages.flatMap((page) => page.boilerplateSamples),
    ...questions
      .filter((question) => question.kind === 'boilerplate-trap')
      .flatMap((question) => question.expect.mustNotContain ?? []),
  ];
  return { questions, pages, pagesDir: join(dir, 'pages'), chrome };
}

/** A passage as the scorer sees it: its text and every citation field shown with it. */
export interface ScoredPassage {
  text: string;
  outlets: string[];
  /** Headline, printed date, byline, credited source, section heading, captions: what a citation shows. */
  citation: string[];
  speakers: string[];
}

/** What the scorer needs from an answer through the one entry point. */
export interface DevAnswer {
  answered: boolean;
  passages: ScoredPassage[];
  /** Everything else the answer says: lead speakers, statements, notes. */
  text: string;
}

export type DevAsk = (question: string, context?: string) => DevAnswer;

export interface DevResult {
  id: string;
  kind: DevKind;
  question: string;
  passed: boolean;
  rank: number | null;
  answered: boolean;
  boilerplate: number;
  speakerRight: boolean | null;
  outletRecall: number | null;
  top: string | null;
}

export interface DevFigures {
  answerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Refusal kinds refused, of all refusal-kind questions. */
  refusalRecall: number;
  /** Refusals that were right, of all refusals. */
  refusalPrecision: number;
  /** Top-3 passages that are page chrome, over every question. */
  boilerplateInTop3: number;
  speakerAccuracy: number;
  outletRecall: number;
  kinds: Record<string, { count: number; score: number }>;
  results: DevResult[];
}

const TOP = 3;
const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);
const has = (text: string, span: string): boolean => normalizeForMatch(text).includes(normalizeForMatch(span));

/** Outlet ids of the set mapped to how the outlets name themselves. */
const OUTLET_NAMES: Record<string, string[]> = {
  rt: ['rt'],
  globalresearch: ['asia-pacific research', 'global research'],
  almayadeen: ['al mayadeen'],
};

function namesOutlet(answer: DevAnswer, id: string): boolean {
  const shown = [...answer.passages.slice(0, TOP).flatMap((passage) => passage.outlets), answer.text].map((text) =>
    normalizeForMatch(text),
  );
  return (OUTLET_NAMES[id] ?? [id]).some((name) =>
    shown.some((text) => (name.length <= 3 ? new RegExp(`\\b${name}\\b`).test(text) : text.includes(name))),
  );
}

/** Scores the seed questions of the set. */
export function scoreDevQuestions(
  askFn: DevAsk,
  questions: readonly DevQuestion[],
  chrome: readonly string[],
): DevFigures {
  const results = questions.map((question) => scoreOne(askFn(question.question, question.context), question, chrome));
  return figuresOf(results);
}

/** Scores the set's page questions against a corpus of the pages alone. */
export function scorePageQuestions(askFn: DevAsk, set: DevSet, pageCorpus: Corpus): DevFigures {
  const bodies = pageBodies(set, pageCorpus);
  const pages = set.pages.map((page) => readFileSync(join(set.pagesDir, page.file), 'utf8'));
  const results = set.pages.flatMap((page) =>
    page.questions.map((question, i) => {
      const asked: DevQuestion = {
        id: `${page.file.replace(/\.txt$/, '')}#${i + 1}`,
        kind: 'fact',
        question: question.question,
        expect: { mustContainAny: question.mustContainAny },
      };
      const answer = askFn(question.question);
      const result = scoreOne(answer, asked, set.chrome);
      // Outside every page's body (between its gold start and end) is chrome too; a printed field the engine cites
      // under its label ("Caption: ...", "Headline: ...") is the page's metadata wherever on the page it is printed.
      const outside = answer.passages.slice(0, TOP).filter((passage) => {
        const printed = PRINTED_LABEL.exec(passage.text);
        const text = normalizeForMatch(printed ? passage.text.slice(printed[0].length) : passage.text).slice(0, 60);
        return !(printed ? pages : bodies).some((page) => normalizeForMatch(page).includes(text));
      }).length;
      return { ...result, boilerplate: Math.max(result.boilerplate, outside) };
    }),
  );
  return figuresOf(results);
}

/** The label the engine cites a printed field under (src/answer/metadataAnswer.ts). */
const PRINTED_LABEL = /^(?:Headline|Date as printed|Byline|Caption|Credits|Section): /;

function pageBodies(set: DevSet, _corpus: Corpus): string[] {
  // A word broken over two lines ("of-" / "fice") is whole in a passage: made whole with and without its hyphen.
  // A video's caption track ("0:05" / "the nato summit ...") is read without its times and sound cues.
  return pageBodiesAsPrinted(set).flatMap((body) => [
    body,
    body.replace(/(\p{L})-\n\s*(\p{Ll})/gu, '$1$2'),
    body.replace(/(\p{L})-\n\s*(\p{Ll})/gu, '$1-$2'),
    body.replace(/^\s*(?:(?:\d{1,2}:)?\d{1,2}:\d{2}|\[[\p{L}\s]{1,20}\])\s*$/gmu, ''),
    // A word processor's RTF as shown: its quote words as quotes, other control words and braces gone.
    body
      .replace(/\\[lr]quote ?/g, "'")
      .replace(/\\[lr]dblquote ?/g, '"')
      .replace(/\\[a-z]+-?\d* ?/g, '')
      .replace(/[{}]/g, ''),
    // A WebVTT track's voices as the speaker labels its paragraphs open with ("<v Rina Hosokawa>" -> "Rina Hosokawa: ").
    body
      .replace(/^\s*(?:\d+\s*\n)?\s*[\d:.,]+\s+-->.*$/gm, '')
      .replace(/<v(?:\.[\w.-]+)?\s+([^>]+)>/g, '$1: ')
      .replace(/<\/?[a-z][^>]*>/gi, ''),
    // A subtitle file's cues without their numbers and timings; a quoted-printable mail as its reader shows it.
    body.replace(/^\s*(?:\d+\s*\n)?\s*[\d:.,]+\s+-->.*$/gm, '').replace(/^\s*\[[\p{L}\s]{1,20}\]\s*$/gmu, ''),
    body.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-F]{2})+/g, (run) =>
      Buffer.from(
        run
          .slice(1)
          .split('=')
          .map((hex) => parseInt(hex, 16)),
      ).toString('utf8'),
    ),
  ]);
}

function pageBodiesAsPrinted(set: DevSet): string[] {
  return set.pages.map((page) => {
    const file = readFileSync(join(set.pagesDir, page.file), 'utf8');
    // An HTML page's text as a reader sees it: "The <b>NATO liaison office</b> is" holds "The NATO liaison office is".
    const raw = /\.html?$/i.test(page.file) ? decodeEntities(file.replace(/<[^>]+>/g, '')) : file;
    const from = raw.indexOf(page.bodyStartsWith);
    const to = raw.lastIndexOf(page.bodyEndsWith);
    // From the start of the body's first line: a speaker label before it ("IMOGEN FELD: Good morning, ...") is its own.
    return from >= 0 && to >= from ? raw.slice(raw.lastIndexOf('\n', from) + 1, to + page.bodyEndsWith.length) : raw;
  });
}

function scoreOne(answer: DevAnswer, question: DevQuestion, chrome: readonly string[]): DevResult {
  const top = answer.answered ? answer.passages.slice(0, TOP) : [];
  const spans = question.expect.mustContainAny ?? [];
  const refusalKind = REFUSAL_KINDS.has(question.kind);
  const metadata = question.kind === 'metadata';
  const index = refusalKind
    ? -1
    : top.findIndex((passage) =>
        spans.some(
          (span) => has(passage.text, span) || (metadata && passage.citation.some((field) => has(field, span))),
        ),
      );
  const rank = index >= 0 ? index + 1 : null;
  const boilerplate = top.filter((passage) => chrome.some((sample) => isChrome(passage.text, sample))).length;
  const expected = question.expect.speaker;
  const speakerRight = expected
    ? top.some((passage) => passage.speakers.some((speaker) => sameSpeaker(speaker, expected))) ||
      has(answer.text, expected.replace(/\s*\([^)]*\)/g, ' ').trim())
    : null;
  const outlets = question.kind === 'outlet' || question.kind === 'compare' ? (question.expect.outlets ?? []) : [];
  const outletRecall =
    outlets.length > 0 ? ratio(outlets.filter((id) => namesOutlet(answer, id)).length, outlets.length) : null;
  return {
    id: question.id,
    kind: question.kind,
    question: question.question,
    passed: refusalKind ? !answer.answered : rank !== null,
    rank,
    answered: answer.answered,
    boilerplate,
    speakerRight,
    outletRecall,
    top: top[0]?.text ?? null,
  };
}

/** A passage is chrome when it is a short sample ("Indo-Pacific" as a lone line) or holds a longer one. */
function isChrome(text: string, sample: string): boolean {
  const words = sample.trim().split(/\s+/).length;
  return words >= 4 ? has(text, sample) : normalizeForMatch(text) === normalizeForMatch(sample);
}

/** "Putin" is "Vladimir Putin", "DPRK" is "North Korea"; a body and its spokesperson are judged by the note, not here. */
function sameSpeaker(found: string, expected: string): boolean {
  // A role after a comma ("Jens Stoltenberg, NATO Secretary-General") glosses the name before it.
  const named = expected.split(/\s*,\s*/)[0] ?? expected;
  if (named !== expected && sameSpeaker(found, named)) return true;
  const a = normalizeForMatch(found);
  // A reader's gloss in brackets ("NATO (the bloc itself, in a statement)") is no part of the name.
  const b = normalizeForMatch(expected.replace(/\s*\([^)]*\)/g, ' '));
  const aliases =
    ALIAS_GROUPS.find((group) => group.some((name) => normalizeForMatch(name) === b))?.map((name) =>
      normalizeForMatch(name),
    ) ?? [];
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || aliases.includes(a);
}

function figuresOf(results: DevResult[]): DevFigures {
  const answerable = results.filter((result) => !REFUSAL_KINDS.has(result.kind));
  const toRefuse = results.filter((result) => REFUSAL_KINDS.has(result.kind));
  const refused = results.filter((result) => !result.answered);
  const within = (k: number) => answerable.filter((result) => result.rank !== null && result.rank <= k).length;
  const withSpeaker = results.filter((result) => result.speakerRight !== null);
  const withOutlets = results.filter((result) => result.outletRecall !== null);
  const kinds: Record<string, { count: number; score: number }> = {};
  for (const kind of new Set(results.map((result) => result.kind))) {
    const of = results.filter((result) => result.kind === kind);
    kinds[kind] = { count: of.length, score: ratio(of.filter((result) => result.passed).length, of.length) };
  }
  return {
    answerable: answerable.length,
    hitAt1: ratio(within(1), answerable.length),
    hitAt3: ratio(within(3), answerable.length),
    mrr: ratio(
      answerable.reduce((sum, result) => sum + (result.rank === null ? 0 : 1 / result.rank), 0),
      answerable.length,
    ),
    refusalRecall: ratio(toRefuse.filter((result) => !result.answered).length, toRefuse.length),
    refusalPrecision: ratio(refused.filter((result) => REFUSAL_KINDS.has(result.kind)).length, refused.length),
    boilerplateInTop3: results.reduce((sum, result) => sum + result.boilerplate, 0),
    speakerAccuracy: ratio(withSpeaker.filter((result) => result.speakerRight).length, withSpeaker.length),
    outletRecall: ratio(
      withOutlets.reduce((sum, result) => sum + (result.outletRecall ?? 0), 0),
      withOutlets.length,
    ),
    kinds,
    results,
  };
}
