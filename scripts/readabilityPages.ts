/**
 * How the page reader does on real pages nobody here wrote: Mozilla Readability's test pages (real pages of the
 * BBC, CNN, The New York Times, The Guardian, ... with the article each should yield). Not in CI: the pages are
 * others' text, so they are read from a checkout of https://github.com/mozilla/readability given as the argument.
 *
 *   npx tsx scripts/readabilityPages.ts ../readability/test/test-pages [--passages]
 *
 * For each English page: its passages, the share of their text that is not in the expected article (chrome
 * quoted), the share of the expected article they hold, and the headline, outlet and date beside the expected
 * ones. A passage counts as the article's when its middle 40 characters are in the expected text.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';

interface ExpectedMetadata {
  title?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  readerable?: boolean;
}

const [pagesDir, flag] = process.argv.slice(2);
if (!pagesDir || !existsSync(pagesDir)) {
  console.error('Usage: npx tsx scripts/readabilityPages.ts <readability checkout>/test/test-pages [--passages]');
  process.exit(2);
}

const folded = (text: string) =>
  text.normalize('NFKC').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => entities[name.toLowerCase()] ?? whole);

const seeds = mkdtempSync(join(tmpdir(), 'readability-pages-'));
const expected = new Map<string, { text: string; meta: ExpectedMetadata }>();
for (const name of readdirSync(pagesDir)) {
  const page = join(pagesDir, name);
  if (!existsSync(join(page, 'source.html')) || !existsSync(join(page, 'expected.html'))) continue;
  const meta = existsSync(join(page, 'expected-metadata.json'))
    ? (JSON.parse(readFileSync(join(page, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata)
    : {};
  if (!(meta.lang ?? '').startsWith('en') || meta.readerable === false) continue;
  copyFileSync(join(page, 'source.html'), join(seeds, `${name}.html`));
  expected.set(name, { text: folded(textOf(readFileSync(join(page, 'expected.html'), 'utf8'))), meta });
}

try {
  const corpus = await loadCorpus(seeds);
  let quoted = 0;
  let chrome = 0;
  let held = 0;
  let articleText = 0;
  let titles = 0;
  for (const article of corpus.articles) {
    const name = article.meta.file.replace(/\.html$/, '');
    const want = expected.get(name);
    if (!want) continue;
    let outside = 0;
    let inside = 0;
    const stray: string[] = [];
    for (const passage of article.passages) {
      const text = folded(passage.text);
      const middle = text.length <= 40 ? text : text.slice(text.length / 2 - 20, text.length / 2 + 20);
      if (want.text.includes(middle)) inside += text.length;
      else {
        outside += text.length;
        stray.push(passage.text.slice(0, 100));
      }
    }
    quoted += inside + outside;
    chrome += outside;
    held += inside;
    articleText += want.text.length;
    const sameTitle = folded(article.meta.title) === folded(want.meta.title ?? '');
    if (sameTitle) titles += 1;
    const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0).toFixed(2);
    console.log(
      `${name.padEnd(30)} passages ${String(article.passages.length).padStart(3)}  chrome ${share(outside, inside + outside)}` +
        `  article held ${share(inside, want.text.length)}  title ${sameTitle ? 'same' : `"${article.meta.title}" (expected "${want.meta.title ?? ''}")`}` +
        `  outlet "${article.meta.outlet}" (${want.meta.siteName ?? '-'})  date ${article.meta.date ?? '-'} (${want.meta.publishedTime?.slice(0, 10) ?? '-'})`,
    );
    if (flag === '--passages') for (const line of stray) console.log(`    not in the article: ${line}`);
  }
  const read = corpus.articles.filter((article) => expected.has(article.meta.file.replace(/\.html$/, ''))).length;
  console.log(
    `\n${read} of ${expected.size} pages read; chrome in what would be quoted ${(chrome / Math.max(1, quoted)).toFixed(3)}; ` +
      `article text held ${(held / Math.max(1, articleText)).toFixed(3)}; titles as expected ${titles}`,
  );
  for (const skipped of corpus.skipped) console.log(`skipped: ${JSON.stringify(skipped)}`);
} finally {
  rmSync(seeds, { recursive: true, force: true });
}
