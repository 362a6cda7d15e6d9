/**
 * How well the cleaner reads a page's own metadata: the outlet, headline and publication date it cites every
 * excerpt with, against what the page's writer stated (the invented batches from 41 on state all three).
 */
import { findDate } from '../../src/corpus/parseDate.ts';
import type { Corpus } from '../../src/corpus/types.ts';
import type { GoldPage } from './devSet.ts';

export interface MetadataTally {
  pages: number;
  outlet: number;
  headline: number;
  /** Pages that state a date, and those whose date was read right. */
  dated: number;
  date: number;
  /** For each page read wrong: its file and what was read against what was stated. */
  misses: string[];
}

export function emptyTally(): MetadataTally {
  return { pages: 0, outlet: 0, headline: 0, dated: 0, date: 0, misses: [] };
}

/** Case, spacing, curly quotes and a leading "The" aside: "The Brackwater Times" is "Brackwater Times". */
function sameName(read: string | null | undefined, stated: string): boolean {
  const plain = (text: string) =>
    text
      .normalize('NFKC')
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase()
      .replace(/^the\s+/, '');
  return read !== null && read !== undefined && plain(read) === plain(stated);
}

/** Adds a batch's pages to `tally`: each page stating its outlet and headline counts. */
export function tallyPageMetadata(corpus: Corpus, pages: readonly GoldPage[], tally: MetadataTally): void {
  for (const page of pages) {
    if (!page.headline) continue;
    const meta = corpus.articles.find((article) => article.meta.file === page.file)?.meta;
    const stated = page.date ? (findDate(page.date)?.iso ?? null) : null;
    const outlet = sameName(meta?.outlet, page.outlet);
    const headline = sameName(meta?.title, page.headline);
    const date = stated === null || meta?.date === stated;
    tally.pages++;
    tally.outlet += Number(outlet);
    tally.headline += Number(headline);
    if (stated !== null) {
      tally.dated++;
      tally.date += Number(date);
    }
    if (!outlet || !headline || !date)
      tally.misses.push(
        [
          page.file,
          outlet ? '' : `outlet "${meta?.outlet ?? ''}" for "${page.outlet}"`,
          headline ? '' : `headline "${(meta?.title ?? '').slice(0, 50)}" for "${page.headline.slice(0, 50)}"`,
          date ? '' : `date ${meta?.date ?? 'none'} for ${stated ?? ''}`,
        ]
          .filter(Boolean)
          .join('  '),
      );
  }
}

/** One line of figures: the share of pages whose outlet, headline and date were read as stated. */
export function metadataLine(tally: MetadataTally): string {
  const share = (count: number, of: number) => (of === 0 ? '-' : (count / of).toFixed(3));
  return `outlet ${share(tally.outlet, tally.pages)}  headline ${share(tally.headline, tally.pages)}  date ${share(tally.date, tally.dated)}  (${tally.pages} pages, ${tally.dated} dated)`;
}
