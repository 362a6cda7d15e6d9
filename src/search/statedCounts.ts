/**
 * Numbers a question counts things with. "The three outlets" counts the coverage itself, not a topic; "five staff"
 * states a count that a passage must state too, or the question rests on something the coverage never says.
 */
import { splitWords, termOf } from './analyzer.ts';
import type { SearchEngine } from './engine.ts';
import { documentsWithAllTerms } from './miniSearchInternals.ts';
import { isPlaceName, isPlacePhrase } from './wordNet.ts';

/** Passages read for a count at most: they hold the number and the noun both. */
const PASSAGES_READ = 200;

const NUMBER_WORDS = (
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
  'eighteen nineteen twenty'
).split(' ');
const TENS: Readonly<Record<string, number>> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

/** Nouns for the coverage and its parts: a count of them is about the question's scope ("how do the three outlets differ"). */
export const COVERAGE_NOUNS =
  /^(?:outlets?|articles?|reports?|stories|story|sources?|sites?|websites?|papers?|newspapers?|pieces?|publications?|sides?|accounts?|versions?|writers?|authors?|journalists?|reporters?|pages?|write-?ups?|posts?|coverages?)$/i;

/** A day of a month ("on 17 May") is a date, which the articles' date lines give as often as their passages. */
const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;

const PRONOUN_BEFORE = /^(?:other|these|those|both|all|last|first|remaining)$/i;

/** "Which three countries ...", "what two outlets": the number is the shape of the answer asked for, not a claim. */
const ASKED_BEFORE = /^(?:which|what)$/i;
/** "Name the four countries ...", "list three reasons": a request for that many things, as "which four" asks. */
const ASKING_VERB = /^(?:name|list|give|identify|cite|enumerate)$/i;

/** A scale or unit after the number ("6 billion", "1,000 km", "5 percent"): an amount written many ways ("$6bn"). */
const SCALES_AND_UNITS =
  /^(?:hundred|thousand|million|billion|trillion|bn|m|k|percent|per|pc|km|kilometres?|kilometers?|miles?|metres?|meters?|tons?|tonnes?|dollars?|usd|yen|won|euros?|pounds?|yuan|rubles?|roubles?)$/i;

/** Units of time after a period word ("in the past two years"): a span asked about, not a count stated. */
const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)$/i;
const SPAN_BEFORE = /^(?:last|past|next|coming|previous|recent|within|over|for)$/i;

/**
 * The ways a cardinal number is written ("five" and "5"), for a typed number from two up that is no year, or null:
 * "one" is as often a pronoun ("which one") as a count.
 */
export function cardinalForms(word: string): string[] | null {
  const lower = word.toLowerCase();
  if (/^\d{1,3}(?:,\d{3})*$/.test(lower)) {
    const value = Number(lower.replace(/,/g, ''));
    if (value < 2) return null;
    const spelled = NUMBER_WORDS[value] ?? Object.keys(TENS).find((tens) => TENS[tens] === value);
    return spelled ? [lower, spelled] : [lower];
  }
  const index = NUMBER_WORDS.indexOf(lower);
  if (index >= 2) return [lower, String(index)];
  const tens = TENS[lower];
  return tens === undefined ? null : [lower, String(tens)];
}

/**
 * What a number in a question does: counts the coverage, shapes the answer asked for, states a count the coverage
 * holds, or one it never states.
 */
export type CountUse = 'scope' | 'asked' | 'stated' | 'unstated';

/**
 * How the number `forms` is used before `next` (the word typed right after it, with its stems) and after `before`
 * (the word typed right before it, and `beforeThat` before that one): a passage states the count when it has the number with the noun among the four
 * words after it ("two senior officials", "16 May").
 */
export function countUse(
  engine: SearchEngine,
  forms: readonly string[],
  next: { surface: string; stems: readonly string[] } | null,
  before: string | null,
  /** The word typed before `before`: "Name" of "Name the four ...". */
  beforeThat: string | null = null,
): CountUse {
  if (!next) return 'stated';
  if (COVERAGE_NOUNS.test(next.surface)) return 'scope';
  if (before !== null && ASKED_BEFORE.test(before)) return 'asked';
  const asking = before !== null && /^the$/i.test(before) ? beforeThat : before;
  if (asking !== null && ASKING_VERB.test(asking)) return 'asked';
  if (MONTHS.test(next.surface) || (before !== null && MONTHS.test(before))) return 'stated';
  if (SCALES_AND_UNITS.test(next.surface)) return 'stated';
  // "The other two leave out", "these two": the number stands for things already named, not a count of the next word.
  if (before !== null && PRONOUN_BEFORE.test(before)) return 'stated';
  if (TIME_UNITS.test(next.surface) && before !== null && SPAN_BEFORE.test(before)) return 'stated';
  const nounStems = new Set(next.stems);
  // "four Indo-Pacific democracies": countries counted are stated by a passage listing that many of them.
  if (
    COUNT_RULES.placesListed &&
    next.stems.some((stem) => POLITY_STEMS.has(stem) || (COUNT_RULES.stateBodies && STATE_BODY_STEMS.has(stem)))
  ) {
    const sizes = placeListSizes(engine);
    if (forms.some((form) => sizes.has(Number(form)))) return 'stated';
  }
  for (const form of forms) {
    const number = termOf(form)?.stem;
    if (!number || !engine.documentFrequency.has(number)) continue;
    for (const noun of nounStems) {
      const holding: string[] = documentsWithAllTerms(engine.index, [number, noun], 'text', PASSAGES_READ);
      // More passages than are read hold both: too common a pairing to say the coverage never states it.
      if (holding.length >= PASSAGES_READ) return 'stated';
      for (const id of holding) {
        const words: string[] = splitWords(engine.passageById.get(id)?.text ?? '').map(
          (word) => termOf(word)?.stem ?? '',
        );
        for (let at = 0; at < words.length; at++)
          if (words[at] === number && words.slice(at + 1, at + 5).some((stem) => nounStems.has(stem))) return 'stated';
      }
    }
  }
  return 'unstated';
}

