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
 * - `searchedAs`: the phrases a question may use for the speaker, which search treats as one another (a question
 *   naming one also searches the others): the alias groups of src/search/aliases.ts are generated from these.
 *   They may hold words that name no speaker in a sentence ("North Korean", "Japan Research Center").
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
  searchedAs?: readonly string[];
}

export const SPEAKERS: readonly SpeakerEntry[] = [
  // People
  {
    canonical: 'Kim Seol-hwa',
    kind: 'person',
    names: ['Kim Seol-hwa', 'Seol-hwa Kim'],
    shortNames: ['Kim'],
    memberOf: 'North Korean Foreign Ministry',
    searchedAs: ['Kim Seol-hwa', 'Kim', 'Japan Research Center'],
  },
  {
    canonical: 'Mao Ning',
    kind: 'person',
    names: ['Mao Ning'],
    shortNames: ['Mao'],
    descriptions: ['Chinese Foreign Ministry spokeswoman'],
    memberOf: 'Chinese Foreign Ministry',
    searchedAs: ['Mao Ning', 'Mao', 'Chinese foreign ministry spokeswoman', 'Chinese spokeswoman'],
  },
  {
    canonical: 'Vladimir Putin',
    kind: 'person',
    names: ['Vladimir Putin', 'Vladimir Vladimirovich Putin'],
    shortNames: ['Putin'],
    descriptions: ['Russian leader', 'Russian president', 'Kremlin leader'],
    memberOf: 'Russia',
    searchedAs: ['Putin', 'Vladimir Putin', 'Russian president', 'Russian leader'],
  },
  {
    canonical: 'Jens Stoltenberg',
    kind: 'person',
    names: ['Jens Stoltenberg'],
    shortNames: ['Stoltenberg'],
    descriptions: ['NATO chief', 'NATO secretary general', 'alliance chief'],
    memberOf: 'NATO',
    searchedAs: ['Stoltenberg', 'Jens Stoltenberg', 'NATO chief', 'secretary general', 'NATO secretary general'],
  },
  {
    canonical: 'Fumio Kishida',
    kind: 'person',
    names: ['Fumio Kishida'],
    shortNames: ['Kishida'],
    descriptions: ['Japanese prime minister', 'Japanese premier'],
    memberOf: 'Japan',
    searchedAs: ['Kishida', 'Fumio Kishida', 'Japanese prime minister', 'Japanese premier', 'prime minister'],
  },
  {
    canonical: 'Yoshimasa Hayashi',
    kind: 'person',
    names: ['Yoshimasa Hayashi'],
    shortNames: ['Hayashi'],
    descriptions: ['Japanese foreign minister'],
    memberOf: 'Japanese Foreign Ministry',
    searchedAs: ['Hayashi', 'Yoshimasa Hayashi', 'Japanese foreign minister'],
  },
  {
    canonical: 'Joe Biden',
    kind: 'person',
    names: ['Joe Biden', 'Joseph Biden'],
    shortNames: ['Biden'],
    descriptions: ['US president'],
    memberOf: 'United States',
  },

  // Bodies that speak as one
  {
    canonical: 'NATO',
    kind: 'institution',
    names: ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'],
    descriptions: [
      'bloc',
      'military bloc',
      'US-led military bloc',
      'US-led bloc',
      'alliance',
      'military alliance',
      'US-led alliance',
      'Atlantic alliance',
      'North Atlantic alliance',
    ],
    searchedAs: ['NATO', 'North Atlantic Treaty Organization', 'alliance', 'bloc', 'Atlantic alliance'],
  },
  {
    canonical: 'North Korean Foreign Ministry',
    kind: 'institution',
    names: [
      'North Korean Foreign Ministry',
      "North Korea's Foreign Ministry",
      "DPRK's Foreign Ministry",
      'DPRK Foreign Ministry',
      "Pyongyang's Foreign Ministry",
    ],
    memberOf: 'North Korea',
  },
  {
    canonical: 'Chinese Foreign Ministry',
    kind: 'institution',
    names: ['Chinese Foreign Ministry', "China's Foreign Ministry", 'Foreign Ministry of China'],
    memberOf: 'China',
  },
  {
    canonical: 'Russian Foreign Ministry',
    kind: 'institution',
    names: ['Russian Foreign Ministry', "Russia's Foreign Ministry"],
    memberOf: 'Russia',
  },
  {
    canonical: 'Japanese Foreign Ministry',
    kind: 'institution',
    names: ['Japanese Foreign Ministry', "Japan's Foreign Ministry"],
    memberOf: 'Japan',
  },

  // Governments, by the country or its capital
  {
    canonical: 'North Korea',
    kind: 'state',
    names: ['North Korea', 'DPRK', 'Pyongyang', "Democratic People's Republic of Korea"],
    searchedAs: ['DPRK', 'North Korea', 'Pyongyang', "Democratic People's Republic of Korea", 'North Korean'],
  },
  { canonical: 'China', kind: 'state', names: ['China', 'Beijing'], searchedAs: ['China', 'Beijing', 'Chinese'] },
  {
    canonical: 'Russia',
    kind: 'state',
    names: ['Russia', 'Moscow', 'Kremlin'],
    searchedAs: ['Russia', 'Moscow', 'Kremlin', 'Russian'],
  },
  { canonical: 'Japan', kind: 'state', names: ['Japan', 'Tokyo'], searchedAs: ['Japan', 'Tokyo', 'Japanese'] },
  {
    canonical: 'United States',
    kind: 'state',
    names: ['United States', 'US', 'USA', 'Washington', 'White House'],
    searchedAs: ['United States', 'US', 'USA', 'Washington', 'America', 'American'],
  },
  {
    canonical: 'South Korea',
    kind: 'state',
    names: ['South Korea', 'Seoul', 'Republic of Korea'],
    searchedAs: ['South Korea', 'Seoul', 'Republic of Korea', 'ROK', 'South Korean'],
  },

  // Outlets and agencies credited for what they reported
  {
    canonical: 'Nikkei Asia',
    kind: 'outlet',
    names: ['Nikkei Asia', 'Nikkei', 'Nikkei Asian Review'],
    searchedAs: ['Nikkei', 'Nikkei Asia'],
  },
  {
    canonical: 'Korean Central News Agency',
    kind: 'outlet',
    names: ['Korean Central News Agency', 'KCNA'],
    searchedAs: ['KCNA', 'Korean Central News Agency', 'state media', 'state-run media'],
  },
  { canonical: 'Russia 1', kind: 'outlet', names: ['Russia 1', 'Russia 1 TV', 'Rossiya 1'] },
  { canonical: 'Reuters', kind: 'outlet', names: ['Reuters'] },
  { canonical: 'Associated Press', kind: 'outlet', names: ['Associated Press', 'AP'] },
  { canonical: 'Agence France-Presse', kind: 'outlet', names: ['Agence France-Presse', 'AFP'] },
  { canonical: 'TASS', kind: 'outlet', names: ['TASS'] },
  { canonical: 'Xinhua', kind: 'outlet', names: ['Xinhua'] },
  { canonical: 'Yonhap', kind: 'outlet', names: ['Yonhap'] },
];
