/**
 * Synthetic corpora for the benchmark: N passages that read like the seeds, made deterministically
 * from the seed passages themselves. Generated in memory at bench time; never written to the repo.
 *
 * - Sentences are walks of a first-order word Markov chain trained on the seed passages (tokens keep
 *   their punctuation, so sentence shapes, quotes and numbers come along); a sentence starts where a
 *   seed sentence starts and ends at a token that ends one.
 * - Passages hold 1-4 sentences (about the seeds' 120-420 characters); articles hold about 20 passages,
 *   with an outlet, a title (a short walk of the chain) and a date in 2023-2024.
 * - Each article renames most of the seeds' proper names ("Pyongyang", "Kim") to names spliced from
 *   seed names, drawn by preferential attachment (new names get rarer as the corpus grows), so the
 *   vocabulary grows with the corpus as a real one does instead of staying at the seeds' ~1,000 words.
 * - About one article in ten is another outlet's lightly reworded copy of an earlier one (syndication),
 *   so near-duplicate grouping has work to do.
 *
 * The same seeds, size and seed number always give the same corpus: the only randomness is a seeded PRNG.
 */
import type { Article, ArticleMeta, Corpus, Passage } from '../src/corpus/types.ts';

export interface SyntheticOptions {
  /** PRNG seed: another number gives another corpus of the same shape. */
  seed?: number;
  /** Passages per article, on average. */
  passagesPerArticle?: number;
  /** Share of the seeds' proper names an article renames. */
  renameShare?: number;
  /** Share of articles that are another outlet's reworded copy of an earlier article. */
  syndicatedShare?: number;
}

const DEFAULTS: Required<SyntheticOptions> = {
  seed: 1,
  passagesPerArticle: 20,
  renameShare: 0.75,
  syndicatedShare: 0.1,
};

/** Outlets of the synthetic articles: the seeds' own, then plausible others. */
const EXTRA_OUTLETS = [
  'Pacific Wire',
  'Eastern Herald',
  'Korea Monitor',
  'Asia Times Review',
  'Global Ledger',
  'Northern Dispatch',
  'Seoul Observer',
  'Tokyo Evening Post',
  'Defence Brief',
  'World Affairs Daily',
] as const;

