/**
 * Scores the search engine against the hand-written question set, next to a plain MiniSearch baseline.
 * Run with `npm run eval`; `evaluate` is also used by eval.test.ts to hold the figures above their floors.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import MiniSearch from 'minisearch';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { answerQuestion } from '../../src/answer/answerQuestion.ts';
import type { SpeakerAnswer } from '../../src/attribution/askWithSpeakers.ts';
import { attributionOf } from '../../src/attribution/attribution.ts';
import { DEFAULT_DIRECTORY } from '../../src/attribution/speakerDirectory.ts';
import { loadCorpus } from '../../src/corpus/loadCorpus.ts';
import type { Corpus, Passage } from '../../src/corpus/types.ts';
import { ANALYSIS_RULES } from '../../src/search/analyzeQuestion.ts';
import { RANKING_RULES } from '../../src/search/ask.ts';
import { createSearchEngine } from '../../src/search/engine.ts';
import {
  readDevSet,
  scoreDevQuestions,
  scorePageQuestions,
  type DevAnswer,
  type DevAsk,
  type DevFigures,
} from './devSet.ts';
import { BLIND_SETS, readBlindSeeds } from './blindSeeds.ts';
import { INVENTED_PAGES_FILE, readInventedPages } from './inventedPages.ts';
import { containsAnySpan, SEEDS_DIR } from './normalize.ts';
import { emptyTally, metadataLine, tallyPageMetadata, type MetadataTally } from './pageMetadata.ts';
import { CATEGORIES, readQuestions, SEALED_FILE, type Category, type EvalQuestion } from './questions.ts';
import { wordingChanges } from './wordings.ts';

/** Passages looked at per question: hit@k and MRR are computed over this many. */
export const TOP_K = 10;

/** What the evaluation needs from an answer: the engine's `Answer` fits it. */
export interface EvalAnswer {
  answered: boolean;
  passages: readonly { text: string }[];
}

/** Anything that answers a question (with the thread's earlier question, for follow-ups). */
export type AskFunction = (question: string, options: { context?: string; limit: number }) => EvalAnswer;

export interface QuestionResult {
  id: string;
  category: Category;
  question: string;
  answerable: boolean;
  answered: boolean;
  /** 1-based rank of the first passage holding an expected span, within TOP_K; null when none does. */
  rank: number | null;
  /** Whether the question was handled right: hit in the top 3 when answerable, refused when not. */
  passed: boolean;
  topPassage: string | null;
}

export interface CategoryFigure {
  count: number;
  /** hit@3 for answerable categories; the share correctly refused for refusal categories. */
  score: number;
}

export interface Figures {
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  refusalPrecision: number;
  refusalRecall: number;
  categories: Record<Category, CategoryFigure>;
  results: QuestionResult[];
  /** Answerable questions none of whose spans is in any corpus passage (lost in cleaning): nothing can hit them. */
  unreachable: string[];
}

/** The headline figures, the ones with floors. */
export const HEADLINE = ['hitAt1', 'hitAt3', 'mrr', 'refusalPrecision', 'refusalRecall'] as const;
export type Headline = (typeof HEADLINE)[number];

const ratio = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

