/**
 * How pages name their own outlet outside a dateline or a copyright notice. Each entry is the shape of a family
 * of lines, never one outlet's line; extend them when a new layout names itself another way.
 */

/** Lines that name the page's own outlet: trust and standards links, "about" blurbs. The name is group 1. */
export const SELF_REFERENCE: RegExp[] = [
  /^why (?:you can|you should|should you|can you) trust (\p{Lu}[\p{L}\p{N}&.' -]{1,40}?)\??$/iu,
  // "Al Mayadeen is an Arab Independent Media Satellite Channel.", "Northwind, the news division of X, is the world's largest news provider."
  /^(\p{Lu}[\p{L}\p{N}&.' -]{1,40}?)(?:,[^,]{3,80},)? is (?:a|an|the)\b.{0,80}\b(?:news|media|broadcaster|newspaper|magazine|channel|network|agency|publication|outlet|wire service)\b.*[.!]$/iu,
  // A wiki's line under its headline: "From Openpedia, the free encyclopedia".
  /^[Ff]rom (\p{Lu}[\p{L}\p{N}&.' -]{1,40}?), the (?:free )?(?:online )?(?:encyclopedia|wiki)\b/u,
  // A channel's or site's own call to follow it: "Follow NewsDock 24 on Google News", Telegram's "view and join
  // Pacific Sentinel right away".
  // (Case kept: "Follow us on X" names no one.)
  /^(?:[Ff]ollow|[Jj]oin) (\p{Lu}[\p{L}\p{N}&.' -]{1,40}?) on (?:Google News|Telegram|Twitter|X|Facebook|Instagram|WhatsApp|YouTube|Threads)\b/u,
  /\bview and join (\p{Lu}[\p{L}\p{N}&.' -]{1,40}?)[\s\p{So}\uFE0F]*right away\b/u,
];

/**
 * A newsletter platform's prompt to the reader of the post: "Thanks for reading The Littoral Letter! Subscribe for
 * free ...". It names what is being read, so it outweighs a name the page repeats (such a page's footer prints its
 * writer's copyright). The name is group 1.
 */
export const READER_PROMPT = /^[Tt]hanks? (?:you )?for reading (\p{Lu}[\p{L}\p{N}&.' -]{1,40}?)[!.]\s+[Ss]ubscribe\b/u;

/**
 * A byline with the writer's affiliation: "KEN MORIYASU, Nikkei Asia diplomatic correspondent | Europe",
 * "Jane Doe, Harbour Gazette Senior Correspondent", "Anton Brekke, Senior Fellow, Korea Programme" (a think tank's).
 * Group 1 is the writer, group 2 the affiliation (outlet and role).
 */
export const BYLINE_AFFILIATION = /^(\p{Lu}[\p{L}'.-]+(?:\s\p{Lu}[\p{L}'.-]+){1,3}),\s+([^|,;]{2,80}?)\s*(?:[|,].*)?$/u;

/** The last word of a byline's affiliation that makes it one: the writer's job. */
export const ROLE_NOUNS = new Set([
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'columnist',
  'contributor',
  'journalist',
  'producer',
  'analyst',
  'chief',
  'photographer',
  // A think tank's or a university's writers.
  'fellow',
  'researcher',
  'scholar',
  'professor',
  'lecturer',
]);

/** Words of a role that some bylines capitalise ("Senior Correspondent"), never part of an outlet's name. */
export const ROLE_WORDS = new Set([
  ...ROLE_NOUNS,
  'staff',
  'senior',
  'special',
  'foreign',
  'political',
  'diplomatic',
  'contributing',
  'deputy',
  'associate',
  'managing',
  'executive',
  'bureau',
  'desk',
]);

/** A one-word "By ..." that is a desk or a role, not an organisation: never taken as the credited source. */
export const GENERIC_BYLINES = new Set([
  'staff',
  'admin',
  'administrator',
  'editor',
  'editors',
  'editorial',
  'desk',
  'team',
  'newsroom',
  'correspondent',
  'reporter',
  'guest',
  'contributor',
  'anonymous',
  'agencies',
  'wires',
]);

/** How a body names the outlet its people spoke to ("told Sputnik", "in an interview with X"): the words before the name. */
export const SPOKE_TO = [
  'told',
  'tells',
  'telling',
  'said to',
  'speaking to',
  'speaking with',
  'in an interview with',
  'in comments to',
];
