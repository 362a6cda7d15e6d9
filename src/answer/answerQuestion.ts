import { askWithSpeakers, type SpeakerAnswer } from '../attribution/askWithSpeakers.ts';
import { attributionOf, type Attribution } from '../attribution/attribution.ts';
import { answerOf, canonicalOutlet, cutQuestion, REASONS, refusal, type RankOptions } from '../search/ask.ts';
import type { SearchEngine } from '../search/engine.ts';
import { withoutTitleShorthand } from '../search/titleShorthand.ts';
import { longLeadInOf } from '../search/chatPreamble.ts';
import { foldWord, splitWords } from '../search/analyzer.ts';
import { knownWordsOf } from '../search/knownWords.ts';
import { withAcronymsSpelledOut } from '../search/acronyms.ts';
import { withSpokenYearsInFigures } from '../search/spokenYears.ts';
import { withShoutingLowered } from '../search/shoutedWords.ts';
import { outletsNamedIn } from '../search/outletNamedIn.ts';
import type { Answer } from '../search/types.ts';
import { cleftOfUnknown } from './cleftQuestion.ts';
import { frontedSubjectResumed } from './frontedSubject.ts';
import { mergedAnswer, partsOf } from './compoundQuestion.ts';
import { dependsOnEarlier, resolveFollowUp } from './followUp.ts';
import { citedSourceField, printedAnswer, printedFieldAsked } from './metadataAnswer.ts';
import { asksWhereSaid, venueFirst } from './speechVenue.ts';
import { openingAsked, openingPassages, withoutOpeningWords } from './openingAsked.ts';
import { withoutRequestFrame } from './requestFrame.ts';
import { withoutSocialPreamble } from './socialPreamble.ts';
import { correctedSpelling } from '../search/analyzeQuestion.ts';
import { absentNamesCased, typedInLowerCase } from '../search/trueCase.ts';
import { consensusPassages, overviewAnswer, overviewAsked } from './overview.ts';
import { threatAsked, threatSaid } from './threatPremise.ts';
import { reasonInWordsTyped } from './typedWords.ts';
import { otherReportersAsked, outletsSetAside, passagesOfOtherOutlets } from './outletsSetAside.ts';
import { otherSpeakersAnswer, othersAsked } from './otherSpeakers.ts';
import { asksDifference, asksWhatOnlyItReports, onlyReportedBy, outletDifference } from './outletDifference.ts';

/**
 * The one entry point the terminal, the bot and the eval call. The question (and the thread's earlier one) is
 * cut once, read as a follow-up when it leans on the earlier one, then answered by the route it asks for: what
 * an article prints about itself (headline, date, byline, captions, credits, subheadings), what one outlet
 * reports that another does not, an overview of the coverage (or of one outlet's article), or what the articles say: ranked once, ordered by speaker for who-questions,
 * paged once. The answer carries the question as asked.
 */
export function answerQuestion(
  engine: SearchEngine,
  question: string,
  options: RankOptions = {},
  attribution: Attribution = attributionOf(engine),
): SpeakerAnswer {
  return { ...routeQuestion(engine, question, options, attribution), question };
}

/** Switches for the routes below, so each can be measured off. */
export const ANSWER_RULES = {
  openings: true,
  openingOfOutlet: true,
  /** "How do the opening lines of RT and Al Mayadeen differ?": the named outlets' opening passages, side by side. */
  openingsOfOutlets: true,
  broaderStand: true,
  /** "who else reported it?" after "What did RT report about ...?": the earlier question, asked of the other outlets. */
  otherReporters: true,
  /** "Did North Korea threaten military strikes ...?": an answer names what was threatened, or the premise is unmet. */
  threatsSaid: true,
  /** "who else said that?", "anyone outside Pyongyang?": speakers besides those set aside. */
  otherSpeakers: true,
  /** "Need the precise phrasing for a subtitle: which official ...": a long lead-in naming nothing is no question. */
  purposeLeadIns: true,
  /** A refusal quotes the question's words as typed ("misile"), not as spelling correction read them ("missile"). */
  reasonsAsTyped: true,
  /** "who said that exactly?": the adverb after "that", as after "who" ("who exactly said that?"). */
  saidThatThen: true,
  /** "what outlet said that?", "which paper?": the earlier answer again, its passages naming their outlets. */
  outletOfThat: true,
};

