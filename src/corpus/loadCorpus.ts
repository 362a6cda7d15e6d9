import { basename, extname } from 'node:path';
import { withoutRoleLabels } from './accessibilityTree.ts';
import { angleLinksAsMarkdown } from './angleLinks.ts';
import { chromeCandidateKeys, cleanPage } from './cleanPage.ts';
import { extractMetadata, leadWithoutDateline, type StatedMetadata } from './extractMetadata.ts';
import { parseFrontMatter } from './frontMatter.ts';
import { readJsonDocument } from './jsonDocument.ts';
import { isRtf, rtfText } from './rtfText.ts';
import { decodeEntities, isMarkup } from './markup.ts';
import { findMonthDay, monthDayNear } from './parseDate.ts';
import { passagesOf } from './passagesOf.ts';
import { describesPublisher } from './publisherBlurb.ts';
import { readHtml } from './readHtml.ts';
import { readSeedFiles, type SeedFile } from './readSeedFiles.ts';
import { hasShortLine, shortLinesOf, withShortLines } from './shortLines.ts';
import type { Article, Corpus, SkippedFile } from './types.ts';

interface PreparedPage {
  file: SeedFile;
  text: string;
  stated: StatedMetadata;
  captions: string[];
  /** The date a web-page store stamped the page with (ISO), when it did. */
  stamped?: string | null;
}

/** Reads, cleans and splits every seed in `dir`. Files that cannot be used are listed in `skipped`, never thrown. */
export async function loadCorpus(dir: string): Promise<Corpus> {
  const { files, skipped } = await readSeedFiles(dir);
  return buildCorpus(files, skipped);
}

/**
 * The corpus from files already in memory (also used for articles added at run time). HTML pages are read on
 * another thread (readHtml), so building never blocks the process for long on one page.
 */
export async function buildCorpus(files: readonly SeedFile[], skipped: SkippedFile[] = []): Promise<Corpus> {
  const prepared = await Promise.allSettled(files.map(prepare));
  const pages: PreparedPage[] = [];
  prepared.forEach((outcome, index) => {
    if (outcome.status === 'fulfilled') pages.push(outcome.value);
    else
      skipped.push({
        file: files[index]?.name ?? '',
        reason: `could not be parsed (${(outcome.reason as Error).message})`,
      });
  });
  const keySets = pages.map((page) => chromeCandidateKeys(page.text));
  const pagesWithKey = new Map<string, number>();
  for (const keys of keySets) for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);

  const articles: Article[] = [];
  pages.forEach((page, index) => {
    const own = keySets[index] ?? new Set<string>();
    const sharedLines = new Set([...own].filter((key) => (pagesWithKey.get(key) ?? 0) > 1));
    let article: Article | null;
    try {
      article = articleOf(page, sharedLines);
    } catch (error) {
      // One page the cleaning cannot handle is skipped, never the whole folder.
      skipped.push({ file: page.file.name, reason: `could not be cleaned (${(error as Error).message})` });
      return;
    }
    if (article) articles.push(article);
    else skipped.push({ file: page.file.name, reason: 'no article text found in it' });
  });
  return {
    articles,
    passages: articles.flatMap((article) => article.passages),
    skipped,
    shortLines: shortLinesOf(keySets),
  };
}

/**
 * The article of a page added to a corpus already read, cleaned as it would be were the folder read whole: its
 * lines that other pages print are repeated lines (Corpus.shortLines). The pages already read are not cleaned
 * again, though a line they print once and the new page repeats would now be repeated for them too; reading the
 * folder whole (/reindex, a restart with the seeds changed) catches up with that. Returns the corpus's short
 * lines with the page's added, or why no article came of it.
 */
export async function addedPageArticle(
  corpus: Corpus,
  file: SeedFile,
): Promise<{ article: Article; shortLines: Uint32Array } | { refused: string }> {
  let page: PreparedPage;
  try {
    page = await prepare(file);
  } catch (error) {
    return { refused: `could not be parsed (${(error as Error).message})` };
  }
  const keys = chromeCandidateKeys(page.text);
  const sharedLines = new Set([...keys].filter((key) => hasShortLine(corpus.shortLines, key)));
  let article: Article | null;
  try {
    article = articleOf(page, sharedLines);
  } catch (error) {
    return { refused: `could not be cleaned (${(error as Error).message})` };
  }
  return article
    ? { article, shortLines: withShortLines(corpus.shortLines, keys) }
    : { refused: 'no article text found in it' };
}

/** Switches for the rules here, so that a test can show what each one does. */
export const CORPUS_RULES = {
  angleLinks: true,
  stampedYear: true,
  /** "Meridian, the news and media division of ..., is the world's largest ...": the publisher's note on itself. */
  publisherBlurbs: true,
};

