import { createHash } from 'node:crypto';
import type { Corpus, SkippedFile } from './types.ts';

/** What a re-read of the seeds folder changed, by file name. */
export interface CorpusChanges {
  added: string[];
  removed: string[];
  /** Files indexed before and after whose passages changed. */
  changed: string[];
  /** Files of the new read that are not indexed, each with why. */
  skipped: SkippedFile[];
  articles: number;
  passages: number;
}

export function corpusChanges(before: Corpus, after: Corpus): CorpusChanges {
  const fingerprints = (corpus: Corpus) =>
    new Map(
      corpus.articles.map((article) => [
        article.meta.file,
        createHash('sha256')
          .update(article.passages.map((passage) => passage.text).join('\u0000'))
          .digest('hex'),
      ]),
    );
  const old = fingerprints(before);
  const now = fingerprints(after);
  return {
    added: [...now.keys()].filter((file) => !old.has(file)).sort(),
    removed: [...old.keys()].filter((file) => !now.has(file)).sort(),
    changed: [...now.entries()]
      .filter(([file, print]) => old.has(file) && old.get(file) !== print)
      .map(([file]) => file)
      .sort(),
    skipped: after.skipped,
    articles: after.articles.length,
    passages: after.passages.length,
  };
}