/**
 * "Need the precise phrasing for a subtitle: which official said ...?": a long lead-in naming nothing the coverage
 * names says what the answer is for, and its words ("subtitle", "caption", "citation") would ask for a printed field.
 */
export function withoutPurposeLeadIn(question: string, engine: SearchEngine): string {
  const lead = ANSWER_RULES.purposeLeadIns ? longLeadInOf(question) : null;
  if (!lead) return question;
  const { names } = knownWordsOf(engine);
  return splitWords(lead.leadIn).some((word) => names.has(foldWord(word))) ? question : lead.rest;
}

/** All of every part's passages: parts are merged, then paged. */
const PART_LIMIT = 1000;

function routeQuestion(
  engine: SearchEngine,
  question: string,
  options: RankOptions,
  attribution: Attribution,
): SpeakerAnswer {
  const { cut, lowerCase } = readQuestion(engine, question);
  const answer = routeRead(engine, cut, lowerCase, options, attribution);
  return ANSWER_RULES.reasonsAsTyped && !answer.answered && answer.reason
    ? { ...answer, reason: reasonInWordsTyped(answer.reason, question, cut) }
    : answer;
}

/** The question as the routes read it (framing cut, spelling corrected), and whether it was typed in lower case. */
function readQuestion(engine: SearchEngine, question: string): { cut: string; lowerCase: boolean } {
  const read = withoutTitleShorthand(
    withoutRequestFrame(
      withoutPurposeLeadIn(
        withoutSocialPreamble(
          withAcronymsSpelledOut(withSpokenYearsInFigures(withShoutingLowered(cutQuestion(question)))),
        ),
        engine,
      ),
    ),
    engine,
  );
  const resumed = frontedSubjectResumed(read) ?? read;
  const unframed = cleftOfUnknown(resumed, engine) ?? resumed;
  // Capitals are put back below; whether the user typed any is kept for finding who is asked about.
  const lowerCase = typedInLowerCase(unframed);
  // Names first: "joe biden" is a name, not a misspelling of "bidden".
  return { cut: correctedSpelling(absentNamesCased(unframed, engine), engine), lowerCase };
}

/** The question as read, answered by the route it asks for (a part at a time when it asks several things). */
function routeRead(
  engine: SearchEngine,
  cut: string,
  lowerCase: boolean,
  options: RankOptions,
  attribution: Attribution,
): SpeakerAnswer {
  // An outlet filter the coverage has no outlet for is said so, whatever the route ("What did Kim say?" with outlet BBC).
  if (options.outlet !== undefined && !canonicalOutlet(options.outlet, engine))
    return withoutSpeakers(refusal(cut, REASONS.unknownOutlet(options.outlet)));
  // "What did China and Russia say?", "What does China think and what does Russia think?": each part in turn.
  const parts = partsOf(cut, attribution);
  if (parts) {
    const answers = parts.map((part, i) => {
      const context = i > 0 && dependsOnEarlier(part) ? parts[0] : options.context;
      return routeSingle(
        engine,
        part,
        { ...options, offset: 0, limit: PART_LIMIT, ...(context === undefined ? {} : { context }) },
        attribution,
        lowerCase,
      );
    });
    return mergedAnswer(cut, answers, engine, options);
  }
  return routeSingle(engine, cut, options, attribution, lowerCase);
}

/**
 * A follow-up asking who said what the earlier answer quotes: "who exactly said that?", "ok and who said it, what's
 * his role?"; not "who said that the US ...", where "that" opens what was said.
 */
const SAID_THAT =
  /^\s*(?:(?:and|ok(?:ay)?|so|but|wait|hmm)[,\s]+)*who\s+(?:exactly\s+|actually\s+|really\s+|specifically\s+)?(?:said|says|made|wrote|claimed|stated)\s+(?:that|it|this|those|these|so)\s*(?:[?.!,;]|$)/i;
/** The same with the adverb after it: "who said that exactly?", "who said it again?". */
const SAID_THAT_THEN =
  /^\s*(?:(?:and|ok(?:ay)?|so|but|wait|hmm)[,\s]+)*who\s+(?:said|says|made|wrote|claimed|stated)\s+(?:that|it|this|those|these)\s+(?:exactly|actually|really|specifically|precisely|again|then)\s*(?:[?.!,;]|$)/i;

/**
 * A follow-up asking only which outlet carried what the earlier answer quotes: "what outlet said that?", "which paper
 * ran it?", "which site was that from?", "which paper?". Not "which outlet said that the US ...", where "that" opens
 * what was said.
 */
