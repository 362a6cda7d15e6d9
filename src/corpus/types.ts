/** What an article says about itself: who published it, when, and who it credits. */
export interface ArticleMeta {
  /** The seed file's name without extension: stable across runs. */
  id: string;
  /** The seed file's name, for messages about it. */
  file: string;
  outlet: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when the page prints one; null otherwise, never guessed. */
  date: string | null;
  /**
   * The publication date (and time) exactly as the page prints it, for citing and searching:
   * "16 May 2023 12:37", "16:45, May 3, 2023", "May 10" (a wire dateline without a year). Null when none is printed.
   */
  dateline: string | null;
  /**
   * The whole line the date is printed on, when it prints more than the date ("Asia-Pacific Research, May 18,
   * 2023"): what a reader quotes when asked when the page was published. Null otherwise.
   */
  datedLine: string | null;
  byline: string | null;
  /** The source the article credits: "Source: RT", "The original source of this article is X". */
  creditedSource: string | null;
  /** The line the credit is printed on, as readers quote it ("The original source of this article is Countercurrents"). */
  creditLine: string | null;
  /** Other names the page calls its outlet by, read off its own chrome ("Global Research" on Asia-Pacific Research's page). */
  otherNames: string[];
  /** The article's address when the page states it (front matter `url:`, an HTML page's canonical link); null otherwise. */
  url: string | null;
}

/** One quotable unit of an article's body: a paragraph, or a sentence-aligned piece of a long one. */
export interface Passage {
  /** `${articleId}#p${paragraph}`, with `.${part}` when a long paragraph was split. */
  id: string;
  articleId: string;
  /** 1-based paragraph number within the article's cleaned body. */
  paragraph: number;
  text: string;
  /**
   * The subheading the passage sits under, as printed, with the short lead-in that introduces it when there is
   * one ("NATO To Open Office In Japan — Another earlier Nikkei Asia report said:"); null before the first.
   */
  section: string | null;
}

export interface Article {
  meta: ArticleMeta;
  passages: Passage[];
  /** Image captions and credits, kept apart from the body. */
  captions: string[];
  /**
   * The page's lines outside the article that read like text (other stories' headlines, ticker items, promotions),
   * never quoted: a question they alone answer is about the page, not the coverage.
   */
  asides: string[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Corpus {
  articles: Article[];
  /** Every article's passages, in file then paragraph order. */
  passages: Passage[];
  skipped: SkippedFile[];
  /**
   * Every short line of every page read (the lines chrome is looked for among, chromeCandidateKeys), as sorted
   * 32-bit hashes of their repetition keys: what a page added later is compared with, to tell which of its lines
   * the folder's other pages also print, without reading them again.
   */
  shortLines: Uint32Array;
}