/** Scores `askFn` on `questions`; `corpus` is used to flag questions the cleaned corpus cannot answer at all. */
export function evaluate(askFn: AskFunction, questions: readonly EvalQuestion[], corpus: Corpus): Figures {
  const results = questions.map((question): QuestionResult => {
    const answer = askFn(question.question, {
      limit: TOP_K,
      ...(question.context ? { context: question.context } : {}),
    });
    const passages = answer.answered ? answer.passages.slice(0, TOP_K) : [];
    const answerable = question.expect.length > 0;
    const index = answerable ? passages.findIndex((passage) => containsAnySpan(passage.text, question.expect)) : -1;
    const rank = index >= 0 ? index + 1 : null;
    return {
      id: question.id,
      category: question.category,
      question: question.question,
      answerable,
      answered: answer.answered,
      rank,
      passed: answerable ? rank !== null && rank <= 3 : !answer.answered,
      topPassage: passages[0]?.text ?? null,
    };
  });

  const answerable = results.filter((result) => result.answerable);
  const hitsWithin = (k: number) => answerable.filter((result) => result.rank !== null && result.rank <= k).length;
  const refused = results.filter((result) => !result.answered);
  const shouldRefuse = results.filter((result) => !result.answerable);
  const rightlyRefused = refused.filter((result) => !result.answerable).length;

  const categories = {} as Record<Category, CategoryFigure>;
  for (const category of CATEGORIES) {
    const inCategory = results.filter((result) => result.category === category);
    categories[category] = {
      count: inCategory.length,
      score: ratio(inCategory.filter((r) => r.passed).length, inCategory.length),
    };
  }

  const passageTexts = corpus.passages.map((passage: Passage) => passage.text);
  const unreachable = questions
    .filter((question) => question.expect.length > 0)
    .filter((question) => !passageTexts.some((text) => containsAnySpan(text, question.expect)))
    .map((question) => question.id);

  return {
    hitAt1: ratio(hitsWithin(1), answerable.length),
    hitAt3: ratio(hitsWithin(3), answerable.length),
    mrr: ratio(
      answerable.reduce((sum, result) => sum + (result.rank === null ? 0 : 1 / result.rank), 0),
      answerable.length,
    ),
    refusalPrecision: ratio(rightlyRefused, refused.length),
    refusalRecall: ratio(rightlyRefused, shouldRefuse.length),
    categories,
    results,
    unreachable,
  };
}

/** How often the top passage's speaker is the one a who-said question expects. */
export interface SpeakerFigure {
  /** Questions with an expected `speaker`. */
  count: number;
  /** Share whose top passage's speaker (askWithSpeakers: the statement answering the question) is the expected one. */
  accuracy: number;
  /** The same, counting a body and those who speak for it as one (Mao Ning for the Chinese Foreign Ministry). */
  accuracyWithBodies: number;
  results: { id: string; question: string; expected: string; predicted: string | null }[];
}

/** Speaker accuracy of the engine with attribution, on the questions that name an expected speaker. */
export function speakerAccuracy(questions: readonly EvalQuestion[], corpus: Corpus): SpeakerFigure {
  const engine = createSearchEngine(corpus);
  const attribution = attributionOf(engine);
  const results = questions
    .filter((question): question is EvalQuestion & { speaker: string } => typeof question.speaker === 'string')
    .map((question) => {
      const answer = answerQuestion(
        engine,
        question.question,
        { limit: TOP_K, ...(question.context ? { context: question.context } : {}) },
        attribution,
      );
      const top = answer.passages[0];
      return {
        id: question.id,
        question: question.question,
        expected: question.speaker,
        predicted: top?.statement?.speaker ?? top?.speakers[0] ?? null,
      };
    });
  const sameBody = (a: string, b: string | null) =>
    b !== null && (DEFAULT_DIRECTORY.voicesOf(a).has(b) || DEFAULT_DIRECTORY.voicesOf(b).has(a));
  return {
    count: results.length,
    accuracy: ratio(results.filter((result) => result.predicted === result.expected).length, results.length),
    accuracyWithBodies: ratio(
      results.filter((result) => sameBody(result.expected, result.predicted)).length,
      results.length,
    ),
    results,
  };
}

/** The engine under test through the one entry point the terminal and the bot call, as an ask function. */
export function engineAsk(corpus: Corpus): AskFunction {
  const engine = createSearchEngine(corpus);
  const attribution = attributionOf(engine);
  return (question, options) => answerQuestion(engine, question, options, attribution);
}