const OUTLET_OF_THAT =
  /^\s*(?:(?:and|ok(?:ay)?|so|but|wait|hmm)[,\s]+)*(?:what|which)\s+(?:outlets?|papers?|newspapers?|sites?|websites?|publications?|sources?|news\s*sites?|media)(?:\s+(?:said|says|reported|ran|carried|had|published|printed|wrote|covered|quoted)\s+(?:that|it|this|those|these|so)|\s+(?:was|is)\s+(?:that|it|this)\s+(?:in|from|on))?\s*(?:[?.!,;]|$)/i;

/** The options for a question asked on its own, out of its thread. */
function withoutContext(options: RankOptions): RankOptions {
  const alone: RankOptions = { ...options };
  delete alone.context;
  return alone;
}

function routeSingle(
  engine: SearchEngine,
  cut: string,
  options: RankOptions,
  attribution: Attribution,
  lowerCase: boolean,
): SpeakerAnswer {
  const context =
    options.context === undefined
      ? undefined
      : correctedSpelling(withoutRequestFrame(cutQuestion(options.context)), engine);
  if (context && ANSWER_RULES.outletOfThat && OUTLET_OF_THAT.test(cut)) {
    const earlier = routeSingle(engine, context, withoutContext(options), attribution, lowerCase);
    if (earlier.answered) return { ...earlier, question: cut };
  }
  // "who exactly said that?": the person speaking in the earlier answer, and who they are.
  if (context && (SAID_THAT.test(cut) || (ANSWER_RULES.saidThatThen && SAID_THAT_THEN.test(cut)))) {
    const earlier = askWithSpeakers(engine, context, { limit: options.limit ?? 5 }, attribution, lowerCase);
    const person = earlier.speakers.find((lead) => lead.kind === 'person');
    if (person) return routeSingle(engine, `Who is ${person.speaker}?`, withoutContext(options), attribution, false);
  }
  // "which department is he in?" after "Who is the official quoted ...?": he is the person the earlier answer led with.
  const earlierPerson = () =>
    context
      ? (askWithSpeakers(engine, context, { limit: options.limit ?? 5 }, attribution, lowerCase).speakers.find(
          (lead) => lead.kind === 'person',
        )?.speaker ?? null)
      : null;
  const followUp = context ? resolveFollowUp(cut, context, attribution, earlierPerson) : null;
  const asked = followUp?.question ?? cut;
  const ranking: RankOptions = {
    ...options,
    ...(context ? { context } : {}),
    ...(followUp?.dependsOnContext ? { dependsOnContext: true } : {}),
  };

  // "What does the dek under the Al Mayadeen headline say?": the articles' opening passages, before any printed field.
  if (ANSWER_RULES.openings && openingAsked(asked) && !options.within) {
    const within = openingPassages(engine);
    const named = outletsNamedIn(asked, engine.corpus.articles)?.outlets ?? [];
    // "How do the opening lines of RT and Al Mayadeen differ?": each named outlet's opening, side by side, even where
    // one of them words what is asked more closely further down.
    if (ANSWER_RULES.openingsOfOutlets && named.length > 1) {
      const openings = consensusPassages(engine, named).filter((passage) =>
        (engine.groups.get(passage.id) ?? [passage.id]).some((id) => within.has(id)),
      );
      if (openings.length > 0) return withoutSpeakers(answerOf(asked, openings, engine, options));
    }
    const opening = askWithSpeakers(engine, withoutOpeningWords(asked), { ...ranking, within }, attribution, lowerCase);
    if (opening.answered) return { ...opening, question: asked };
    // "What's the summary line RT runs at the top of its story?": the rest only places the lines, so the named
    // outlet's opening is the answer.
    if (ANSWER_RULES.openingOfOutlet && named.length === 1)
      return withoutSpeakers(overviewAnswer(engine, asked, { ...options, outlet: named[0] ?? '' }));
  }
  const field = printedFieldAsked(asked);
  // "Which Nikkei journalist broke the story?": the writer (or headline) of a report the coverage only cites.
  const citedSource = field ? citedSourceField(engine, asked, field) : null;
  if (citedSource)
    return withoutSpeakers(
      refusal(
        asked,
        `Nothing in the coverage answers that: it gives no ${field === 'byline' ? 'writer' : 'headline'} of what “${citedSource}” reported.`,
      ),
    );
  const printed = field ? printedAnswer(engine, asked, field, ranking) : null;
  if (printed?.answered && field !== 'section') return withoutSpeakers(printed);

  const outlets = outletsNamedIn(asked, engine.corpus.articles)?.outlets ?? [];
  if (!options.outlet && outlets.length === 2 && asksDifference(asked)) {
    const difference = outletDifference(engine, asked, [outlets[0] ?? '', outlets[1] ?? ''], ranking, attribution);
    if (difference.answered) return withoutSpeakers(difference);
  }
  // Its answer stands either way: "Everything RT reports is also in another outlet" answers the question.
  if (!options.outlet && outlets.length === 1 && asksWhatOnlyItReports(asked))
    return withoutSpeakers(onlyReportedBy(engine, asked, outlets[0] ?? '', ranking, attribution));

  if (!followUp?.dependsOnContext && overviewAsked(asked, engine))
    return withoutSpeakers(overviewAnswer(engine, asked, options));

  // "Compared with RT and Al Mayadeen, which version also covers ...?": the answer is in another outlet's article.
  const aside = options.outlet || options.within ? null : outletsSetAside(asked, engine.corpus.articles);
  if (aside) {
    const within = passagesOfOtherOutlets(engine, aside.outlets);
    const other = askWithSpeakers(engine, aside.rest, { ...ranking, within }, attribution, lowerCase);
    if (other.answered) return { ...other, question: asked };
  }
  const reporters =
    ANSWER_RULES.otherReporters && context && !options.outlet && !options.within
      ? otherReportersAsked(asked, context, engine.corpus.articles)
      : null;
  if (reporters && context) {
    const alone = withoutContext(options);
    const aside = new Set(reporters.outlets.map((outlet) => outlet.toLowerCase()));
    // The other outlets' copies of what the earlier one reported; failing those, what the others reported on it.
    const copies = new Set(
      askWithSpeakers(engine, context, alone, attribution, lowerCase)
        .passages.flatMap((passage) => passage.carriers)
        .filter((carrier) => !aside.has(carrier.outlet.toLowerCase()))
        .map((carrier) => carrier.passageId),
    );
    for (const within of [copies, passagesOfOtherOutlets(engine, reporters.outlets)]) {
      const other =
        within.size > 0 ? askWithSpeakers(engine, reporters.rest, { ...alone, within }, attribution, lowerCase) : null;
      if (other?.answered) return { ...other, question: asked };
    }
  }
  // "who else said that? anyone outside Pyongyang?": the speakers on the topic besides those set aside.
  const others = ANSWER_RULES.otherSpeakers ? othersAsked(asked) : null;
  const otherAnswer = others ? otherSpeakersAnswer(engine, asked, others, ranking, attribution, lowerCase) : null;
  if (otherAnswer) return otherAnswer;
  // A subheading question is answered by the passages on its topic, each cited with its section; failing those, the subheadings.
  const answer = askWithSpeakers(engine, asked, ranking, attribution, lowerCase);
  // "and Russia?" where Russia is quoted on NATO in Asia but not on the office the earlier question named: what it
  // said of NATO is its stand.
  const swapped = followUp?.swapped;
  if (!answer.answered && swapped && swapped.topicNames.length > 0 && ANSWER_RULES.broaderStand) {
    const broader = askWithSpeakers(
      engine,
      `What did ${swapped.speaker} say about ${swapped.topicNames.join(' and ')}?`,
      ranking,
      attribution,
      lowerCase,
    );
    if (broader.answered) return { ...broader, question: asked };
  }
  // Failing both, the printed field's own refusal says more ("RT's article prints no date") than the search's.
  if (!answer.answered && printed) return withoutSpeakers(printed);
  // "Is it true North Korea threatened military strikes if the office opens?": passages on the office and North
  // Korea's words answer only if they say what was threatened.
  const threat = ANSWER_RULES.threatsSaid && answer.answered ? threatAsked(asked) : null;
  if (threat && !threatSaid(threat, answer.passages, engine))
    return withoutSpeakers(refusal(asked, REASONS.unsaid(threat.typed)));
  return answer.answered && asksWhereSaid(asked) ? { ...answer, passages: venueFirst(answer.passages) } : answer;
}

function withoutSpeakers(answer: Answer): SpeakerAnswer {
  return {
    ...answer,
    passages: answer.passages.map((passage) => ({ ...passage, speakers: [], statement: null })),
    asksWho: false,
    askedSpeaker: null,
    speakers: [],
  };
}
