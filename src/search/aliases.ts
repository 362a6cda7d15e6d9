/**
 * Names and phrasings that mean the same thing in this kind of coverage. A question that uses any
 * phrase of a group also searches the others. Plain data: add a group, or a phrase to a group.
 */
export const ALIAS_GROUPS: readonly (readonly string[])[] = [
  ['DPRK', 'North Korea', 'Pyongyang', "Democratic People's Republic of Korea", 'North Korean'],
  ['NATO', 'North Atlantic Treaty Organization', 'alliance', 'bloc', 'Atlantic alliance'],
  ['liaison office', 'one-man station', 'one-person station', 'office in Tokyo', 'outpost', 'liaison', 'NATO office', 'NATO station'],
  ['United States', 'US', 'USA', 'Washington', 'America', 'American'],
  ['China', 'Beijing', 'Chinese'],
  ['Russia', 'Moscow', 'Kremlin', 'Russian'],
  ['Japan', 'Tokyo', 'Japanese'],
  ['South Korea', 'Seoul', 'Republic of Korea', 'ROK', 'South Korean'],
  ['United Kingdom', 'UK', 'Britain', 'British', 'London'],
  ['Stoltenberg', 'Jens Stoltenberg', 'NATO chief', 'secretary general', 'NATO secretary general'],
  ['Kishida', 'Fumio Kishida', 'Japanese prime minister', 'Japanese premier', 'prime minister'],
  ['Hayashi', 'Yoshimasa Hayashi', 'Japanese foreign minister'],
  ['Putin', 'Vladimir Putin', 'Russian president', 'Russian leader'],
  ['Mao Ning', 'Mao', 'Chinese foreign ministry spokeswoman', 'Chinese spokeswoman'],
  ['Kim Seol-hwa', 'Kim', 'Japan Research Center'],
  ['KCNA', 'Korean Central News Agency', 'state media', 'state-run media'],
  ['Nikkei', 'Nikkei Asia'],
  ['criticize', 'criticise', 'criticism', 'slam', 'denounce', 'decry', 'condemn', 'accuse', 'blast', 'warn', 'oppose'],
  ['cooperation', 'collaboration', 'partnership', 'ties', 'relations'],
  ['drills', 'military exercises', 'exercises', 'war games'],
  ['Asia-Pacific', 'Indo-Pacific', 'Asia Pacific'],
  ['collusion', 'military collusion', 'collaboration'],
  ['fund', 'pay for', 'funding', 'finance'],
  ['summit', 'meeting'],
  ['open', 'establish', 'set up', 'opening'],
];
