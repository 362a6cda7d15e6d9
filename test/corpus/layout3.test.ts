import { describeLayoutGold } from './layoutGold.ts';

/**
 * Eight more invented pages, in the layouts of kinds of outlets the layout2 pages leave out (fixtures/layout3-*): a
 * public broadcaster, a wire service, a state news agency, a Japanese news agency, an analysis magazine, a mobile
 * (AMP) dump, a European daily behind a cookie-consent wall and an aggregator's repost in Markdown. What each must
 * give is in fixtures/layout3-gold.json, read off the pages by eye: outlet, headline, date, byline, where the body
 * starts and ends, sentences that must be in passages, chrome that must not, and captions kept apart.
 */
describeLayoutGold('pages in eight layouts of other kinds of outlet, loaded as one corpus', 'layout3-gold.json');
