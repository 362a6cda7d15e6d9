import type { Article } from '../corpus/types.ts';
import { escapeRegExp } from '../regExpText.ts';
import { foldWord } from './analyzer.ts';
import { englishRank, isListedWord } from './englishWords.ts';
import { editDistanceWithin, withinOneEdit } from './spelling.ts';
import { STOP_WORDS } from './stopWords.ts';
import { isCommonWord } from './wordNet.ts';

/** Switches for the rules below, so that a test can show what each does. */
export const OUTLET_NAME_RULES = {
  /** "Russia Today" names RT: words whose initials spell an outlet's all-capital name. */
  initialsSpelledOut: true,
};

/**
 * The outlet of the coverage a name given on its own (the `outlet` option of /ask, `--outlet` in the terminal)
 * stands for, written as the coverage writes it: the same name in any case, spacing or accents. The one rule for
 * such names; names inside a question are found by `outletsNamedIn`.
 */
export function outletCalled(name: string, outlets: readonly string[]): string | undefined {
  const key = (text: string) => foldWord(text.trim().replace(/\s+/g, ' '));
  const wanted = key(name);
  return outlets.find((outlet) => key(outlet) === wanted);
}

/**
 * The outlet a question names ("what did Al Mayadeen report about Kim?"), and the question without it.
 * Short all-capital names ("RT") only match in capitals, so they are not read into ordinary words.
 */
export function outletNamedIn(question: string, articles: readonly Article[]): { outlet: string; rest: string } | null {
  const named = outletsNamedIn(question, articles);
  return named ? { outlet: named.outlets[0] ?? '', rest: named.rest } : null;
}

/** Every outlet a question names ("How do RT and Al Mayadeen word it?"), in order of mention, and the question without them. */
export function outletsNamedIn(
  question: string,
  articles: readonly Article[],
): { outlets: string[]; rest: string } | null {
  const found: { outlet: string; at: number }[] = [];
  let rest = question;
  for (;;) {
    const next = firstOutletNamedIn(
      rest,
      articles,
      found.map((entry) => entry.outlet),
    );
    if (!next) break;
    // Where the name stood in the question as asked: names are taken longest first, reported in order of mention.
    found.push({ outlet: next.outlet, at: question.toLowerCase().indexOf(next.typed.toLowerCase()) });
    rest = next.rest;
  }
  found.sort((a, b) => a.at - b.at);
  return found.length > 0 ? { outlets: found.map((entry) => entry.outlet), rest } : null;
}

const outletNames = new WeakMap<readonly Article[], { outlet: string; name: string }[]>();

/** Every name of every outlet of the coverage, longest first: worked out once per corpus, read by every question. */
function outletNamesOf(articles: readonly Article[]): { outlet: string; name: string }[] {
  const known = outletNames.get(articles);
  if (known) return known;
  const outlets = [...new Set(articles.map((article) => article.meta.outlet))].filter(
    (outlet) => outlet !== 'Unknown outlet',
  );
  const otherNames = new Map<string, string[]>();
  for (const { meta } of articles)
    otherNames.set(meta.outlet, [...(otherNames.get(meta.outlet) ?? []), ...meta.otherNames]);
  for (const [outlet, credited] of creditedNamesOf(articles))
    otherNames.set(outlet, [...(otherNames.get(outlet) ?? []), ...credited]);
  for (const article of articles) {
    const initials = printedInitialsOf(article);
    if (initials) otherNames.set(article.meta.outlet, [...(otherNames.get(article.meta.outlet) ?? []), initials]);
    // "in Astrid Holm's view", "according to the writer Mina Cho": a commentary is its writer's words.
    const writers = (article.meta.byline ?? '')
      .split(/\s*,\s*|\s+and\s+/)
      .filter((name) => /^\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,3}$/u.test(name));
    if (writers.length > 0)
      otherNames.set(article.meta.outlet, [...(otherNames.get(article.meta.outlet) ?? []), ...writers]);
  }
  const names = outlets
    .flatMap((outlet) =>
      [...new Set([...namesOf(outlet), ...(otherNames.get(outlet) ?? [])])].map((name) => ({ outlet, name })),
    )
    .sort((a, b) => b.name.length - a.name.length);
  outletNames.set(articles, names);
  return names;
}

