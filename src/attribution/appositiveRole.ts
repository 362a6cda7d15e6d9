import { isNoun, isVerb } from '../search/wordNet.ts';

/** "who heads", "who teaches at", "who is a": the opening of a clause saying someone's post. */
const WHAT_THEY_DO =
  /^who\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?=\p{Ll})|(?=(?:heads|leads|directs|runs|chairs|teaches|lectures|researches|studies|works|specialises|specializes|advises|oversees|manages)\b))/u;
/** As WHAT_THEY_DO, with a post held ("who served as a deputy assistant secretary-general", "who worked as an adviser"). */
const WHAT_THEY_DO_OR_DID =
  /^who\s+(?:(?:is|was)\s+(?:(?:a|an|the)\s+)?(?=\p{Ll})|(?:(?:once|previously|formerly|later)\s+)?(?:served|serves|worked|works|acted|acts)\s+as\s+(?:(?:a|an|the)\s+)?(?=\p{Ll})|(?=(?:heads|leads|directs|runs|chairs|teaches|lectures|researches|studies|works|specialises|specializes|advises|oversees|manages)\b))/u;
const whatTheyDo = () => (APPOSITIVE_RULES.postsHeld ? WHAT_THEY_DO_OR_DID : WHAT_THEY_DO);
/** The comma after a name, a short bracketed gloss before it or not. */
const GLOSS_THEN_COMMA = /^(?:\s*\([^()]{1,40}\))?,/u;
/** An age set between commas after a name, as news writes it: "Ayumi Tsurugaya, 41, an accountant in Yokohama". */
const AGE_THEN_COMMA = /^\s*\d{1,3},/u;
/** An appositive of up to `longest` characters, compiled once per length. */
const appositives = new Map<number, RegExp>();
const appositiveOf = (longest: number) => {
  let pattern = appositives.get(longest);
  if (!pattern)
    appositives.set(
      longest,
      (pattern = new RegExp(`^\\s+((?:a|an|the)\\s+)?([^,.;:"“”()]{3,${longest}}?)(?=\\s*(?:[,.;:"“”()]|$))`, 'u')),
    );
  return pattern;
};

/**
 * The role a passage gives a person in apposition to their name: "said Park Ji-hoon, a professor at Hanseo University"
 * -> "professor at Hanseo University", "Sato Kenta, the director of the ministry's European policy division, said".
 * An interview's introduction gives longer titles (`longest`).
 */
export function appositiveRole(text: string, mention: string, longest = 100): string | null {
  if (!/^\p{Lu}/u.test(mention) || mention.length > 60) return null;
  // The first "<mention>," that an appositive follows; one fixed pattern tried at each (a pattern made per
  // mention cost most of loading a saved index's attribution at 100k passages).
  // "Choi Dong-hwan (최동환), a professor ...": a short gloss in brackets (the name in its own script, a party, an age)
  // may stand between the name and its comma.
  let match: RegExpExecArray | null = null;
  for (let at = text.indexOf(mention); at >= 0 && !match; at = text.indexOf(mention, at + 1)) {
    const comma = GLOSS_THEN_COMMA.exec(text.slice(at + mention.length, at + mention.length + 50));
    if (!comma) continue;
    let after = text.slice(at + mention.length + comma[0].length);
    const age = APPOSITIVE_RULES.ageBetweenCommas ? AGE_THEN_COMMA.exec(after) : null;
    if (age) after = after.slice(age[0].length);
    match = appositiveOf(longest).exec(APPOSITIVE_RULES.postClauseEnds ? postClauseOf(after) : after);
    // "Kenta Moriwaki, a former Ground Self-Defence Force planner who is now a research fellow at ... in Kyoto": past
    // the longest role, the relative clause about them is cut first (the role would lose it below anyway).
    if (!match && APPOSITIVE_RULES.longClauseCut)
      match = appositiveOf(longest).exec(after.replace(CLAUSE_TO_PUNCTUATION, ''));
  }
  let role = match?.[2]?.trim();
  if (!role) return null;
  // "Haruka Sendai, who teaches international security at the Kobe Institute": a clause of what someone does in
  // their post, or of what they are ("who is a professor at ..."), says what they are as an appositive does.
  const post = whatTheyDo().exec(role);
  if (!match?.[1] && post) role = role.slice(post[0].length);
  // Without an article the role opens with its title in lower case ("deputy national security adviser at ..."),
  // not with a clause ("adding that ...", "who said ...").
  if (!match?.[1] && (!/^\p{Ll}/u.test(role) || /^(?:\p{L}+(?:ing|ed)|who|which|whose|where|when)\b/u.test(role)))
    return null;
  // "I'm Hannah Vidal-Moss, and for the next hour I'll answer ...": a clause joined on, no role.
  if (!match?.[1] && APPOSITIVE_RULES.joinedClauses && /^(?:and|but|or|so|yet|then)\b/u.test(role)) return null;
  // "a Liberal Democratic Party lawmaker who has long pushed for closer ties": the role, less the clause about them.
  if (APPOSITIVE_RULES.relativeClauseCut) role = role.replace(RELATIVE_CLAUSE, '');
  // An appositive names what someone is: it holds a noun, not a clause ("the talks were over").
  return /\b(?:said|says|told|is|was|were|are|has|have|had|will|would|that)\b/u.test(role) ? null : role;
}