function yearFromStamp(dateline: string | null, stamped: string | null): string | null {
  const monthDay = dateline && stamped ? findMonthDay(dateline) : null;
  return monthDay && stamped ? monthDayNear(monthDay, stamped) : null;
}

async function prepare(file: SeedFile): Promise<PreparedPage> {
  return { ...(await prepareText(file)), stamped: storeStampOf(file.text) };
}

async function prepareText(file: SeedFile): Promise<PreparedPage> {
  if (file.format === 'html') {
    const html = await readHtml(file.text);
    return { file, text: html.text, stated: html.stated, captions: html.captions };
  }
  // The store's stamp comes first: front matter or a message's headers start right after it.
  const { body, stated } = parseFrontMatter(withoutStorePrefix(file.text));
  // A word processor's export: its control words are no text.
  if (isRtf(body)) return { file, text: withoutRoleLabels(rtfText(body)), stated, captions: [] };
  const json = readJsonDocument(body);
  if (json) {
    const html = await readHtml(json.html);
    return { file, text: html.text, stated: { ...html.stated, ...json.stated, ...stated }, captions: html.captions };
  }
  if (isMarkup(body)) {
    // An HTML page saved as .txt or .md is read as the page it is; what front matter states still wins.
    const html = await readHtml(body);
    return { file, text: html.text, stated: { ...html.stated, ...stated }, captions: html.captions };
  }
  const text = decodeEntities(withoutStorePrefix(body));
  return {
    file,
    text: withoutRoleLabels(CORPUS_RULES.angleLinks ? angleLinksAsMarkdown(text) : text),
    stated,
    captions: [],
  };
}

/**
 * Pages kept by a web-page store start with the store's own " date 2023-05-10 " stamp: not page text, so it is
 * neither a date the page prints nor part of the first line.
 */
export function withoutStorePrefix(text: string): string {
  return text.replace(STORE_STAMP, '');
}

const STORE_STAMP = /^\uFEFF?[ \t]*date (\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*\r?\n)/;

/** The store's stamp as an ISO date: when the page was kept, which lies near when it was published. */
export function storeStampOf(text: string): string | null {
  return STORE_STAMP.exec(text)?.[1] ?? null;
}

function articleOf(page: PreparedPage, sharedLines: ReadonlySet<string>): Article | null {
  const cleaned = cleanPage(page.text, { sharedLines, byline: page.stated.byline ?? null });
  if (cleaned.paragraphs.length === 0) return null;
  const found = extractMetadata(cleaned, page.stated);
  const id = basename(page.file.name, extname(page.file.name));
  const ownNames = [found.outlet, ...found.otherNames].filter((name): name is string => Boolean(name));
  const kept = cleaned.paragraphs.flatMap((text, index) =>
    CORPUS_RULES.publisherBlurbs && describesPublisher(text, ownNames)
      ? []
      : [{ text, section: cleaned.sections[index] ?? null }],
  );
  if (kept.length === 0) return null;
  const firstParagraph = leadWithoutDateline(kept[0]?.text ?? '');
  return {
    meta: {
      id,
      file: page.file.name,
      outlet: found.outlet ?? 'Unknown outlet',
      title: found.title ?? leadAsTitle(firstParagraph),
      // "MOSCOW, May 10. /TASS/." prints no year; the store's stamp of the page gives it, when it lies within days.
      date: found.date ?? (CORPUS_RULES.stampedYear ? yearFromStamp(found.dateline, page.stamped ?? null) : null),
      dateline: found.dateline,
      datedLine: found.datedLine,
      byline: found.byline,
      creditedSource: found.creditedSource,
      creditLine: found.creditLine,
      otherNames: found.otherNames.filter((name) => name !== found.outlet),
      url: found.url,
    },
    passages: passagesOf(
      id,
      kept.map((paragraph) => paragraph.text),
      kept.map((paragraph) => paragraph.section),
    ),
    captions: [...page.captions, ...cleaned.captions],
    asides: cleaned.asides.filter((line) => line !== found.title),
  };
}

/** Longest title made from a page's lead when it prints no headline. */
const LEAD_TITLE_MAX = 80;

/** The lead's first words as a title, cut between words (never mid-word), with an ellipsis when cut. */
function leadAsTitle(lead: string): string {
  if (lead.length <= LEAD_TITLE_MAX) return lead;
  const cut = lead.slice(0, LEAD_TITLE_MAX + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LEAD_TITLE_MAX / 2 ? cut.slice(0, space) : lead.slice(0, LEAD_TITLE_MAX)).replace(/[\s,;:–—-]+$/, '')}…`;
}