/** mulberry32: a small, fast 32-bit PRNG; good enough for sampling, and the same on every machine. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct names grow as about 2 x this x sqrt(names used): ~20,000 at 100k passages, as Heaps' law would have it. */
const NEW_NAME_RATE = 15;
const ENDS_SENTENCE = /[.!?][”"’')\]]*$/;
const MAX_SENTENCE_TOKENS = 45;
/** A token's word without the punctuation around it or a possessive: `“NATO’s` -> `NATO`. */
const coreOf = (token: string) => token.replace(/^[^\p{L}\p{N}]+/u, '').replace(/(?:['’]s)?[^\p{L}\p{N}]*$/u, '');

interface Chain {
  starts: string[];
  /** Each token to the tokens that followed it, once per occurrence (so sampling follows frequency). */
  next: Map<string, string[]>;
  /** Capitalised words and acronyms seen inside a sentence: the seeds' names ("Pyongyang", "NATO"). */
  names: Set<string>;
}

function trainChain(passages: readonly Passage[]): Chain {
  const starts: string[] = [];
  const next = new Map<string, string[]>();
  const names = new Set<string>();
  for (const passage of passages) {
    const tokens = passage.text.split(/\s+/).filter(Boolean);
    let atStart = true;
    tokens.forEach((token, index) => {
      if (atStart) starts.push(token);
      else if (/^\p{Lu}(?:\p{Ll}{2,}|\p{Lu}{2,5})$/u.test(coreOf(token))) names.add(coreOf(token));
      atStart = ENDS_SENTENCE.test(token);
      const following = tokens[index + 1];
      if (following === undefined || atStart) return;
      const list = next.get(token);
      if (list) list.push(following);
      else next.set(token, [following]);
    });
  }
  // Seed sentences split at an abbreviation ("U.S. officials") would start lower case: start only capitalised.
  const capitalised = starts.filter((token) => /^[“"‘'(]?[\p{Lu}\p{N}]/u.test(token));
  return { starts: capitalised.length > 0 ? capitalised : starts, next, names };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Names spliced from seed names ("Pyongyang" + "Stoltenberg" -> "Pyonberg"), reused by preferential attachment. */
class NamePool {
  private readonly names: string[] = [];
  /** One entry per use, so a uniform pick favours names already used often. */
  private readonly uses: number[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly seedNames: readonly string[],
    private readonly random: () => number,
  ) {}

  draw(): string {
    // Pitman-Yor-like: the chance of a new name falls as uses grow, so distinct names grow about as sqrt(uses).
    const fresh =
      this.names.length === 0 || this.random() < NEW_NAME_RATE / Math.sqrt(this.uses.length + NEW_NAME_RATE ** 2);
    const index = fresh ? this.invent() : pick(this.uses, this.random);
    this.uses.push(index);
    return this.names[index] ?? '';
  }

  private invent(): number {
    for (;;) {
      const head = pick(this.seedNames, this.random);
      const tail = pick(this.seedNames, this.random);
      const name =
        head.slice(0, 2 + Math.floor(this.random() * Math.max(1, head.length - 2))) +
        tail.slice(Math.floor(tail.length / 2));
      const key = name.toLowerCase();
      if (name.length < 4 || this.seen.has(key)) {
        // Splices repeat once the pool is large: add a seed syllable until the name is new.
        const longer = `${name}${pick(this.seedNames, this.random).slice(0, 3).toLowerCase()}`;
        if (this.seen.has(longer.toLowerCase())) continue;
        return this.add(longer);
      }
      return this.add(name);
    }
  }

  private add(name: string): number {
    this.seen.add(name.toLowerCase());
    this.names.push(name);
    return this.names.length - 1;
  }
}

class Writer {
  constructor(
    private readonly chain: Chain,
    private readonly random: () => number,
  ) {}

  sentence(rename: ReadonlyMap<string, string>, maxTokens = MAX_SENTENCE_TOKENS): string {
    const words: string[] = [];
    let token = pick(this.chain.starts, this.random);
    for (;;) {
      words.push(this.renamed(token, rename));
      if (ENDS_SENTENCE.test(token)) break;
      const options = this.chain.next.get(token);
      if (!options || words.length >= maxTokens) {
        words[words.length - 1] = `${(words.at(-1) ?? '').replace(/[^\p{L}\p{N}]+$/u, '')}.`;
        break;
      }
      token = pick(options, this.random);
    }
    return words.join(' ');
  }

  private renamed(token: string, rename: ReadonlyMap<string, string>): string {
    const core = coreOf(token);
    const name = rename.get(core);
    if (!name) return token;
    return token.replace(core, /^\p{Lu}+$/u.test(core) ? name.slice(0, Math.max(2, core.length)).toUpperCase() : name);
  }
}

/**
 * A corpus of `size` passages in the seeds' words. Articles (ids `syn-000001`...) carry ~20 passages each;
 * `corpus.passages` is exactly `size` long.
 */
export function syntheticCorpus(seeds: Corpus, size: number, options: SyntheticOptions = {}): Corpus {
  const settings = { ...DEFAULTS, ...options };
  if (seeds.passages.length === 0) throw new Error('the seeds have no passages to learn from');
  const random = createRandom(settings.seed);
  const chain = trainChain(seeds.passages);
  const seedNames = [...chain.names].sort();
  const names = new NamePool(seedNames, random);
  const writer = new Writer(chain, random);
  const outlets = [...new Set(seeds.articles.map((article) => article.meta.outlet)), ...EXTRA_OUTLETS];

  const articles: Article[] = [];
  let made = 0;
  while (made < size) {
    const count = Math.min(size - made, Math.max(1, Math.round(settings.passagesPerArticle * (0.5 + random()))));
    const number = articles.length + 1;
    const id = `syn-${String(number).padStart(6, '0')}`;
    const original = articles.length > 0 && random() < settings.syndicatedShare ? pick(articles, random) : null;
    const outlet = original
      ? pick(
          outlets.filter((name) => name !== original.meta.outlet),
          random,
        )
      : pick(outlets, random);
    const rename = original ? new Map<string, string>() : renameMap(seedNames, settings.renameShare, names, random);
    const meta: ArticleMeta = {
      id,
      file: `${id}.md`,
      outlet,
      title: original?.meta.title ?? titleOf(writer.sentence(rename, 14)),
      date: original?.meta.date ?? dateOf(random),
      dateline: null,
      datedLine: null,
      creditLine: null,
      otherNames: [],
      url: null,
      byline: null,
      creditedSource: original ? original.meta.outlet : null,
    };
    const texts = original
      ? original.passages.slice(0, count).map((passage) => reword(passage.text, chain, random))
      : bodyOf(count, writer, rename, random);
    const passages = texts.map((text, index): Passage => ({
      id: `${id}#p${index + 1}`,
      articleId: id,
      paragraph: index + 1,
      text,
      section: null,
    }));
    articles.push({ meta, passages, captions: [], asides: [] });
    made += passages.length;
  }
  return {
    articles,
    passages: articles.flatMap((article) => article.passages),
    skipped: [],
    shortLines: seeds.shortLines,
  };
}

function renameMap(
  seedNames: readonly string[],
  share: number,
  pool: NamePool,
  random: () => number,
): Map<string, string> {
  const rename = new Map<string, string>();
  for (const name of seedNames) if (random() < share) rename.set(name, pool.draw());
  return rename;
}

function bodyOf(count: number, writer: Writer, rename: ReadonlyMap<string, string>, random: () => number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = 1 + Math.floor(random() * 3);
    let text = writer.sentence(rename);
    for (let s = 1; s < sentences && text.length < 260; s++) text += ` ${writer.sentence(rename)}`;
    texts.push(text);
  }
  return texts;
}

/** Another outlet's copy: about one word in twelve swapped for one the chain allows there. */
function reword(text: string, chain: Chain, random: () => number): string {
  const tokens = text.split(' ');
  return tokens
    .map((token, index) => {
      const previous = tokens[index - 1];
      const options = previous === undefined ? undefined : chain.next.get(previous);
      return options && random() < 1 / 12 ? pick(options, random) : token;
    })
    .join(' ');
}

function titleOf(sentence: string): string {
  const bare = sentence.replace(/[.!?][”"’')\]]*$/u, '').replace(/^[“"‘']+/u, '');
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

function dateOf(random: () => number): string {
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 730) * 86_400_000);
  return day.toISOString().slice(0, 10);
}