/** A relative clause after a noun, up to the punctuation closing it: " who is now a research fellow at ...". */
const CLAUSE_TO_PUNCTUATION = /(?<=\p{L})\s+(?:who|whose|which)\s[^,.;:"“”()]*/u;
/** A relative clause after the role's noun: " who has long pushed ...", " which ...". */
const RELATIVE_CLAUSE = /(?<=\p{L})\s+(?:who|whose|which|that)\s.*$/u;

/** Switches for the rules here, so that a test can show what each one does. */
export const APPOSITIVE_RULES = {
  relativeClauseCut: true,
  postClauseEnds: true,
  ageBetweenCommas: true,
  joinedClauses: true,
  /** "who served as a deputy assistant secretary-general at NATO": a post held says what someone is. */
  postsHeld: true,
  /** "a former ... planner who is now a research fellow at ...": a role too long with its relative clause, without it. */
  longClauseCut: true,
};

/** " and spent two years ...", " and has written ...": a second clause joined to the one saying someone's post. */
const JOINED_CLAUSE = /\s+and\s+(?:(has|had|is|was)\s+)?(\p{Ll}+)\b/gu;

/**
 * "Renata Villaseñor, who teaches international relations at Bayshore State University and spent two years as a
 * visiting scholar in Tokyo.": the clause saying the post ends where the next clause joins it, however long that is.
 */
function postClauseOf(after: string): string {
  if (!whatTheyDo().test(after.trimStart())) return after;
  // A verb that is no noun opens a clause ("and spent", "and wrote"); "and trade", "and economics" go on the post.
  for (const joined of after.matchAll(JOINED_CLAUSE)) {
    const word = joined[2] ?? '';
    if (joined[1] || (isVerb(word) && !isNoun(word))) return after.slice(0, joined.index);
  }
  return after;
}

/**
 * What a sentence opening with the name says the person serves or works as: "Karin Ekdahl has served as Sweden's
 * ambassador to Japan since September 2022" -> "Sweden's ambassador to Japan", "Kang Tae-min has spent eleven years
 * as a radar operator on Baengnyeong Island" -> "radar operator on Baengnyeong Island"; "He served as ..." names
 * nobody and is not read. The role runs to its clause's end: a comma, a stop, "since", "until", "from", "for", "and".
 */
export function predicatedRole(text: string, name: string): string | null {
  if (!/^\p{Lu}/u.test(name) || name.length > 60) return null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // The name opens its sentence, titles and emphasis before it allowed ("**Lieutenant General (retd) Park ...**").
    const before = text.slice(Math.max(0, at - 60), at);
    if (!TITLES_OPENING.test(before)) continue;
    const after = text.slice(at + name.length).replace(/^\*+/, '');
    const match = PREDICATED_ROLE.exec(after);
    const role = match?.[1]?.trim();
    if (role && /\p{Ll}/u.test(role)) return role;
  }
  return null;
}

/** A sentence's opening up to a name: a quote or emphasis mark, then up to four titles ("Lieutenant General (retd)"). */
const TITLES_OPENING = /(?:^|[.!?]["'”’)]*\s+)[>*_\s]*(?:[\p{Lu}(][\p{L}.()-]*\s+){0,4}[*_]*$/u;

/** " has served as X", " works as a X", " has spent eleven years as a X": the role, to its clause's end. */
const PREDICATED_ROLE =
  /^\s+(?:(?:has|had)\s+)?(?:(?:served|serves|worked|works)\s+as|spent\s+[^,.;]{1,40}?\s+as)\s+(?:(?:a|an|the)\s+)?([^,.;:"“”()]{3,100}?)(?=\s*(?:[,.;:"“”()]|$|\s(?:since|until|from|for|and|but|before|after|when|where|who|which)\b))/u;