function firstOutletNamedIn(
  question: string,
  articles: readonly Article[],
  skip: readonly string[],
): { outlet: string; rest: string; typed: string } | null {
  const names = outletNamesOf(articles).filter(({ outlet }) => !skip.includes(outlet));
  const folded = foldWord(question);
  for (const { outlet, name } of names) {
    const { pattern, cased } = namePattern(name);
    const match = (cased ? question : folded).match(pattern);
    if (match?.index === undefined) continue;
    const start = match.index + (match[1]?.length ?? 0);
    if (name !== outlet && isCommonWordName(name) && !readsAsOutlet(question, start, name.length)) continue;
    // "What does the Northgate Herald columnist think": the question keeps its article, as with a name without one.
    const article = /^the\s+/i.exec(name)?.[0].length ?? 0;
    const rest = `${question.slice(0, start + article)} ${question.slice(start + name.length)}`
      .replace(/\s+/g, ' ')
      .trim();
    return { outlet, rest, typed: question.slice(start, start + name.length) };
  }
  return (
    misspeltOutlet(question, names) ??
    (OUTLET_NAME_RULES.initialsSpelledOut ? initialsSpelledOut(question, names, articles) : null)
  );
}

/** Words of a name spelt out that everyday English uses ("Today", "Morning"), so that it reads as no person's name. */
const EVERYDAY_RANK = 5_000;

/**
 * "Russia Today" for RT, "South China Morning Post" for SCMP: capitalised words whose initials spell an outlet's
 * all-capital name, one of them an everyday English word and the words never written so in the coverage (where
 * they would be a name of its own).
 */