/** An answer as the development set's scorer reads it: top passages with every citation field, and the answer's other text. */
export function devAnswerOf(answer: SpeakerAnswer, engine: ReturnType<typeof createSearchEngine>): DevAnswer {
  return {
    answered: answer.answered,
    passages: answer.passages.map((passage) => {
      const metas = passage.carriers.map((carrier) =>
        engine.corpus.articles.find((article) => article.meta.id === carrier.articleId),
      );
      const shown = engine.passageById.get(passage.id);
      return {
        text: passage.text,
        outlets: passage.carriers.map((carrier) => carrier.outlet),
        citation: [
          ...metas.flatMap((article) =>
            article
              ? [
                  article.meta.title,
                  article.meta.date ?? '',
                  article.meta.dateline ?? '',
                  article.meta.byline ?? '',
                  article.meta.creditedSource ?? '',
                  ...article.captions,
                ]
              : [],
          ),
          shown?.section ?? '',
        ].filter(Boolean),
        speakers: [...passage.speakers, ...(passage.statement ? [passage.statement.speaker] : [])],
      };
    }),
    text: [
      ...answer.speakers.map((speaker) => `${speaker.speaker} ${speaker.role ?? ''}`),
      ...answer.passages.map((passage) => passage.statement?.text ?? ''),
    ].join('\n'),
  };
}

/** The engine as the development set's scorer asks it. */
export function engineDevAsk(corpus: Corpus): DevAsk {
  const engine = createSearchEngine(corpus);
  const attribution = attributionOf(engine);
  return (question, context) =>
    devAnswerOf(
      answerQuestion(engine, question, { limit: TOP_K, ...(context ? { context } : {}) }, attribution),
      engine,
    );
}

/** The development set's baseline: plain MiniSearch over the raw files' paragraphs (chrome included), no cleaning. */
export function rawBaselineDevAsk(dir: string): DevAsk {
  const paragraphs = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      readFileSync(`${dir}/${name}`, 'utf8')
        .split(/\n\s*\n|\n/)
        .map((text) => text.trim())
        .filter(Boolean),
    )
    .map((text, id) => ({ id, text }));
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });
  index.addAll(paragraphs);
  return (question, context) => {
    const found = index.search(context ? `${context} ${question}` : question).slice(0, TOP_K);
    return {
      answered: found.length > 0,
      passages: found.map((result) => ({ text: String(result['text']), outlets: [], citation: [], speakers: [] })),
      text: '',
    };
  };
}

/** The baseline: MiniSearch with default options over the same passages; refuses only when it finds nothing. */
export function baselineAsk(corpus: Corpus): AskFunction {
  const index = new MiniSearch<Passage>({ fields: ['text'], storeFields: ['text'] });
  index.addAll(corpus.passages);
  return (question, { limit }) => {
    const found = index.search(question).slice(0, limit);
    return { answered: found.length > 0, passages: found.map((result) => ({ text: String(result['text']) })) };
  };
}

const pct = (value: number): string => value.toFixed(3);
const times = (engine: number, baseline: number): string =>
  baseline === 0 ? (engine === 0 ? '-' : 'inf') : `${(engine / baseline).toFixed(2)}x`;

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
}

