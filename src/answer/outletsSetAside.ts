import type { Article } from '../corpus/types.ts';
import type { SearchEngine } from '../search/engine.ts';
import { outletsNamedIn } from '../search/outletNamedIn.ts';

/** Words that set outlets aside: "compared with RT", "unlike Al Mayadeen", "besides", "other than". */
const SETTING_ASIDE =
  /\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|unlike|besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+([^,;?]+)/iu;
/**
 * Outlets said to leave something out, as the question's subject: "RT and Asia-Pacific Research leave out ...",
 * "Al Mayadeen does not mention ...". Group 1 is the subject.
 */
const LEAVING_OUT =
  /^\s*([^,;?.]+?)\s+(?:(?:does|do|did)\s*(?:not|n['’]t)\s+(?:mention|carry|cover|report|include|name|quote|say\s+anything\s+about)|never\s+(?:mentions?|carr(?:y|ies)|covers?|reports?|includes?|names?|quotes?)|leaves?\s+out|left\s+out|omits?|omitted|skips?|skipped|ignores?|ignored)\b/iu;
/** The question asks which outlet: "which version", "what other site", "which one". */
const WHICH_OUTLET =
  /\b(?:which|what)\s+(?:other\s+)?(?:outlets?|versions?|sites?|websites?|reports?|articles?|pieces?|ones?|sources?|papers?|publications?|write-?ups?|stories|story)\b/iu;

/** "and", "ok", "so", "but" opening a follow-up. */
const OPENING = String.raw`^\s*(?:(?:and|ok(?:ay)?|so|but)[,\s]+)*`;
/** A noun for an outlet: "sites", "papers", "media". */
const OUTLET_NOUN = String.raw`(?:outlets?|sites?|websites?|papers?|media|publications?)`;

/** "who else reported it?", "which other outlets carried that?", "anyone else cover it too?": other outlets asked for. */
const OTHERS_REPORTING = [
  new RegExp(
    String.raw`${OPENING}(?:(?:who|anyone|anybody|any\s+others?)\s+else|(?:which|what|any)\s+other\s+${OUTLET_NOUN})\s+(?:(?:also|has|have|did|had)\s+)*(?:reported|reports?|carried|carr(?:y|ies)|covered|covers?|ran|runs?|published|publish(?:es)?|picked\s+up|picks?\s+up)\s+(?:it|that|this|the\s+(?:story|same|news))\b`,
    'iu',
  ),
  // "what did the other sites say?", "how did the other outlets cover it?", "and the other papers?"
  new RegExp(
    String.raw`${OPENING}(?:(?:what|how)\s+(?:did|do|does|have|had)\s+)?(?:the\s+)?others?\s+${OUTLET_NOUN}(?:\s+(?:say|said|report|reported|write|wrote|cover|covered|carry|carried|have|had)\b[^?]*)?\s*\??\s*$`,
    'iu',
  ),
];

/**
 * "who else reported it?" after "What did RT report about North Korea's criticism?": the outlets the earlier
 * question named, set aside, and that question without their names, to be asked of the others. Null for any other
 * follow-up, or when the earlier question names no outlet of the coverage.
 */
export function otherReportersAsked(
  question: string,
  context: string,
  articles: readonly Article[],
): { outlets: string[]; rest: string } | null {
  if (!OTHERS_REPORTING.some((pattern) => pattern.test(question))) return null;
  return outletsNamedIn(context, articles);
}

/**
 * "Compared with RT and Al Mayadeen, which version also covers how China reacted?", "Al Mayadeen does not mention
 * the delegation. Which outlets do?": the outlets set aside, which cannot be the answer, and the question without
 * the words setting them aside. Null for any other question, or
 * when the words name no outlet of the coverage.
 */
export function outletsSetAside(
  question: string,
  articles: readonly Article[],
): { outlets: string[]; rest: string } | null {
  const aside = question.match(SETTING_ASIDE) ?? question.match(LEAVING_OUT);
  if (!aside || !WHICH_OUTLET.test(question)) return null;
  const named = outletsNamedIn(aside[1] ?? '', articles)?.outlets ?? [];
  if (named.length === 0) return null;
  return {
    outlets: named,
    rest: question
      .replace(aside[0], ' ')
      .replace(/^\s*,\s*/, '')
      .trim(),
  };
}

/** The passages of every article of an outlet not set aside: where the answer must be. */
export function passagesOfOtherOutlets(engine: SearchEngine, outlets: readonly string[]): ReadonlySet<string> {
  const aside = new Set(outlets.map((outlet) => outlet.toLowerCase()));
  const ids = new Set<string>();
  for (const article of engine.corpus.articles)
    if (!aside.has(article.meta.outlet.toLowerCase())) for (const passage of article.passages) ids.add(passage.id);
  return ids;
}
