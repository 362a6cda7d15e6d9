import { describeLayoutGold } from './layoutGold.ts';

/**
 * Eight invented pages in layouts none of the other fixtures has (fixtures/layout2-*): a Korean wire service, a
 * Japanese daily with a paywall prompt halfway, a press agency page cut by the page store, a page whose chrome all
 * comes after the body, a live blog, a magazine page with inline "Read more" links and an author box, a think-tank
 * commentary with footnotes, and an HTML page that names its outlet only in its JSON-LD. What each must give is in
 * fixtures/layout2-gold.json, read off the pages by eye: outlet, headline, date, byline, where the body starts and
 * ends, sentences that must be in passages and chrome that must not.
 */
describeLayoutGold('pages in eight more layouts, loaded as one corpus', 'layout2-gold.json');
