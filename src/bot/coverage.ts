import { createHash } from 'node:crypto';
import type { Corpus } from '../corpus/types.ts';
import { outletCalled } from '../search/outletNamedIn.ts';

/** What the bot says about the body of coverage it answers from. */
export interface Coverage {
  /** Changes whenever the articles or their passages change: buttons made over another corpus are stale. */
  fingerprint: string;
  /** Outlet names, sorted: a button refers to one by its index. */
  outlets: string[];
  /** The footer line naming the corpus, e.g. "Coverage: 3 articles from Al Mayadeen English, RT". */
  footer: string;
}

/** How the footer naming the coverage starts: the bot recognises its own answers by it. */
export const COVERAGE_PREFIX = 'Coverage: ';
/** Outlets named one by one in the footer; more than this are counted instead. */
const OUTLETS_NAMED = 5;

export function describeCoverage(corpus: Corpus): Coverage {
  const hash = createHash('sha256');
  for (const passage of corpus.passages) hash.update(`${passage.id}\u0000${passage.text}\u0000`);
  const outlets = [...new Set(corpus.articles.map((article) => article.meta.outlet))].sort((a, b) =>
    a.localeCompare(b),
  );
  const count = corpus.articles.length;
  const from = outlets.length <= OUTLETS_NAMED ? outlets.join(', ') : `${outlets.length} outlets`;
  return {
    fingerprint: hash.digest('hex').slice(0, 8),
    outlets,
    footer: `${COVERAGE_PREFIX}${count} ${count === 1 ? 'article' : 'articles'}${from ? ` from ${from}` : ''}`,
  };
}

/** The coverage's spelling of an outlet typed in any case, or the name as typed when no outlet has it. */
export function canonicalOutlet(coverage: Coverage, name: string): string {
  return outletCalled(name, coverage.outlets) ?? name.trim();
}
