import { escapeRegExp } from '../regExpText.ts';
import type { Article, Passage } from '../corpus/types.ts';
import { tokensOf } from '../search/analyzer.ts';
import { analyzeQuestion } from '../search/analyzeQuestion.ts';
import { answerOf, conceptMatch, refusal, round } from '../search/ask.ts';
import type { SearchEngine } from '../search/engine.ts';
import { keywordsOnly } from '../search/factKinds.ts';
import { outletsNamedIn } from '../search/outletNamedIn.ts';
import { COVERAGE_NOUNS } from '../search/statedCounts.ts';
import { STOP_WORDS } from '../search/stopWords.ts';
import type { Answer, AskOptions, CitedPassage } from '../search/types.ts';

/** What an article prints about itself, as a question may ask for it. */
export type PrintedField = 'headline' | 'dateline' | 'byline' | 'caption' | 'credit' | 'section';

/** Each field with the words that ask for it; image words before "credit", so "credit for its image" is a caption. */
const ASKS: [PrintedField, RegExp][] = [
  ['section', /\b(?:sub[\s-]?headings?|sub-?heads?|section headings?|crossheads?|under which heading)\b/i],
  // "headed its story with", not "who headed the delegation" (led it).
  [
    'headline',
    // "hed" is the newsroom's word for it.
    /\b(?:headlines?|title[ds]?|heds?)\b|\bheaded\s+(?:its|their|the|his|her|an?)\s+(?:[\p{L}-]+\s+){0,3}?(?:story|article|report|piece|page|coverage|dispatch)\b/iu,
  ],
  // "the one-line summary printed above the article", "its standfirst": what tops the page, which the headline is
  // when the page prints no other (the seeds' dumps keep one line above the body).
  [
    'headline',
    /\b(?:standfirsts?|straplines?|sub-?titles?|deks?)\b|\bbanners?\b(?=[^?]*\b(?:article|story|report|piece|page|dispatch|coverage)s?\b)|\b(?:printed|shown|placed|written|given)\s+(?:above|over|at\s+the\s+top\s+of)\s+(?:the|its|their|this|that)\s+(?:[\p{L}-]+\s+){0,3}?(?:story|article|report|piece|page|text|dispatch|body)\b/iu,
  ],
  ['caption', /\b(?:captions?|photos?|photographs?|pictures?|images?|illustrat\w+)\b/i],
  // Not "co-author", "co-writer": a compound names someone in the story, not who wrote the page.
  ['byline', /(?<![\p{L}-])(?:bylines?|authors?|authored|written by|who wrote|writer|reporter|correspondent)\b/iu],
  [
    'dateline',
    /\bdate\s+and\s+time\b|\b(?:publication|publishing|published|pub)\s+date\b|\bdate\s+of\s+(?:publication|publishing)\b|\btime\s?stamp\b|\b(?:is|was|were|are)\b[^?]*\bdated\b|\b(?:date|time)\b[^?]*\b(?:print|publish|post|stamp|dated)\w*|\b(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(?:was|were|did)\b[^?]*\b(?:re)?(?:publish|print|post|dated|upload)\w*|\bwhen\s+did\b(?=[^?]*\b(?:version|piece|article|story|report|post|write-?up|copy|repost)\b)[^?]*\b(?:put\b[^?]*\bup|go\s+(?:up|live|online)|come\s+out)\b/i,
  ],
  // "Which outlet republished it?" asks for a credit; "the Asia-Pacific Research repost" only names the article.
  // "Creditor", "credible" are other words; "is credited with having said", "credit Beijing with the phrase" say who
  // said or did something, which the articles tell.
  [
    'credit',
    /\b(?:credit(?:s|ed|ing)?(?!\s+(?:[^\s?]+\s+){0,3}?with\b)|provenance|original(?:ly)?\s+(?:source|published|appeared|ran)|(?:reposted|republished|reprinted|syndicated)|(?:repost|republish|reprint|syndicat)\w*\s+from|(?:which|what)\s+sources?\s+(?:does|did|do))\b/i,
  ],
];

/**
 * Words of a question about credits that name no topic, besides the coverage's own nouns ("source", "article"): the
 * credit's own words and the verbs asking what a page gives for it ("What provenance does the page state?").
 */
const CREDIT_WORDS =
  /^(?:credit(?:s|ed|ing)?|provenance|original\w*|repost\w*|republish\w*|reprint\w*|syndicat\w*|stated?|states|gives?|given|shows?|shown|prints?|printed)$/i;

/** "Which publication does the page name as the original source?": a verb asking what a page names or cites. */
const NAMING_VERBS = /^(?:names?|named|naming|cites?|cited|citing|mentions?|mentioned|lists?|listed)$/i;

/** What a field is called in a refusal: "RT's article prints no date". */
const NOUNS: Record<PrintedField, string> = {
  headline: 'headline',
  dateline: 'date',
  byline: 'byline',
  caption: 'caption',
  credit: 'credit',
  section: 'subheadings',
};

const LABELS: Record<PrintedField, string> = {
  headline: 'Headline',
  dateline: 'Date as printed',
  byline: 'Byline',
  caption: 'Caption',
  credit: 'Credits',
  section: 'Section',
};

/** The printed field a question asks about, or null when it asks about what the articles say. */
export function printedFieldAsked(question: string): PrintedField | null {
  // "in the writer's view", "according to the author", "what did it suggest to the newsletter's author": what the
  // article says, not who wrote it; nor is "the author of the statement" (who made it), nor "what cost do the
  // authors put on it" (the writers as the subject of what is asked).
  // "the author of the Asia-Pacific Research piece": the piece named after its outlet is the page, not a statement.
  const asked =
    METADATA_ANSWER_RULES.pieceAfterName && PIECE_AFTER_NAME.test(question)
      ? question
      : question
          .replace(WRITERS_VIEW, ' ')
          .replace(METADATA_ANSWER_RULES.writersPossessive ? WRITERS_POSSESSIVE : /$^/, ' ');
  // "the headline figure", "what the diplomat told the author", "does the correspondent object": the field's word
  // in prose, of a number or a person in the story, not the field asked for.
  const inProse = METADATA_ANSWER_RULES.fieldWordsInProse ? asked.replace(FIELD_WORDS_IN_PROSE, ' ') : asked;
  const prose = METADATA_ANSWER_RULES.toldAnyWriter ? inProse.replace(TOLD_ANY_WRITER, ' ') : inProse;
  // "the sub heading at the top of the RT piece": the line topping the page, above the body.
  if (METADATA_ANSWER_RULES.subheadingOnTop && SUBHEADING_ON_TOP.test(prose)) return 'headline';
  const field = ASKS.find(
    ([field, pattern]) =>
      pattern.test(prose) &&
      (field !== 'caption' || asksForImage(asked)) &&
      (field !== 'headline' || !METADATA_ANSWER_RULES.personsTitle || !asksPersonsTitle(asked)),
  );
  if (field) return field[0];
  if (METADATA_ANSWER_RULES.pieceDated && PIECE_DATED.some((pattern) => pattern.test(asked))) return 'dateline';
  if (METADATA_ANSWER_RULES.pieceAsTheirs && PIECE_DATED_AS_THEIRS.test(asked)) return 'dateline';
  if (METADATA_ANSWER_RULES.pieceBearsDate && PIECE_BEARS_DATE.test(asked)) return 'dateline';
  // A piece named as such ("the Countercurrents original", "the repost"), not an event ("the KCNA statement").
  const pieceNamed =
    PAGE_NOUN.test(asked) ||
    /\boriginal\b/i.test(asked) ||
    // "Asia-Pacific Research is reposting this, right? Where did it first appear?": a page said to repeat a piece.
    (METADATA_ANSWER_RULES.repostingPages && REPOSTING.test(asked));
  if (METADATA_ANSWER_RULES.piecesInOrder && PIECES_IN_ORDER.test(asked) && pieceNamed) return 'dateline';
  // "Where did the Global Research repost originally come from?": a piece's origin is the source it credits.
  if (METADATA_ANSWER_RULES.pieceOrigin && PIECE_ORIGIN.test(asked) && pieceNamed) return 'credit';
  // "From which publication did Asia-Pacific Research take its article?": where a page got its piece is its credit.
  if (METADATA_ANSWER_RULES.piecesTaken && PIECE_TAKEN.test(asked) && pieceNamed) return 'credit';
  // "When the Countercurrents article was first published?": "when" asked in the order of a statement, as learners
  // of English and quick typists write it, is still a date asked.
  if (METADATA_ANSWER_RULES.statementOrder && WHEN_IN_STATEMENT_ORDER.test(asked)) return 'dateline';
  if (METADATA_ANSWER_RULES.timeOfPublishing && TIME_OF_PUBLISHING.test(asked)) return 'dateline';
  // "when it was publish?": the participle in its base form, as learners of English write it.
  if (METADATA_ANSWER_RULES.baseFormPublished && WHEN_PUBLISH_BASE_FORM.test(asked)) return 'dateline';
  // Keywords with no question word or verb ("global research repost date"): a date beside the article asked for.
  return keywordsOnly(asked) && KEYWORD_DATE.test(asked) ? 'dateline' : null;
}

/**
 * A subheading placed at the top of a page: the line topping it, not a heading inside the body. (One placed under
 * the headline is the article's opening, which answerQuestion reads first: openingAsked.)
 */
const SUBHEADING_ON_TOP = /\bsub[\s-]?head(?:ing|line)?s?\b(?=[^?]*\b(?:at|on)\s+(?:the\s+)?(?:very\s+)?top\b)/i;

/** "when the article was (first) published", "when it got posted": the subject before the verb of publishing. */
const WHEN_SUBJECT_FIRST = String.raw`\bwhen\s+(?!was\b|were\b|did\b|is\b|does\b)[^?]*?\b(?:was|were|got|get|gets|has\s+been|had\s+been)\s+(?:first\s+|originally\s+|initially\s+|actually\s+)?(?:re)?`;
const WHEN_IN_STATEMENT_ORDER = new RegExp(`${WHEN_SUBJECT_FIRST}(?:published|printed|posted|uploaded)\\b`, 'i');
/**
 * "Which day and hour the article was published?", "At what hour was it posted?": a day, a date, a time or an hour
 * asked, with or without the subject first, of a page being published (passive: "in what day it published them"
 * asks when an agency put out statements; "the Tokyo post" is no posting).
 */
const TIME_OF_PUBLISHING =
  /\b(?:(?:on|at)\s+)?(?:what|which)\s+(?:date|day|time|hour)(?:\s*(?:and|&|\/|or)\s*(?:date|day|time|hour))?\b[^?]*?\b(?:was|were|is|are|got|get|gets|been)\b[^?]*?\b(?:first\s+|originally\s+|initially\s+)?(?:re)?(?:published|printed|posted|uploaded)\b/i;
/** The same with the participle in its base form: "when it was publish?". */
const WHEN_PUBLISH_BASE_FORM = new RegExp(`${WHEN_SUBJECT_FIRST}(?:publish|print|post|upload)\\b`, 'i');

/**
 * "What's his actual job title?", "Need name and title.", "name + title?", "What title does Kim hold?": the title of a
 * person, their post, which the passage introducing them gives; a page's title is asked with the page ("the article's
 * title").
 */
const PERSONS_TITLE =
  /\b(?:job|professional|work)\s+titles?\b|\b(?:his|her)\s+(?:[\p{L}-]+\s+)?titles?\b|\bnames?\s*(?:and|&|\+|\/|,)\s*(?:(?:job|official|full)\s+)?titles?\b|\btitles?\s*(?:and|&|\+|\/|,)\s*names?\b|\btitles?\s+(?:does|did|do)\b[^?]*\b(?:hold|holds|held|bear|bears|go\s+by)\b/iu;
/** A page repeating a piece, said as a verb: "is reposting this", "republished it", "syndicates". */
const REPOSTING = /\b(?:re-?post|re-?publish|re-?print|syndicat)(?:ing|ed|es|s)?\b/i;

const PAGE_NOUN =
  /\b(?:article|story|stories|report|piece|page|post|repost|version|copy|write-?up|dispatch|coverage|outlet)s?\b/i;

/** "his formal title", "her full title": a title a person holds, whatever page the question names too. */
const PRONOUN_TITLE = /\b(?:his|her)\s+(?:[\p{L}-]+\s+)?titles?\b/iu;

/** "Name and job title of the person who gave Beijing's reply to the reports ...": a job's title is never a page's. */
const JOB_TITLE = /\b(?:job|professional|work)\s+titles?\b/iu;

function asksPersonsTitle(question: string): boolean {
  return (
    (PERSONS_TITLE.test(question) && !PAGE_NOUN.test(question)) ||
    (METADATA_ANSWER_RULES.pronounTitles && PRONOUN_TITLE.test(question)) ||
    (METADATA_ANSWER_RULES.jobTitles && JOB_TITLE.test(question))
  );
}

/** "... repost date", "article date": the date of a piece named as one, not of something it reports. */
const KEYWORD_DATE =
  /\b(?:article|story|report|piece|post|repost|version|copy|page|publication|publish(?:ed|ing)?)\s+date\b|\bdate\s+(?:of\s+)?(?:the\s+)?(?:article|story|report|piece|post|repost|version|copy|page|publication)\b/i;

/** A piece of an outlet's, as a question names the page itself: "its version", "their article", "the RT piece". */
const PIECE = String.raw`(?:its|their|the|this|that|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:version|piece|article|story|report|repost|copy|write-?up|item|post|page)\b`;
/**
 * A date asked of the piece itself: "On what date did Asia-Pacific Research run its version of ...?" (a verb of
 * carrying a piece, with the piece as its object), "What date is on their version?" (a date printed on it).
 */
const PIECE_DATED = [
  new RegExp(
    String.raw`\b(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(?:did|does|do|had|has|have)\b[^?]*?\b(?:run|ran|carr(?:y|ied)|put|publish|post|upload|print)\s+(?:up\s+)?${PIECE}`,
    'iu',
  ),
  new RegExp(
    String.raw`\b(?:what|which)\s+date\s+(?:is|was|appears|stands)\s+(?:on|atop|above|at\s+the\s+top\s+of)\s+${PIECE}`,
    'iu',
  ),
];
/**
 * "Which appeared first, the Countercurrents original or the Asia-Pacific Research repost?": the order in which pieces
 * came out, which their printed dates give.
 */
const PIECES_IN_ORDER =
  /\b(?:which|what)\s+(?:(?:one|piece|version|article|story|report|copy)\s+)?(?:appeared|came\s+out|ran|was\s+(?:published|posted|printed))\s+(?:first|earlier|later|last)\b/iu;
/** "What date does the Asia-Pacific Research repost carry?": the piece as the subject, the date what it bears. */
const PIECE_BEARS_DATE = new RegExp(
  String.raw`\b(?:what|which)\s+(?:date|day)\s+(?:does|do|did)\s+${PIECE}\s+(?:carry|bear|show|give|have|list|display)\b`,
  'iu',
);

/** "When did Al Mayadeen put theirs up?": the piece as the outlet's own, a possessive pronoun its object. */
const PIECE_DATED_AS_THEIRS =
  /\b(?:when|(?:on\s+)?(?:what|which)\s+(?:date|day))\s+(?:exactly\s+)?(?:did|does|do|had|has|have)\b[^?]*?\b(?:run|ran|carr(?:y|ied)|put|publish|post|upload|print)\s+(?:up\s+)?(?:theirs|its\s+own|their\s+own|hers)\b/i;

const IMAGE_WORD = /(\S+)\s+(?:photos?|photographs?|pictures?|images?|illustrat\w+)\b/giu;
/** Words before a picture word, besides function words, that make it an image's: its place on the page or its kind. */
const IMAGE_WORD_BEFORE =
  /^(?:main|featured|lead|top|first|second|third|last|accompanying|cover|header|banner|only|same|other|another|file|press|news|wire|aerial|archive|ran|carried|used|published|showed)$/iu;

/**
 * Whether a question naming a picture asks about an image: "today's complicated security picture", "the bigger
 * picture" are figures of speech (a picture word right after a content word that says nothing of an image).
 */
function asksForImage(question: string): boolean {
  if (/\bcaptions?\b/i.test(question) || /^(?:photos?|photographs?|pictures?|images?|illustrat)/i.test(question.trim()))
    return true;
  for (const [, before = ''] of question.matchAll(IMAGE_WORD)) {
    const word = before.replace(/[^\p{L}'’-]/gu, '');
    if (
      /^\p{Lu}/u.test(word) ||
      /['’]s?$/u.test(word) ||
      STOP_WORDS.has(word.toLowerCase()) ||
      IMAGE_WORD_BEFORE.test(word)
    )
      return true;
  }
  return false;
}

/** "author of the Asia-Pacific Research piece", "writer of the RT article": a page, named after its outlet. */
const PIECE_AFTER_NAME =
  /\b(?:author|writer)s?\s+of\s+(?:the|this|that)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:article|piece|story|report|post|page|column|op-?ed|write-?up|dispatch|brief|blog|item|version)\b/u;

/**
 * A field's word in prose: "headline" of a figure ("the headline figure"), a writer told something or taken as a
 * subject ("told the author", "does the correspondent object").
 */
const FIELD_WORDS_IN_PROSE =
  /\bheadline\s+(?:figures?|numbers?|rates?|totals?|estimates?|prices?|costs?|inflation|sums?|amounts?|growth|spending)\b|\b(?:tell|tells|told|telling|give|gives|gave|show|shows|showed)\s+(?:the|this|our)\s+(?:writer|author|reporter|columnist|correspondent)s?\b|\b(?:do|does|did|would|will)\s+(?:[\p{L}'’-]+\s+){0,4}?correspondents?\s+(?!(?:of|say|name)\b)\p{Ll}+/giu;

/**
 * "told a wire-service reporter", "spoke to reporters", "talking to one correspondent": whoever the words went to, a
 * writer spoken to is one in the story, not the page's byline.
 */
const TOLD_ANY_WRITER =
  /\b(?:tell|tells|told|telling|(?:spoke|speak|speaks|speaking|talk|talks|talked|talking)\s+to)\s+(?:(?:a|an|one|some|several|the|this|our|their|its|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:writer|author|reporter|columnist|correspondent|journalist)s?\b/giu;

const WRITERS_VIEW =
  /\b(?:(?:do|does|did|would|will)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:authors?|writers?|reporters?|columnists?)\s+(?!(?:of|say|name)\b)\p{Ll}+|(?:author|writer)s?\s+of\s+(?:the|this|that|these|those|its|their|his|her)\s+(?!(?:article|piece|story|report|post|page|column|op-?ed|write-?up|dispatch|coverage|brief|newsletter|blog|text|item|copy|version)s?\b)(?=\p{L})|(?:to|for)\s+(?:the|this)\s+(?:[\p{L}-]+(?:['’]s)?\s+){0,3}?(?:writer|author|reporter|columnist|correspondent)s?\b(?!['’])|in\s+the\s+(?:writer|author|reporter|columnist)s?['’]s?\s+(?:view|opinion|words|eyes|telling)|according\s+to\s+the\s+(?:[\p{L}-]+(?:['’]s)?\s+){0,3}?(?:writer|author|reporter|columnist|correspondent)s?|(?:the\s+)?(?:writer|author|reporter|columnist)s?\s+(?:argue|think|believe|say|suggest|claim|contend|write|expect|predict|conclude|find|see|warn|recommend|propose|want|wish|hope|urge|advocate|favou?r|prefer|fear|worry|insist|call)(?:s|d|ed)?)\b/giu;

/** "the writer's prediction", "the columnist's main argument": what they hold; not "the writer's name" or byline. */
const WRITERS_POSSESSIVE =
  /\b(?:writer|author|reporter|columnist|correspondent)['’]s\s+(?!(?:name|names|byline|identity|full\s+name)\b)(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]*/giu;

interface PrintedEntry {
  article: Article;
  field: PrintedField;
  value: string;
  n: number;
}

function entriesOf(article: Article, field: PrintedField): PrintedEntry[] {
  const { meta } = article;
  const values: string[] = (() => {
    switch (field) {
      case 'headline':
        return [meta.title];
      case 'dateline':
        return [meta.datedLine ?? meta.dateline ?? meta.date ?? ''];
      case 'byline':
        return [meta.byline ? `by ${meta.byline}` : ''];
      case 'caption':
        return article.captions;
      case 'credit':
        return [
          meta.creditLine ?? (meta.creditedSource ? `Source: ${meta.creditedSource}` : ''),
          ...article.captions.filter((caption) => /\b(?:image|photo|picture)\b.*\bfrom\b|©|\bcredit/i.test(caption)),
        ];
      case 'section':
        return [...new Set(article.passages.map((passage) => passage.section ?? ''))];
    }
  })();
  return values.filter(Boolean).map((value, n) => ({ article, field, value, n }));
}

/** What a passage would say of a cited report's printed field: a writer's name, its headline. */
const FIELD_WORDS: Partial<Record<PrintedField, RegExp>> = {
  byline:
    /\b(?:journalists?|reporters?|correspondents?|columnists?|writers?|authors?|editors?|bylines?|(?:written|reported|authored)\s+by)\b/i,
  headline: /\b(?:headlines?|headlined|titled|entitled)\b/i,
};

/**
 * "Which Nikkei Asia journalist broke the story?", "What was the headline of the original KCNA dispatch?": a field
 * of a report the coverage cites (a name it mentions that is none of its outlets and that no entry of the field it
 * prints holds), which no passage naming that source gives. The source as typed, or null when the question asks no
 * such thing.
 */
export function citedSourceField(engine: SearchEngine, question: string, field: PrintedField): string | null {
  const evidence = FIELD_WORDS[field];
  if (
    !evidence ||
    !METADATA_ANSWER_RULES.citedWriters ||
    (field === 'headline' && !METADATA_ANSWER_RULES.citedHeadlines)
  )
    return null;
  // An outlet of the coverage named: its own article's field is asked ("What byline does Al Mayadeen put on its DPRK story?").
  if (outletsNamedIn(question, engine.corpus.articles)) return null;
  const topic = question.replace(ASKS.find(([name]) => name === field)?.[1] ?? /$^/, ' ');
  const sources = analyzeQuestion(topic, engine).filter(
    (concept) => !concept.qualifier && !concept.vague && !concept.absent && /^\p{Lu}/u.test(concept.label),
  );
  const printed = engine.corpus.articles.flatMap((article) => entriesOf(article, field));
  for (const source of sources) {
    // "the Moscow-backed broadcaster": a name joined to a word describes an outlet; it is not the source of a report.
    if (new RegExp(`${escapeRegExp(source.label)}-\\p{L}`, 'iu').test(topic)) continue;
    const inPrinted = printed.some((entry) => {
      const tokens = tokensOf(entry.value).map((token) => token.stem);
      return conceptMatch(source, new Set(tokens), () => tokens) > 0;
    });
    if (inPrinted) continue;
    // Looked up in the index, phrasing by phrasing: a large corpus is not read passage by passage.
    const naming = source.phrasings
      .flatMap((phrasing) => engine.index.search(phrasing.join(' '), { combineWith: 'AND', fields: ['text'] }))
      .map((hit) => engine.passageById.get(String(hit.id)))
      .filter((passage): passage is Passage => {
        if (!passage) return false;
        const tokens = tokensOf(passage.text).map((token) => token.stem);
        return conceptMatch(source, new Set(tokens), () => tokens) === 1;
      });
    if (naming.length > 0 && !naming.some((passage) => evidence.test(passage.text))) return source.label;
  }
  return null;
}

/** A verb of taking a piece from somewhere: "lift", "get", "take", "copy". */
const TAKING = String.raw`(?:take|takes|took|taken|taking|get|gets|got|gotten|getting|lift|lifts|lifted|borrow|borrows|borrowed|copy|copies|copied|pull|pulls|pulled|source|sources|sourced)`;
/** A piece taken from somewhere, "from" after it or before: "lift the article from", "from which site ... take". */
const PIECE_TAKEN = new RegExp(
  String.raw`\b${TAKING}\s+(?:the|its|this|that|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:piece|article|story|report|text|content|item|post|copy)\s+from\b|\bfrom\s+(?:which|what|whose)\s+(?:[\p{L}-]+\s+)?(?:publication|outlet|site|website|paper|newspaper|magazine|source|journal|blog)\b[^?]*\b${TAKING}\b`,
  'iu',
);

/** "Where did it originally come from", "where does the repost come from", "where did it first appear". */
const PIECE_ORIGIN =
  /\bwhere\b[^?]*?\b(?:(?:originally|first|initially)\s+)?(?:come|came|comes|originate[sd]?)\s+from\b|\bwhere\b[^?]*?\b(?:originally|first|initially)\s+(?:appear(?:ed|s)?|ran|run|published)\b/i;

/** Switches for the rules here, so that a test can show what each one does. */
export const METADATA_ANSWER_RULES = {
  /** "the sub heading at the top of the article": the line that tops the page. */
  subheadingOnTop: true,
  citedWriters: true,
  citedHeadlines: true,
  pieceAfterName: true,
  pieceDated: true,
  pieceAsTheirs: true,
  /** "his job title", "name and title": a person's post, not a page's headline. */
  personsTitle: true,
  statementOrder: true,
  pieceBearsDate: true,
  piecesInOrder: true,
  baseFormPublished: true,
  pieceOrigin: true,
  /** "X is reposting this. Where did it first appear?": a page said to repost a piece names it, as "the repost" does. */
  repostingPages: true,
  /** "Where did Asia-Pacific Research get the piece from?": where a page took its piece from is its credit. */
  piecesTaken: true,
  /** "the headline figure", "told the author": a field's word in prose is no field asked for. */
  fieldWordsInProse: true,
  /** "What is the writer's prediction for ...?": what the writer holds, which the article says, not who wrote it. */
  writersPossessive: true,
  /** "What had a senior diplomat told a wire-service reporter ...?": a writer spoken to, by any determiner. */
  toldAnyWriter: true,
  /** "Which outlets refer to Kishida by his formal title?": a title after "his" or "her" is a person's. */
  pronounTitles: true,
  /** "Name and job title of the person who replied to the reports ...": a job's title, whatever page is named. */
  jobTitles: true,
  /** "Does the RT page say where the piece was first published?": asking a named page's origin names no topic. */
  originWords: true,
  /** "Which day and hour the Al Mayadeen article was published?": a day or an hour asked, in any word order. */
  timeOfPublishing: true,
  /** "Which publication does the page name as the original source?": naming a credit names no topic. */
  namingVerbs: true,
};

/**
 * The answer to a question about what an article prints about itself: its headline, the date as printed, its
 * byline, captions, credits or subheadings, cited as such. Limited to the outlets the question names; when the
 * question names a topic too ("the subheading that brings in the Nikkei report on cyber cooperation", "a photo
 * of Biden"), the entries that match it (for sections: the sections of the passages that do) come first.
 */
export function printedAnswer(
  engine: SearchEngine,
  question: string,
  field: PrintedField,
  options: AskOptions = {},
): Answer {
  const named = outletsNamedIn(question, engine.corpus.articles);
  const outlets = options.outlet ? [options.outlet] : (named?.outlets ?? []);
  const articles = engine.corpus.articles.filter(
    (article) =>
      outlets.length === 0 || outlets.some((outlet) => outlet.toLowerCase() === article.meta.outlet.toLowerCase()),
  );
  const asked = (named?.rest ?? question).replace(ASKS.find(([name]) => name === field)?.[1] ?? /$^/, ' ');
  // Only of a page the question names: "where did that report come from?" asks what a report the story cites rests on.
  const ofNamedPage = field === 'credit' && outlets.length > 0 && METADATA_ANSWER_RULES.originWords;
  const topic = ofNamedPage
    ? asked.replace(PIECE_ORIGIN, ' ').replace(METADATA_ANSWER_RULES.piecesTaken ? PIECE_TAKEN : /$^/, ' ')
    : asked;
  const concepts = analyzeQuestion(topic, engine).filter((concept) => !concept.qualifier && !concept.vague);

  const scored = articles.flatMap((article) =>
    entriesOf(article, field).map((entry) => {
      const text =
        field === 'section'
          ? [
              entry.value,
              ...article.passages.filter((passage) => passage.section === entry.value).map((passage) => passage.text),
            ].join(' ')
          : entry.value;
      const terms = new Set(tokensOf(text).map((token) => token.stem));
      const sequence = () => tokensOf(text).map((token) => token.stem);
      const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
      const matches = concepts.map((concept) => conceptMatch(concept, terms, sequence));
      const score =
        total > 0 ? concepts.reduce((sum, concept, i) => sum + concept.weight * (matches[i] ?? 0), 0) / total : 0;
      return { entry, score, named: matches.some((match) => match === 1) };
    }),
  );
  if (scored.length === 0) {
    const which =
      articles.length === 1 && articles[0]
        ? `${articles[0].meta.outlet}’s article prints`
        : articles.length > 0 && outlets.length > 0
          ? `${outlets.join(' and ')} print`
          : 'The coverage prints';
    return refusal(question, `${which} no ${NOUNS[field]}.`);
  }
  scored.sort((a, b) => b.score - a.score);
  // "Which of the pieces credit the Japanese business website for the description?": crediting what no credit line
  // names is the articles attributing something in their text, which the search answers.
  if (
    field === 'credit' &&
    concepts.some(
      (concept) =>
        !CREDIT_WORDS.test(concept.label) &&
        !COVERAGE_NOUNS.test(concept.label) &&
        !(METADATA_ANSWER_RULES.namingVerbs && NAMING_VERBS.test(concept.label)),
    ) &&
    !scored.some((entry) => entry.named)
  )
    return refusal(question, 'No credit line the coverage prints names that.');
  const passages: CitedPassage[] = scored.map(({ entry, score }) => ({
    id: `${entry.article.meta.id}#${entry.field}${entry.n > 0 ? `.${entry.n + 1}` : ''}`,
    text: `${LABELS[entry.field]}: ${entry.value}`,
    carriers: [
      {
        passageId: `${entry.article.meta.id}#${entry.field}`,
        outlet: entry.article.meta.outlet,
        title: entry.article.meta.title,
        date: entry.article.meta.date,
        articleId: entry.article.meta.id,
      },
    ],
    score: round(score),
    matchedTerms: [],
    printed: entry.field,
  }));
  return answerOf(question, passages, engine, options, 'Nothing more in the coverage answers that question.');
}
