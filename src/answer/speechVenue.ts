/**
 * "Where did he say it?", "where'd she say that", "in what interview did Putin say ...": a question about where
 * something was said is answered by the passage that names the occasion (an interview, a briefing, remarks carried by
 * an agency), which the rest of the question, about what was said, ranks no higher than the words themselves.
 */
const WHERE_SAID =
  /\bwhere(?:['’]d|\s+(?:did|does|do|was|were|has|have|had|is))\s+(?:\p{L}+\s+){0,4}?(?:say|said|tell|told|speak|spoke|make|made|give|gave|write|wrote|comment|claim|announce|publish|air|aired)\b|\b(?:in|on|at)\s+(?:what|which)\s+(?:interview|setting|venue|forum|occasion|programme|program|channel|show|broadcast|briefing|conference|event)\b/iu;

/** Words that name the occasion of something said: "in an interview with Russia 1 TV", "told reporters", "at a briefing". */
const VENUE =
  /\b(?:in\s+(?:an?|the|his|her|their)\s+(?:\p{L}+\s+)?(?:interview|statement|speech|address|briefing|op-ed|article|post|commentary|remarks|column|broadcast)|(?:told|telling|speaking\s+to)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference|\p{Lu})|at\s+(?:an?|the|his|her)\s+(?:regular\s+|daily\s+|weekly\s+)?(?:press\s+|news\s+)?(?:briefing|conference|summit|forum|meeting|rally|session|hearing)|speaking\s+(?:at|in|on|during)|(?:aired|broadcast|published|posted|carried|reported)\s+(?:on|by|in)\b|on\s+(?:state\s+)?(?:TV|television|radio)|(?:interview|statement|remarks|comments)\s+(?:with|to|on|carried\s+by|reported\s+by))/iu;

export function asksWhereSaid(question: string): boolean {
  return WHERE_SAID.test(question);
}

/** The passages with those naming an occasion first, each group in its own order. */
export function venueFirst<T extends { text: string }>(passages: readonly T[]): T[] {
  return [
    ...passages.filter((passage) => VENUE.test(passage.text)),
    ...passages.filter((passage) => !VENUE.test(passage.text)),
  ];
}