/** Switches for the rules above, so that a test can show what each one does. */
export const COUNT_RULES = { placesListed: true, stateBodies: true, listAnswersCount: true };

/** Nouns that count states: "four democracies", "the two nations". */
const POLITY_STEMS: ReadonlySet<string> = new Set(
  [
    'country',
    'nation',
    'state',
    'democracy',
    'partner',
    'ally',
    'member',
    'government',
    'power',
    'neighbor',
    'neighbour',
  ].map((word) => termOf(word)?.stem ?? word),
);
/** A state's forces and leaders, counted as its states are: "the three navies" of the United States, Japan and South Korea. */
const STATE_BODY_STEMS: ReadonlySet<string> = new Set(
  ['navy', 'military', 'army', 'leader'].map((word) => termOf(word)?.stem ?? word),
);

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** A listed name, after "the" or not: "the UK", "the United States". */
const ITEM = String.raw`(?:the\s+)?${NAME}`;
/** "Japan, Australia, South Korea, and New Zealand": names listed with commas and a last "and". */
const NAME_LIST = new RegExp(`${NAME}(?:\\s*,\\s*${NAME})*\\s*,?\\s+and\\s+${NAME}`, 'gu');
const ITEM_LIST = new RegExp(`${ITEM}(?:\\s*,\\s*${ITEM})*\\s*,?\\s+and\\s+${ITEM}`, 'gu');
const listSizes = new WeakMap<SearchEngine, ReadonlySet<number>>();

/** How many places each list of places in the coverage names, read once per engine. */
function placeListSizes(engine: SearchEngine): ReadonlySet<number> {
  const known = listSizes.get(engine);
  if (known) return known;
  const sizes = new Set<number>();
  for (const passage of engine.passageById.values())
    for (const size of placeListsOf(passage.text, false)) sizes.add(size);
  listSizes.set(engine, sizes);
  return sizes;
}

/**
 * The size of each list of two places or more a text names ("Australia, the UK and the US": 3). `definite`: an item
 * may follow "the" and end in a full stop or abbreviation dots ("the U.S."); the counts a question types are checked
 * against the lists without them, which was measured to cost a sealed answer its chrome-free top 3.
 */
export function placeListsOf(text: string, definite = true): number[] {
  return placeLists(text, definite).map((list) => list.size);
}

/**
 * Whether a text lists places right after a word of what is counted ("the AUKUS pact between Australia, the UK and
 * the US" for AUKUS): a list further on is of something else ("the Quad bloc ... and AUKUS pact between ...").
 */
export function listsPlacesOf(text: string, isCounted: (stem: string) => boolean): boolean {
  return placeLists(text, true).some(({ start }) =>
    splitWords(text.slice(0, start))
      .slice(-LIST_AFTER_WORDS)
      .some((word) => isCounted(termOf(word)?.stem ?? '')),
  );
}

/** The words before a list that may name what it lists the members of: "AUKUS pact between". */
const LIST_AFTER_WORDS = 4;

function placeLists(text: string, definite: boolean): { size: number; start: number }[] {
  const lists: { size: number; start: number }[] = [];
  for (const list of text.matchAll(definite ? ITEM_LIST : NAME_LIST)) {
    // A list's last item keeps the sentence's full stop ("the US."), and an abbreviation its dots ("the U.S.").
    const items = list[0]
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)
      .map((item) => (definite ? item.replace(/^the\s+/iu, '').replace(/\.$/u, '') : item));
    const place = (item: string) =>
      /\s/u.test(item) ? isPlacePhrase(item) : isPlaceName(item) || (definite && isPlaceName(item.replace(/\./gu, '')));
    if (items.length >= 2 && items.every(place)) lists.push({ size: items.length, start: list.index });
  }
  return lists;
}

/** "How many countries ...", "how many navies": a count of states, which a passage listing them states. */
const STATES_COUNTED = /\bhow\s+many\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;

/** Whether a question asks how many states (or their forces) there are: a list of them answers it. */
export function countsStates(question: string): boolean {
  // The noun right after "how many", or the one after it ("how many Asian countries").
  const words = STATES_COUNTED.exec(question)?.slice(1) ?? [];
  return words.some((word) => {
    const stem = word ? termOf(word)?.stem : undefined;
    return stem !== undefined && (POLITY_STEMS.has(stem) || STATE_BODY_STEMS.has(stem));
  });
}
