import { SPEAKERS } from '../attribution/speakers.ts';

/**
 * Names and phrasings that mean the same thing in this kind of coverage. A question that uses any
 * phrase of a group also searches the others.
 *
 * The groups of people and bodies that speak are generated from the speakers table (`searchedAs` in
 * src/attribution/speakers.ts): a speaker is added, or a name given to one, there. The groups below are
 * for what does not speak: places, things and wordings. Plain data: add a group, or a phrase to a group.
 */
const TOPIC_GROUPS: readonly (readonly string[])[] = [
  [
    'liaison office',
    'one-man station',
    'one-person station',
    'office in Tokyo',
    'outpost',
    'liaison',
    'NATO office',
    'NATO station',
  ],
  // No speaker of the coverage yet: when Britain speaks in it, this group moves to its speakers-table entry.
  ['United Kingdom', 'UK', 'Britain', 'British', 'London'],
  ['criticize', 'criticise', 'criticism', 'slam', 'denounce', 'decry', 'condemn', 'accuse', 'blast', 'warn', 'oppose'],
  ['cooperation', 'collaboration', 'partnership', 'ties', 'relations'],
  ['drills', 'military exercises', 'exercises', 'war games'],
  ['Asia-Pacific', 'Indo-Pacific', 'Asia Pacific'],
  ['collusion', 'military collusion', 'collaboration'],
  ['fund', 'pay for', 'funding', 'finance'],
  ['summit', 'meeting'],
  ['open', 'establish', 'set up', 'opening'],
];

export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ...SPEAKERS.flatMap((speaker) => (speaker.searchedAs ? [speaker.searchedAs] : [])),
  ...TOPIC_GROUPS,
];
