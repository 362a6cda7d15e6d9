import type { PageLine } from './cleanPage.ts';
import { wordCount } from './normalizeText.ts';
import { splitSentences } from './splitSentences.ts';

/** The rule of a caption that tells the story: it is a passage as well as a caption. */
export const GALLERY_CAPTION = 'gallery caption';

/** A caption this long, in two sentences or more, reports rather than labels ("Protesters hold signs ... said"). */
const STORY_CAPTION_WORDS = 20;
/**
 * This many such captions, and at least this share of the page's prose lines, make the page a story told in
 * pictures; a story with a few pictures ("PHOTO: The USS Kentucky ...") has more text than captions.
 */
const GALLERY_CAPTIONS = 3;
const GALLERY_SHARE = 0.5;

/**
 * A photo story, gallery or carousel tells its story in its captions: "The three navies tracked a simulated
 * submarine for more than nine hours, a US officer said ... (PPW Photo/Seo Ha-rin)". Where a page has several
 * captions that each report in sentences of their own, they are read as the article's paragraphs too, where they
 * stand; a story with its own pictures keeps them as captions only.
 */
export function markGalleryCaptions(lines: PageLine[]): void {
  const telling = lines.filter(
    (line) =>
      line.kind === 'caption' && wordCount(line.text) >= STORY_CAPTION_WORDS && splitSentences(line.text).length >= 2,
  );
  const prose = lines.filter((line) => line.kind === 'prose').length;
  if (telling.length < GALLERY_CAPTIONS || telling.length < prose * GALLERY_SHARE) return;
  for (const line of telling) Object.assign(line, { kind: 'prose', rule: GALLERY_CAPTION });
}