function initialsSpelledOut(
  question: string,
  names: readonly { outlet: string; name: string }[],
  articles: readonly Article[],
): { outlet: string; rest: string; typed: string } | null {
  const words = [...question.matchAll(/[\p{L}\p{N}'’-]+/gu)];
  for (const { outlet, name } of names) {
    if (!/^\p{Lu}{2,5}$/u.test(name)) continue;
    for (let i = 0; i + name.length <= words.length; i++) {
      const window = words.slice(i, i + name.length);
      const typed = window.map((match) => match[0]);
      if (
        !typed.every((word, j) => /^\p{Lu}/u.test(word) && word.charAt(0) === name.charAt(j)) ||
        !typed.some((word) => (englishRank(word.toLowerCase()) ?? Infinity) <= EVERYDAY_RANK)
      )
        continue;
      const first = window[0];
      const last = window.at(-1);
      if (first?.index === undefined || last?.index === undefined) continue;
      const end = last.index + last[0].length;
      const spelled = question.slice(first.index, end);
      if (articles.some((article) => article.passages.some((passage) => passage.text.includes(spelled)))) continue;
      return {
        outlet,
        rest: `${question.slice(0, first.index)} ${question.slice(end)}`.replace(/\s+/g, ' ').trim(),
        typed: spelled,
      };
    }
  }
  return null;
}

/**
 * Each name's pattern, made once: every question is matched against every name of the coverage. A short name is
 * matched as written ("AP" is not "ap"), unless in lower case it is no word ("rt", "bbc"): `cased` says which.
 */
const namePatterns = new Map<string, { pattern: RegExp; cased: boolean }>();

function namePattern(name: string): { pattern: RegExp; cased: boolean } {
  let found = namePatterns.get(name);
  if (!found) {
    const cased = name.length <= 3 && isWordInLowerCase(name);
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{N}])${escapeRegExp(cased ? name : foldWord(name))}(?=$|[^\\p{L}\\p{N}])`,
      cased ? 'u' : 'iu',
    );
    found = { pattern, cased };
    namePatterns.set(name, found);
  }
  return found;
}

/** "al mayadin": a name of two or more words, each long word at most one slip away, in order. */
function misspeltOutlet(
  question: string,
  names: readonly { outlet: string; name: string }[],
): { outlet: string; rest: string; typed: string } | null {
  const words = [...question.matchAll(/[\p{L}\p{N}]+/gu)];
  const typedWords = words.map((match) => foldWord(match[0]));
  for (const { outlet, name } of names) {
    const wanted = foldWord(name)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (wanted.length < 2 || wanted.join('').length < 8) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      const window = words.slice(i, i + wanted.length);
      const fits = window.every((_, j) => {
        const typed = typedWords[i + j] ?? '';
        const target = wanted[j] ?? '';
        if (target.length < 4) return typed === target;
        return (
          withinOneEdit(typed, target) || editDistanceWithin(typed, target, target.length >= 7 ? 2 : 1) !== Infinity
        );
      });
      const first = window[0];
      const last = window.at(-1);
      if (!fits || first?.index === undefined || last?.index === undefined) continue;
      const end = last.index + last[0].length;
      return {
        outlet,
        rest: `${question.slice(0, first.index)} ${question.slice(end)}`.replace(/\s+/g, ' ').trim(),
        typed: question.slice(first.index, end),
      };
    }
  }
  return null;
}

/** A shortened name that is one common English word ("Defence" of "Defence News and Media"). */
function isCommonWordName(name: string): boolean {
  return !/\s/.test(name) && isListedWord(name.toLowerCase());
}

/**
 * Such a word names the outlet only as a name is written or used: capitalised inside the question, or its report,
 * article or words ("the guardian's report", "guardian says"). "a real defence treaty" names no outlet.
 */
function readsAsOutlet(question: string, start: number, length: number): boolean {
  const typed = question.slice(start, start + length);
  if (start > 0 && /^\p{Lu}/u.test(typed)) return true;
  return /^(?:['’]s\b|\s+(?:reports?|reported|article|story|piece|coverage|says|said|writes|wrote|claims?|claimed)\b)/iu.test(
    question.slice(start + length),
  );
}

/**
 * Words an outlet's name often carries that people leave out, taken off its end one at a time: "Al Mayadeen
 * English" is asked about as "Al Mayadeen", "Guardian News & Media" as "Guardian".
 */
const GENERIC_NAME_WORDS =
  /\s+(english|arabic|news|online|network|media|tv|group|limited|ltd|inc|corp|corporation|company|&|and|\.com|\.org|\.net)$/i;
const DOMAIN = /\.(com|org|net|news|info|co\.uk|ru|tv|io)$/i;

function namesOf(outlet: string): string[] {
  const names = [outlet];
  let short = outlet.replace(/^the\s+/i, '').replace(DOMAIN, '');
  for (
    let shorter = short.replace(GENERIC_NAME_WORDS, '');
    shorter !== short;
    shorter = short.replace(GENERIC_NAME_WORDS, '')
  )
    short = shorter;
  if (short !== outlet && short.length >= 4) names.push(short);
  // "Halvorsen Centre for Northeast Asian Studies" is asked about as "the Halvorsen Centre": the words before its
  // "for" or "of", when two or more and one of them no English word (so never "Institute of").
  const head = short.match(/^(.+?)\s+(?:for|of|on)\s+\p{Lu}/u)?.[1];
  if (head && head.split(/\s+/).length >= 2 && head.split(/\s+/).some((word) => !isListedWord(word.toLowerCase())))
    names.push(head);
  return names;
}

/**
 * An outlet's initials when its own article prints them ("VILNIUS, July 11 (NPA) –" for the Nemunas Press Agency):
 * readers ask "per NPA, ...". Initials the article never prints are not taken, so they never shadow another name.
 */
function printedInitialsOf(article: Article): string | null {
  const words = article.meta.outlet.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word) && !/^the$/i.test(word));
  if (words.length < 2) return null;
  const initials = words.map((word) => word.charAt(0)).join('');
  const printed = new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'u');
  // Each text on its own, not joined: the initials hold no line break, and a text's ends stand as the joins did.
  const texts = [article.meta.dateline ?? '', ...article.passages.map((passage) => passage.text)];
  return texts.some((text) => printed.test(text)) ? initials : null;
}

/**
 * A site known by its address ("XINHUANET.com") is asked about by the agency its articles credit ("Source: Xinhua");
 * so is a page republishing a partner's story ("This article originally appeared in Indo-Pacific Dispatch"), by
 * the partner's name, where no outlet of the coverage goes by that name itself.
 */
function creditedNamesOf(articles: readonly Article[]): Map<string, string[]> {
  const credited = new Map<string, string[]>();
  const outlets = new Set(articles.map((article) => foldWord(article.meta.outlet)));
  for (const { meta } of articles) {
    if (!meta.creditedSource || meta.creditedSource.length < 4 || outlets.has(foldWord(meta.creditedSource))) continue;
    credited.set(meta.outlet, [...(credited.get(meta.outlet) ?? []), meta.creditedSource]);
  }
  return credited;
}

/** Whether a name written in lower case is a word WordNet writes so, or a function word ("us"); "rt", "bbc" are none. */
function isWordInLowerCase(name: string): boolean {
  const lower = name.toLowerCase();
  return STOP_WORDS.has(lower) || isCommonWord(lower);
}