function printReport(
  engine: Figures,
  baseline: Figures,
  questions: readonly EvalQuestion[],
  millis: number,
  speakers?: SpeakerFigure,
): void {
  const widths = [22, 8, 9, 8];
  const answerable = questions.filter((question) => question.expect.length > 0).length;
  console.log(
    `\n${questions.length} questions (${answerable} answerable, ${questions.length - answerable} to refuse), top ${TOP_K} passages\n`,
  );
  console.log(row(['figure', 'engine', 'baseline', 'ratio'], widths));
  console.log(row(['-'.repeat(22), '-'.repeat(8), '-'.repeat(9), '-'.repeat(8)], widths));
  const labels: Record<Headline, string> = {
    hitAt1: 'hit@1',
    hitAt3: 'hit@3',
    mrr: 'MRR@10',
    refusalPrecision: 'refusal precision',
    refusalRecall: 'refusal recall',
  };
  for (const key of HEADLINE) {
    console.log(row([labels[key], pct(engine[key]), pct(baseline[key]), times(engine[key], baseline[key])], widths));
  }

  console.log('\nby category (hit@3; share refused for out-of-scope and boilerplate-only)\n');
  console.log(row(['category', 'engine', 'baseline', 'ratio', 'n'], [...widths, 4]));
  console.log(row(['-'.repeat(22), '-'.repeat(8), '-'.repeat(9), '-'.repeat(8), '-'.repeat(4)], [...widths, 4]));
  for (const category of CATEGORIES) {
    const mine = engine.categories[category];
    const theirs = baseline.categories[category];
    console.log(
      row(
        [category, pct(mine.score), pct(theirs.score), times(mine.score, theirs.score), String(mine.count)],
        [...widths, 4],
      ),
    );
  }

  if (speakers) {
    const right = speakers.results.filter((result) => result.predicted === result.expected).length;
    console.log(
      `\nspeaker accuracy (top passage's speaker, ${speakers.count} questions with a speaker): ${pct(speakers.accuracy)} (${right}/${speakers.count}); counting a body and its spokespeople as one: ${pct(speakers.accuracyWithBodies)}`,
    );
    for (const miss of speakers.results.filter((result) => result.predicted !== result.expected)) {
      console.log(
        `  ${miss.id.padEnd(10)} expected ${miss.expected}, got ${miss.predicted ?? '(nobody)'}: ${miss.question}`,
      );
    }
  }

  if (engine.unreachable.length > 0) {
    console.log(`\nunreachable (no cleaned passage holds any expected span): ${engine.unreachable.join(', ')}`);
  }

  const failed = engine.results.filter((result) => !result.passed);
  console.log(`\nengine failures (${failed.length}):`);
  for (const result of failed) {
    const why = result.answerable
      ? result.answered
        ? result.rank === null
          ? 'no hit in top 10'
          : `first hit at rank ${result.rank}`
        : 'refused'
      : 'answered, should refuse';
    const top = result.topPassage === null ? '(nothing)' : result.topPassage.replace(/\s+/g, ' ').slice(0, 80);
    console.log(`  ${result.id.padEnd(10)} ${why.padEnd(24)} ${result.question}\n  ${' '.repeat(10)} top: ${top}`);
  }
  console.log(`\n${millis.toFixed(0)} ms`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const questions = readQuestions();
  const corpus = await loadCorpus(SEEDS_DIR);
  const engine = evaluate(engineAsk(corpus), questions, corpus);
  const baseline = evaluate(baselineAsk(corpus), questions, corpus);
  const speakers = speakerAccuracy(questions, corpus);
  printReport(engine, baseline, questions, performance.now() - started, speakers);
  if (existsSync(SEALED_FILE)) {
    const sealed = readQuestions(SEALED_FILE);
    printSealed(
      evaluate(engineAsk(corpus), sealed, corpus),
      evaluate(baselineAsk(corpus), sealed, corpus),
      engine,
      sealed.length,
    );
  }
  await printDevReport(corpus);
  printBlindSeedsReport(corpus);
  await printInventedPagesReport();
  printWordings(corpus, questions);
  if (process.argv.includes('--ablation')) await printAblation(corpus, questions);
}

/** The own and development questions reworded as people reword them: how many keep the verdict they had as written. */
function printWordings(corpus: Corpus, questions: readonly EvalQuestion[]): void {
  const dev = readDevSet();
  const rewordable = [
    ...questions.filter((question) => !question.context),
    ...(dev?.questions ?? [])
      .filter((question) => !question.context)
      .map((question) => ({
        id: question.id,
        question: question.question,
        expect: question.expect.mustContainAny ?? [],
      })),
  ];
  const changes = wordingChanges(engineAsk(corpus), rewordable);
  console.log(
    `\nthe same questions reworded (${rewordable.length} own and development questions; verdicts kept, and questions right as written that the wording loses)\n`,
  );
  for (const { wording, same, lost } of changes)
    console.log(
      `  ${wording.padEnd(36)} ${String(same).padStart(4)} kept   ${lost.length > 0 ? `lost: ${lost.join(', ')}` : ''}`,
    );
}

/** Every rule switch turned off in turn, with what each set scores without it: a rule stays only where it pays. */
async function printAblation(corpus: Corpus, questions: readonly EvalQuestion[]): Promise<void> {
  const sealed = existsSync(SEALED_FILE) ? readQuestions(SEALED_FILE) : [];
  const set = readDevSet();
  const pageCorpus = set ? await loadCorpus(set.pagesDir) : null;
  const switches: [string, Record<string, boolean>][] = [
    ...Object.keys(ANALYSIS_RULES).map((key): [string, Record<string, boolean>] => [key, ANALYSIS_RULES]),
    ...Object.keys(RANKING_RULES).map((key): [string, Record<string, boolean>] => [key, RANKING_RULES]),
  ];
  const widths = [18, 9, 9, 9, 9, 9, 9];
  const measure = () => {
    const own = evaluate(engineAsk(corpus), questions, corpus);
    const seal = sealed.length > 0 ? evaluate(engineAsk(corpus), sealed, corpus) : null;
    const dev = set ? scoreDevQuestions(engineDevAsk(corpus), set.questions, set.chrome) : null;
    const pages = set && pageCorpus ? scorePageQuestions(engineDevAsk(pageCorpus), set, pageCorpus) : null;
    return [
      own.hitAt3,
      own.refusalRecall,
      seal?.hitAt3 ?? NaN,
      seal?.refusalRecall ?? NaN,
      dev?.hitAt3 ?? NaN,
      dev?.refusalRecall ?? NaN,
      pages?.hitAt3 ?? NaN,
    ];
  };
  const all = measure();
  console.log('\nablation: each rule off in turn (hit@3 / refusal recall; sealed shown as figures only)\n');
  console.log(
    row(['rule off', 'own h@3', 'own ref', 'seal h@3', 'seal ref', 'dev h@3', 'dev ref', 'pages'].slice(0, 8), [
      ...widths,
      9,
    ]),
  );
  console.log(row(['(all on)', ...all.map((value) => value.toFixed(3))], [...widths, 9]));
  for (const [key, rules] of switches) {
    rules[key] = false;
    const off = measure();
    rules[key] = true;
    console.log(
      row(
        [
          key,
          ...off.map((value, i) => `${value.toFixed(3)}${value === all[i] ? ' ' : value > (all[i] ?? 0) ? '+' : '-'}`),
        ],
        [...widths, 9],
      ),
    );
  }
}

/** The sealed third: figures only, never its questions or failures, so nobody tunes on it by reading them. */
function printSealed(sealed: Figures, baseline: Figures, tuned: Figures, count: number): void {
  const widths = [22, 8, 8, 9, 8];
  console.log(`\nsealed questions (${count}; figures only: test/eval/sealed.json is not read while tuning)\n`);
  console.log(row(['figure', 'tuned', 'sealed', 'baseline', 'gap'], widths));
  for (const key of HEADLINE) {
    console.log(
      row([key, pct(tuned[key]), pct(sealed[key]), pct(baseline[key]), (sealed[key] - tuned[key]).toFixed(3)], widths),
    );
  }
  // By category too, still figures only: where the gap between tuned and sealed lies, never which question.
  console.log(`\n${row(['category (hit@3 / refused)', 'tuned', 'sealed', 'n sealed'], [26, 8, 8, 9])}`);
  for (const category of CATEGORIES) {
    const count = sealed.categories[category].count;
    if (count > 0)
      console.log(
        row(
          [category, pct(tuned.categories[category].score), pct(sealed.categories[category].score), String(count)],
          [26, 8, 8, 9],
        ),
      );
  }
}

/** The development set beside the repository: seed questions and page questions, engine against a plain MiniSearch over raw paragraphs. */
async function printDevReport(corpus: Corpus): Promise<void> {
  const set = readDevSet();
  if (!set) {
    console.log('\ndevelopment set not found (looked for ../shared/eval-dev beside the repository; set EVAL_DEV_DIR)');
    return;
  }
  const seeds = scoreDevQuestions(engineDevAsk(corpus), set.questions, set.chrome);
  const seedsBaseline = scoreDevQuestions(rawBaselineDevAsk(SEEDS_DIR), set.questions, set.chrome);
  const pageCorpus = await loadCorpus(set.pagesDir);
  const pages = scorePageQuestions(engineDevAsk(pageCorpus), set, pageCorpus);
  const pagesBaseline = scorePageQuestions(rawBaselineDevAsk(set.pagesDir), set, pageCorpus);
  const widths = [24, 8, 9, 8, 9];
  console.log(
    `\ndevelopment set (${set.questions.length} seed questions, ${pages.results.length} page questions; top 3 as its README scores)\n`,
  );
  console.log(row(['figure', 'seeds', 'baseline', 'pages', 'baseline'], widths));
  const line = (label: string, pick: (figures: DevFigures) => number, digits = 3) =>
    console.log(
      row(
        [label, ...[seeds, seedsBaseline, pages, pagesBaseline].map((figures) => pick(figures).toFixed(digits))],
        widths,
      ),
    );
  line('hit@1', (figures) => figures.hitAt1);
  line('hit@3', (figures) => figures.hitAt3);
  line('MRR@3', (figures) => figures.mrr);
  line('refusal recall', (figures) => figures.refusalRecall);
  line('refusal precision', (figures) => figures.refusalPrecision);
  line('boilerplate in top 3', (figures) => figures.boilerplateInTop3, 0);
  line('speaker accuracy', (figures) => figures.speakerAccuracy);
  line('outlet recall', (figures) => figures.outletRecall);
  console.log('\nby kind (hit@3; share refused for no-answer and boilerplate-trap)\n');
  for (const [kind, figure] of Object.entries(seeds.kinds)) {
    console.log(
      row(
        [kind, figure.score.toFixed(3), (seedsBaseline.kinds[kind]?.score ?? 0).toFixed(3), '', String(figure.count)],
        widths,
      ),
    );
  }
  const failed = [...seeds.results, ...pages.results].filter(
    (result) => !result.passed || result.boilerplate > 0 || result.speakerRight === false,
  );
  console.log(`\ndevelopment set misses (${failed.length}):`);
  for (const result of failed) {
    const why = !result.passed
      ? result.kind === 'no-answer' || result.kind === 'boilerplate-trap'
        ? 'answered'
        : result.answered
          ? 'no hit in top 3'
          : 'refused'
      : result.boilerplate > 0
        ? 'boilerplate'
        : 'wrong speaker';
    console.log(
      `  ${result.id.padEnd(20)} ${why.padEnd(16)} ${result.question}\n  ${' '.repeat(20)} top: ${(result.top ?? '(nothing)').replace(/\s+/g, ' ').slice(0, 90)}`,
    );
  }
}

/** The blind questions over the seeds, set by set: both halves' figures, and the misses of the tuned half only. */
function printBlindSeedsReport(corpus: Corpus): void {
  const ask = engineDevAsk(corpus);
  for (const file of BLIND_SETS) {
    const blind = readBlindSeeds(file);
    const tuned = scoreDevQuestions(ask, blind.tuned, blind.chrome);
    const sealed = scoreDevQuestions(ask, blind.sealed, blind.chrome);
    console.log(
      `\nblind questions over the seeds, ${file} (${blind.tuned.length + blind.sealed.length}, development-set format, written without seeing the engine; odd ids tuned, even sealed)\n`,
    );
    for (const [label, figures] of [
      ['tuned', tuned],
      ['sealed', sealed],
    ] as const)
      console.log(
        `  ${label.padEnd(7)} hit@1 ${figures.hitAt1.toFixed(3)}  hit@3 ${figures.hitAt3.toFixed(3)}  MRR@3 ${figures.mrr.toFixed(3)}  refusal precision ${figures.refusalPrecision.toFixed(3)}  recall ${figures.refusalRecall.toFixed(3)}  boilerplate in top 3 ${figures.boilerplateInTop3}`,
      );
    for (const result of tuned.results.filter((entry) => !entry.passed || entry.boilerplate > 0)) {
      const refusalKind = result.kind === 'no-answer' || result.kind === 'boilerplate-trap';
      const why = result.passed
        ? 'boilerplate'
        : refusalKind
          ? 'answered'
          : result.answered
            ? 'no hit in top 3'
            : 'refused';
      console.log(`  ${result.id.padEnd(8)} ${why.padEnd(16)} ${result.question}`);
    }
  }
}

/** Pages of other layouts invented for the cleaner's tests, with questions written on them blind, batch by batch. */
async function printInventedPagesReport(): Promise<void> {
  const tuned = emptyTally();
  const sealed = emptyTally();
  await printInventedBatch(
    INVENTED_PAGES_FILE,
    (pages, questions) =>
      `invented pages (${pages} pages of other layouts, ${questions} questions written blind; tuned on)`,
    true,
    tuned,
  );
  for (const batch of [
    4, 6, 7, 9, 11, 13, 14, 15, 17, 18, 20, 22, 24, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57,
    59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99, 101, 103, 105, 107, 109, 111,
    113, 115, 117, 119, 121, 123, 125, 127, 129, 131, 133, 135, 137, 139, 141, 143, 145, 147, 149, 151, 153, 155, 157,
    159, 161, 163, 165, 167, 169,
  ])
    await printInventedBatch(
      `invented-pages-${batch}.json`,
      (pages, questions) =>
        `invented pages, batch ${batch} (${pages} pages, ${questions} questions written blind; tuned on)`,
      true,
      tuned,
    );
  // Sealed: the figures only, so that no miss is read and tuned on.
  for (const batch of [
    5, 8, 10, 12, 16, 19, 21, 23, 26, 28, 30, 32, 34, 36, 38, 40, 42, 44, 46, 48, 50, 52, 54, 56, 58, 60, 62, 64, 66,
    68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88, 90, 92, 94, 96, 98, 100, 102, 104, 106, 108, 110, 112, 114, 116, 118,
    120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142, 144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164,
    166, 168, 170,
  ])
    await printInventedBatch(
      `invented-pages-${batch}.json`,
      () => `invented pages, batch ${batch} (sealed: never tuned on; figures only)`,
      false,
      sealed,
    );
  console.log(
    "\nthe invented pages' own metadata read as their writers stated it (batches from 41 on; what every excerpt is cited with)\n",
  );
  console.log(`  tuned   ${metadataLine(tuned)}`);
  console.log(`  sealed  ${metadataLine(sealed)}`);
  for (const miss of tuned.misses) console.log(`  ${miss}`);
}

/**
 * One batch's figures, and its misses (questions not hit in the top 3, or with chrome there) when `misses` is set;
 * its pages' metadata is added to `metadata`.
 */
async function printInventedBatch(
  file: string,
  label: (pages: number, questions: number) => string,
  misses: boolean,
  metadata: MetadataTally,
): Promise<void> {
  const invented = await readInventedPages(file);
  if (!invented) return;
  const { set, corpus } = invented;
  tallyPageMetadata(corpus, set.pages, metadata);
  const figures = scorePageQuestions(engineDevAsk(corpus), set, corpus);
  console.log(`\n${label(set.pages.length, figures.results.length)}\n`);
  console.log(
    `  hit@1 ${figures.hitAt1.toFixed(3)}  hit@3 ${figures.hitAt3.toFixed(3)}  MRR@3 ${figures.mrr.toFixed(3)}  boilerplate in top 3 ${figures.boilerplateInTop3}`,
  );
  if (!misses) return;
  for (const result of figures.results.filter((entry) => !entry.passed || entry.boilerplate > 0))
    console.log(
      `  ${result.id.padEnd(34)} ${(result.answered ? (result.passed ? 'boilerplate' : 'no hit in top 3') : 'refused').padEnd(16)} ${result.question}`,
    );
}

const invokedPath = process.argv[1];
if (invokedPath && import.meta.url === pathToFileURL(resolve(invokedPath)).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
