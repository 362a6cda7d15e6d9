import type { SpeakerKind } from './types.ts';

/**
 * People and bodies that speak in this coverage, each under one canonical name. Plain data: add an entry,
 * or a name to one. A speaker not listed here is still extracted under the name the article gives it.
 *
 * - `names`: full names and other names that identify the speaker anywhere ("DPRK", "Nikkei").
 * - `shortNames`: how a later sentence names a person already introduced: the family name ("Kim" for
 *   Kim Seol-hwa, "Putin"). Within an article the name introduced there wins; these are the fallback.
 * - `descriptions`: phrases used with "the" instead of the name ("the NATO chief", "the bloc"). They hold
 *   for the period of this coverage (May 2023): the NATO chief was then Jens Stoltenberg.
 * - `memberOf`: the body a person or ministry speaks for (Mao Ning -> Chinese Foreign Ministry -> China): asking
 *   what China said finds its ministry and its spokeswoman too.
 *
 * Matching ignores case, accents, hyphens, dots in acronyms ("U.S." = "US") and a leading "the".
 */
export interface SpeakerEntry {
  canonical: string;
  kind: SpeakerKind;
  names: readonly string[];
  shortNames?: readonly string[];
  descriptions?: readonly string[];
  memberOf?: string;
}

export const SPEAKERS: readonly SpeakerEntry[] = [
  // People
  { canonical: 'Kim Seol-hwa', kind: 'person', names: ['Kim Seol-hwa', 'Seol-hwa Kim'], shortNames: ['Kim'], memberOf: 'North Korean Foreign Ministry' },
  { canonical: 'Mao Ning', kind: 'person', names: ['Mao Ning'], shortNames: ['Mao'], descriptions: ['Chinese Foreign Ministry spokeswoman'], memberOf: 'Chinese Foreign Ministry' },
  { canonical: 'Vladimir Putin', kind: 'person', names: ['Vladimir Putin', 'Vladimir Vladimirovich Putin'], shortNames: ['Putin'], descriptions: ['Russian leader', 'Russian president', 'Kremlin leader'], memberOf: 'Russia' },
  { canonical: 'Jens Stoltenberg', kind: 'person', names: ['Jens Stoltenberg'], shortNames: ['Stoltenberg'], descriptions: ['NATO chief', 'NATO secretary general', 'alliance chief'], memberOf: 'NATO' },
  { canonical: 'Fumio Kishida', kind: 'person', names: ['Fumio Kishida'], shortNames: ['Kishida'], descriptions: ['Japanese prime minister', 'Japanese premier'], memberOf: 'Japan' },
  { canonical: 'Yoshimasa Hayashi', kind: 'person', names: ['Yoshimasa Hayashi'], shortNames: ['Hayashi'], descriptions: ['Japanese foreign minister'], memberOf: 'Japanese Foreign Ministry' },
  { canonical: 'Joe Biden', kind: 'person', names: ['Joe Biden', 'Joseph Biden'], shortNames: ['Biden'], descriptions: ['US president'], memberOf: 'United States' },

  // Bodies that speak as one
  {
    canonical: 'NATO',
    kind: 'institution',
    names: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    descriptions: ['bloc', 'military bloc', 'US-led military bloc', 'US-led bloc', 'alliance', 'military alliance', 'US-led alliance', 'Atlantic alliance', 'North Atlantic alliance'],
  },
  { canonical: 'North Korean Foreign Ministry', kind: 'institution', names: ['North Korean Foreign Ministry', "North Korea's Foreign Ministry", "DPRK's Foreign Ministry", 'DPRK Foreign Ministry', "Pyongyang's Foreign Ministry"], memberOf: 'North Korea' },
  { canonical: 'Chinese Foreign Ministry', kind: 'institution', names: ['Chinese Foreign Ministry', "China's Foreign Ministry", 'Foreign Ministry of China'], memberOf: 'China' },
  { canonical: 'Russian Foreign Ministry', kind: 'institution', names: ['Russian Foreign Ministry', "Russia's Foreign Ministry"], memberOf: 'Russia' },
  { canonical: 'Japanese Foreign Ministry', kind: 'institution', names: ['Japanese Foreign Ministry', "Japan's Foreign Ministry"], memberOf: 'Japan' },

  // Governments, by the country or its capital
  { canonical: 'North Korea', kind: 'state', names: ['North Korea', 'DPRK', 'Pyongyang', "Democratic People's Republic of Korea"] },
  { canonical: 'China', kind: 'state', names: ['China', 'Beijing'] },
  { canonical: 'Russia', kind: 'state', names: ['Russia', 'Moscow', 'Kremlin'] },
  { canonical: 'Japan', kind: 'state', names: ['Japan', 'Tokyo'] },
  { canonical: 'United States', kind: 'state', names: ['United States', 'US', 'USA', 'Washington', 'White House'] },
  { canonical: 'South Korea', kind: 'state', names: ['South Korea', 'Seoul', 'Republic of Korea'] },

  // Outlets and agencies credited for what they reported
  { canonical: 'Nikkei Asia', kind: 'outlet', names: ['Nikkei Asia', 'Nikkei', 'Nikkei Asian Review'] },
  { canonical: 'Korean Central News Agency', kind: 'outlet', names: ['Korean Central News Agency', 'KCNA'] },
  { canonical: 'Russia 1', kind: 'outlet', names: ['Russia 1', 'Russia 1 TV', 'Rossiya 1'] },
  { canonical: 'Reuters', kind: 'outlet', names: ['Reuters'] },
  { canonical: 'Associated Press', kind: 'outlet', names: ['Associated Press', 'AP'] },
  { canonical: 'Agence France-Presse', kind: 'outlet', names: ['Agence France-Presse', 'AFP'] },
  { canonical: 'TASS', kind: 'outlet', names: ['TASS'] },
  { canonical: 'Xinhua', kind: 'outlet', names: ['Xinhua'] },
  { canonical: 'Yonhap', kind: 'outlet', names: ['Yonhap'] },
];
