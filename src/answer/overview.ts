import { analyzeQuestion } from '../search/analyzeQuestion.ts';
import { answerOf, carriersOf } from '../search/ask.ts';
import type { SearchEngine } from '../search/engine.ts';
import { outletsNamedIn } from '../search/outletNamedIn.ts';
import type { Answer, AskOptions, CitedPassage } from '../search/types.ts';

/** Asking for the whole rather than a topic: "give me an overview", "summarise it", "what are the key points". */
const OVERVIEW =
  /\b(?:overview|summary|summari[sz]e|sum (?:it |this |them )?up|gist|recap|tl;?dr|(?:main|key|central) (?:points?|story|takeaways?|facts|claims?|message|issues?)|in (?:a )?nutshell|what(?:'s| is| are| was)\s+(?:this|it|these|they|the (?:coverage|story|stories|articles?|reports?|news|pieces?))\s+(?:all\s+)?about)\b/gi;
/** Words that name the coverage itself, not a topic in it. */
const COVERAGE_WORDS =
  /\b(?:coverage|articles?|stor(?:y|ies)|reports?|reporting|news|pieces?|pages?|outlets?|sources?|it|this|these|them|all|everything|whole|me|please|briefly|quick(?:ly)?|short)\b/gi;

/**
 * Whether a question asks for the coverage as a whole, or one outlet's article ("What is the main point of the
 * RT article?"), naming no topic: once the words asking for an overview, the outlets and the words for the
 * coverage itself are taken out, nothing is left to search for.
 */
export function overviewAsked(question: string, engine: SearchEngine): boolean {
  OVERVIEW.lastIndex = 0;
  if (!OVERVIEW.test(question)) return false;
  return !namesTopic(question.replace(OVERVIEW, ' '), engine);
}

/** Whether any word of `text` is a topic to search for, once outlet names and words for the coverage are out. */
export function namesTopic(text: string, engine: SearchEngine): boolean {
  const rest = (outletsNamedIn(text, engine.corpus.articles)?.rest ?? text).replace(COVERAGE_WORDS, ' ');
  return analyzeQuestion(rest, engine).some((concept) => !concept.qualifier && !concept.vague);
}

/**
 * The coverage at a glance. Across outlets: what the most outlets carried first (what every outlet reported is
 * the story), then by place in the article (a report's lead before its background), each passage once with every
 * outlet that carried it. One outlet's article: in its own order, lead first.
 */
export function overviewAnswer(engine: SearchEngine, question: string, options: AskOptions = {}): Answer {
  const outlets = options.outlet ? [options.outlet] : (outletsNamedIn(question, engine.corpus.articles)?.outlets ?? []);
  return answerOf(question, consensusPassages(engine, outlets), engine, options);
}

/** Every passage once per near-duplicate group, most carried first, then earliest in its article; or one outlet's, in order. */
export function consensusPassages(engine: SearchEngine, outlets: readonly string[] = []): CitedPassage[] {
  const lengths = new Map(
    engine.corpus.articles.map((article) => [article.meta.id, Math.max(1, article.passages.length)]),
  );
  const place = (articleId: string, paragraph: number) => (paragraph - 1) / (lengths.get(articleId) ?? 1);
  const seen = new Set<string>();
  const cited: (CitedPassage & { place: number })[] = [];
  for (const passage of engine.corpus.passages) {
    const outlet = engine.articleById.get(passage.articleId)?.outlet ?? '';
    if (outlets.length > 0 && !outlets.includes(outlet)) continue;
    const group = engine.groups.get(passage.id) ?? [passage.id];
    const key = [...group].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const carriers = carriersOf(passage.id, engine);
    cited.push({
      id: passage.id,
      text: passage.text,
      carriers,
      score: carriers.length,
      matchedTerms: [],
      place: place(passage.articleId, passage.paragraph),
    });
  }
  if (outlets.length === 0) cited.sort((a, b) => b.carriers.length - a.carriers.length || a.place - b.place);
  return cited.map(({ place: _place, ...passage }) => passage);
}
