import { describe, expect, test } from 'vitest';
import { extractStatements } from '../../src/attribution/extractStatements.ts';
import type { Statement } from '../../src/attribution/types.ts';
import { corpusOf } from './fixtures.ts';

/*
 * Short invented articles in the house styles of outlets the seeds do not come from (wire services, state agencies,
 * public broadcasters, Japanese and Korean English-language dailies, think-tank commentary, a live blog, a press
 * release), each with the statements a reader finds in it. Written before reading the extractor: the expectations
 * come from the articles, not from the code.
 *
 * A gold statement is found when a statement of its paragraph has its text (exactly, or containing the phrase where
 * the span's edges are debatable) with its speaker and kind. Anything else the extractor returns is spurious.
 * Speakers are the full name the article gives (or the speakers table's name for a body it knows: "the Kremlin" is
 * Russia, "China's foreign ministry" the Chinese Foreign Ministry); an unnamed member of a named body speaks for the body. Sentences
 * with nobody identifiable ("officials said", "experts say", "a government source said") are no statement.
 *
 * `known` marks what the extractor does not yet do (the test is then expected to fail); `spurious` lists what it
 * returns that is no statement. Both shrink as the extractor learns; a new miss or a new spurious statement fails.
 */

interface Gold {
  p: number;
  speaker: string;
  kind: Statement['kind'];
  /** The exact span, when its edges are clear. */
  text?: string;
  /** A phrase the span holds, when its edges are debatable. */
  has?: string;
  /** Not found yet ('missed'), or found with another speaker or kind ('wrong'). */
  known?: 'missed' | 'wrong';
}

interface Article {
  name: string;
  paragraphs: string[];
  gold: Gold[];
  /** Statements that are defensible either way: neither missed when absent nor spurious when present. */
  optional?: Gold[];
  /** Known spurious statements, as `p<n> <speaker>: <text>`. */
  spurious?: string[];
}

const ARTICLES: Article[] = [
  {
    name: 'a US wire service from Seoul',
    paragraphs: [
      "SEOUL, South Korea (AP) — North Korea fired a ballistic missile into the sea off its eastern coast on Wednesday, South Korea's Joint Chiefs of Staff said, the latest in a string of weapons tests that have raised tensions in the region.",
      "The missile flew about 600 kilometers (370 miles) before landing outside Japan's exclusive economic zone, Japan's Defense Ministry said.",
      'South Korean President Yoon Suk Yeol convened a meeting of his national security council and ordered officials to strengthen the country’s readiness.',
      '“North Korea’s reckless provocations will only deepen its isolation,” Yoon said at the meeting.',
      'Kim Yo Jong, the powerful sister of North Korean leader Kim Jong Un, said in a statement carried by state media that the launch was a “legitimate exercise of sovereignty.”',
      'Experts say the North is likely to conduct more tests ahead of joint drills by South Korea and the United States later this month.',
      '“They want to show they can strike anywhere in the region,” said Park Ji-hoon, a professor of North Korean studies at Kyungnam University in Seoul.',
      "Park added that Pyongyang was probably also testing the Yoon government's response.",
    ],
    gold: [
      {
        p: 1,
        speaker: "South Korea's Joint Chiefs of Staff",
        kind: 'reported',
        text: 'North Korea fired a ballistic missile into the sea off its eastern coast on Wednesday',
      },
      {
        p: 2,
        speaker: "Japan's Defense Ministry",
        kind: 'reported',
        text: "The missile flew about 600 kilometers (370 miles) before landing outside Japan's exclusive economic zone",
      },
      {
        p: 4,
        speaker: 'Yoon Suk Yeol',
        kind: 'quote',
        text: 'North Korea’s reckless provocations will only deepen its isolation',
      },
      { p: 5, speaker: 'Kim Yo Jong', kind: 'reported', has: 'the launch was a “legitimate exercise of sovereignty' },
      {
        p: 7,
        speaker: 'Park Ji-hoon',
        kind: 'quote',
        text: 'They want to show they can strike anywhere in the region',
      },
      {
        p: 8,
        speaker: 'Park Ji-hoon',
        kind: 'reported',
        text: "Pyongyang was probably also testing the Yoon government's response",
      },
    ],
  },
  {
    name: 'a place in capitals and a dash alone before the first sentence',
    paragraphs: [
      "KANAZAWA -- China's foreign ministry on Thursday renewed its criticism of a proposal for NATO to open a liaison office in Tokyo, warning Japan against bringing the alliance into the region.",
    ],
    gold: [
      {
        p: 1,
        speaker: 'Chinese Foreign Ministry',
        kind: 'reported',
        text: 'Japan against bringing the alliance into the region',
      },
    ],
  },
  {
    name: "a print edition's place in capitals and a hyphen before the first sentence",
    paragraphs: [
      "TOKYO - Japan's government on Friday approved a sweeping overhaul of its security policy, saying it would double defence spending over five years.",
    ],
    gold: [
      {
        p: 1,
        speaker: "Japan's government",
        kind: 'reported',
        text: 'it would double defence spending over five years',
      },
    ],
  },
  {
    name: 'a Chinese state agency on a Foreign Ministry briefing',
    paragraphs: [
      "BEIJING, July 28 (Xinhua) -- China firmly opposes NATO's eastward expansion into the Asia-Pacific region, Chinese Foreign Ministry spokesperson Wang Wenbin said on Friday.",
      'Wang made the remarks at a regular press briefing when asked to comment on a report that NATO plans to open a liaison office in Tokyo.',
      '"The Asia-Pacific is not a geographical scope of the North Atlantic, nor should it be an arena for geopolitical competition," Wang said.',
      'He urged NATO to abandon its Cold War mentality and stop meddling in the affairs of the region.',
      'The spokesperson added that China would take resolute measures to safeguard its sovereignty and security interests.',
      "Countries in the region should stay vigilant against NATO's attempts to stir up bloc confrontation, he noted.",
    ],
    gold: [
      {
        p: 1,
        speaker: 'Wang Wenbin',
        kind: 'reported',
        text: "China firmly opposes NATO's eastward expansion into the Asia-Pacific region",
      },
      {
        p: 3,
        speaker: 'Wang Wenbin',
        kind: 'quote',
        text: 'The Asia-Pacific is not a geographical scope of the North Atlantic, nor should it be an arena for geopolitical competition',
      },
      { p: 4, speaker: 'Wang Wenbin', kind: 'reported', has: 'abandon its Cold War mentality' },
      {
        p: 5,
        speaker: 'Wang Wenbin',
        kind: 'reported',
        text: 'China would take resolute measures to safeguard its sovereignty and security interests',
      },
      {
        p: 6,
        speaker: 'Wang Wenbin',
        kind: 'reported',
        text: "Countries in the region should stay vigilant against NATO's attempts to stir up bloc confrontation",
      },
    ],
  },
  {
    name: 'a North Korean state agency on a missile test',
    paragraphs: [
      "PYONGYANG, August 5 (KCNA) -- Respected Comrade Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, supervised a test-fire of a new-type tactical missile on Thursday.",
      'Kim Jong Un said that the test was of great significance in bolstering the war deterrent of the country, and stressed the need to further develop the nuclear forces.',
      "He noted that the hostile forces' reckless military moves on the Korean peninsula compel the DPRK to bolster its self-defensive capabilities.",
      "The respected Comrade supervised the test and vowed to put the country's war deterrent on a more perfect basis.",
      'A spokesman for the DPRK Ministry of National Defence, in a press statement issued on Friday, accused the U.S. and its followers of staging “dangerous war rehearsals” near the border.',
      '“The U.S. will be held fully accountable for the consequences,” the spokesman said.',
    ],
    gold: [
      {
        p: 2,
        speaker: 'Kim Jong Un',
        kind: 'reported',
        text: 'the test was of great significance in bolstering the war deterrent of the country',
      },
      {
        p: 3,
        speaker: 'Kim Jong Un',
        kind: 'reported',
        text: "the hostile forces' reckless military moves on the Korean peninsula compel the DPRK to bolster its self-defensive capabilities",
      },
      { p: 4, speaker: 'Kim Jong Un', kind: 'reported', has: 'war deterrent on a more perfect basis', known: 'missed' },
      {
        p: 5,
        speaker: 'DPRK Ministry of National Defence',
        kind: 'reported',
        has: 'dangerous war rehearsals',
      },
      {
        p: 6,
        speaker: 'DPRK Ministry of National Defence',
        kind: 'quote',
        text: 'The U.S. will be held fully accountable for the consequences',
      },
    ],
    optional: [
      { p: 2, speaker: 'Kim Jong Un', kind: 'reported', has: 'the need to further develop the nuclear forces' },
    ],
  },
  {
    name: 'a South Korean agency on defence talks',
    paragraphs: [
      "SEOUL, Oct. 12 (Yonhap) -- South Korea and Japan agreed Thursday to strengthen security cooperation in the face of North Korea's growing nuclear threats, the Ministry of National Defense said.",
      'Defense Minister Shin Won-sik held talks with his Japanese counterpart Minoru Kihara in Tokyo, the first such visit by a South Korean defense chief in 15 years.',
      'Shin told reporters after the meeting that the two countries would share real-time missile warning data by the end of the year.',
      '"Our cooperation is not aimed at any third country," Kihara said, adding that Tokyo hoped to improve ties with Beijing.',
      'According to a ministry official, the two sides also discussed a trilateral drill with the United States planned for next month.',
      'Shin, who also met Prime Minister Fumio Kishida, said the visit marked a turning point in relations.',
      "Yonhap News Agency's Tokyo correspondent contributed to this report.",
    ],
    gold: [
      {
        p: 1,
        speaker: 'Ministry of National Defense',
        kind: 'reported',
        text: "South Korea and Japan agreed Thursday to strengthen security cooperation in the face of North Korea's growing nuclear threats",
      },
      {
        p: 3,
        speaker: 'Shin Won-sik',
        kind: 'reported',
        text: 'the two countries would share real-time missile warning data by the end of the year',
      },
      { p: 4, speaker: 'Minoru Kihara', kind: 'quote', text: 'Our cooperation is not aimed at any third country' },
      { p: 4, speaker: 'Minoru Kihara', kind: 'reported', text: 'Tokyo hoped to improve ties with Beijing' },
      { p: 6, speaker: 'Shin Won-sik', kind: 'reported', text: 'the visit marked a turning point in relations' },
    ],
    optional: [{ p: 5, speaker: 'Ministry of National Defense', kind: 'reported', has: 'trilateral drill' }],
  },
  {
    name: 'a European wire service at a NATO summit, with a quotation running over two paragraphs',
    paragraphs: [
      'VILNIUS, July 11 (Reuters) - NATO leaders on Tuesday stepped up warnings about China\'s military ambitions, with Secretary General Jens Stoltenberg saying Beijing was "not our adversary" but posed challenges to the alliance\'s interests.',
      'Stoltenberg, speaking at a news conference in Vilnius, said allies had agreed to deepen ties with partners in the Indo-Pacific.',
      'Japanese Prime Minister Fumio Kishida told the summit that the security of Europe and the Indo-Pacific was inseparable.',
      "\"Russia's aggression against Ukraine is not someone else's problem,\" Kishida said. \"Today's Ukraine may be tomorrow's East Asia.",
      '"That is why Japan will stand with Ukraine for as long as it takes."',
      'French President Emmanuel Macron has opposed a plan to open a NATO liaison office in Tokyo, according to two diplomats familiar with the matter.',
      'A NATO spokesperson said discussions on the office were continuing.',
      "China's mission to the European Union said in a statement that NATO should stop hyping up the so-called China threat.",
    ],
    gold: [
      { p: 1, speaker: 'Jens Stoltenberg', kind: 'reported', has: 'Beijing was "not our adversary"' },
      {
        p: 2,
        speaker: 'Jens Stoltenberg',
        kind: 'reported',
        text: 'allies had agreed to deepen ties with partners in the Indo-Pacific',
      },
      {
        p: 3,
        speaker: 'Fumio Kishida',
        kind: 'reported',
        text: 'the security of Europe and the Indo-Pacific was inseparable',
      },
      {
        p: 4,
        speaker: 'Fumio Kishida',
        kind: 'quote',
        text: "Russia's aggression against Ukraine is not someone else's problem",
      },
      { p: 4, speaker: 'Fumio Kishida', kind: 'quote', has: "Today's Ukraine may be tomorrow's East Asia" },
      { p: 5, speaker: 'Fumio Kishida', kind: 'quote', has: 'That is why Japan will stand with Ukraine' },
      { p: 7, speaker: 'NATO', kind: 'reported', text: 'discussions on the office were continuing' },
      {
        p: 8,
        speaker: "China's mission to the European Union",
        kind: 'reported',
        text: 'NATO should stop hyping up the so-called China threat',
      },
    ],
  },
  {
    name: 'a French wire service on a defence budget',
    paragraphs: [
      'Tokyo (AFP) - Japan on Friday unveiled a record defence budget request, as Prime Minister Fumio Kishida warned that the country faced its "most severe" security environment since World War II.',
      "The request, worth 7.7 trillion yen ($53 billion), includes funds for long-range missiles that could strike enemy bases, Japan's defence ministry said.",
      '"We must fundamentally reinforce our defence capabilities to protect the lives of our people," Defence Minister Yasuhiro Tanaka told reporters.',
      'China reacted angrily. "Japan\'s military build-up is a dangerous trend that deserves high vigilance from its Asian neighbours," foreign ministry spokeswoman Hua Lin told a regular briefing in Beijing.',
      'Hua urged Tokyo to "reflect on its history of aggression" and act prudently in military and security fields.',
      "Analysts said the budget marked a break with Japan's postwar pacifism.",
      '"This is a historic shift," said Naoko Morita, a security expert at Keio University. "But the public is still divided over it," she added.',
    ],
    gold: [
      {
        p: 1,
        speaker: 'Fumio Kishida',
        kind: 'reported',
        has: 'the country faced its "most severe" security environment',
      },
      {
        p: 2,
        speaker: "Japan's defence ministry",
        kind: 'reported',
        has: 'includes funds for long-range missiles that could strike enemy bases',
      },
      {
        p: 3,
        speaker: 'Yasuhiro Tanaka',
        kind: 'quote',
        text: 'We must fundamentally reinforce our defence capabilities to protect the lives of our people',
      },
      {
        p: 4,
        speaker: 'Hua Lin',
        kind: 'quote',
        text: "Japan's military build-up is a dangerous trend that deserves high vigilance from its Asian neighbours",
      },
      { p: 5, speaker: 'Hua Lin', kind: 'reported', has: 'reflect on its history of aggression' },
      { p: 7, speaker: 'Naoko Morita', kind: 'quote', text: 'This is a historic shift' },
      { p: 7, speaker: 'Naoko Morita', kind: 'quote', text: 'But the public is still divided over it' },
    ],
  },
  {
    name: 'a Japanese public broadcaster, in the present tense',
    paragraphs: [
      "Japan's Chief Cabinet Secretary Akio Sugimura says the government will lodge a strong protest with China after Chinese coast guard ships entered Japanese waters near the Senkaku Islands.",
      'Sugimura told a news conference on Monday that four ships had stayed in the area for more than 30 hours.',
      'He said the intrusion was "extremely regrettable" and "unacceptable."',
      "Japan's Coast Guard says its patrol vessels warned the Chinese ships to leave.",
      "China's foreign ministry claims the islands, which it calls Diaoyu, are Chinese territory.",
      "NHK's correspondent in Beijing reports that Chinese state media have given the incident wide coverage.",
    ],
    gold: [
      {
        p: 1,
        speaker: 'Akio Sugimura',
        kind: 'reported',
        text: 'the government will lodge a strong protest with China after Chinese coast guard ships entered Japanese waters near the Senkaku Islands',
      },
      {
        p: 2,
        speaker: 'Akio Sugimura',
        kind: 'reported',
        text: 'four ships had stayed in the area for more than 30 hours',
      },
      { p: 3, speaker: 'Akio Sugimura', kind: 'reported', has: 'the intrusion was "extremely regrettable"' },
      {
        p: 4,
        speaker: "Japan's Coast Guard",
        kind: 'reported',
        text: 'its patrol vessels warned the Chinese ships to leave',
      },
      {
        p: 5,
        // The speakers table names China's foreign ministry so in every article.
        speaker: 'Chinese Foreign Ministry',
        kind: 'reported',
        text: 'the islands, which it calls Diaoyu, are Chinese territory',
      },
    ],
    optional: [{ p: 6, speaker: 'NHK', kind: 'reported', has: 'wide coverage' }],
  },
  {
    name: 'a Korean English-language daily on a foreign ministers’ meeting',
    paragraphs: [
      'Foreign Minister Park Jin on Tuesday called on China to play a "constructive role" in curbing North Korea\'s nuclear ambitions during talks with his Chinese counterpart in Seoul.',
      '"We hope China will make efforts to persuade the North to return to dialogue," Park said at the start of the meeting, according to pool reports.',
      'Chinese Foreign Minister Zhao Lijun, who arrived in Seoul on Monday for a two-day visit, said Beijing was willing to work with Seoul to maintain peace and stability on the Korean Peninsula.',
      'Zhao, however, also voiced concern over the trilateral security cooperation among Seoul, Washington and Tokyo, saying it should not target a third party.',
      'A senior official at the presidential office, who asked not to be named, told The Korea Herald that the two sides had agreed to hold a strategic dialogue within the year.',
      "Meanwhile, Rep. Lee Jae-myung of the main opposition Democratic Party criticized the government's approach, saying Seoul had damaged its ties with Beijing by siding too closely with Washington.",
      '"Diplomacy is not a zero-sum game," Lee wrote on Facebook.',
    ],
    gold: [
      {
        p: 2,
        speaker: 'Park Jin',
        kind: 'quote',
        text: 'We hope China will make efforts to persuade the North to return to dialogue',
      },
      {
        p: 3,
        speaker: 'Zhao Lijun',
        kind: 'reported',
        text: 'Beijing was willing to work with Seoul to maintain peace and stability on the Korean Peninsula',
      },
      { p: 4, speaker: 'Zhao Lijun', kind: 'reported', text: 'it should not target a third party' },
      {
        p: 6,
        speaker: 'Lee Jae-myung',
        kind: 'reported',
        text: 'Seoul had damaged its ties with Beijing by siding too closely with Washington',
      },
      { p: 7, speaker: 'Lee Jae-myung', kind: 'quote', text: 'Diplomacy is not a zero-sum game' },
    ],
    optional: [
      { p: 1, speaker: 'Park Jin', kind: 'reported', has: 'constructive role' },
      { p: 5, speaker: 'presidential office', kind: 'reported', has: 'strategic dialogue' },
      // What a verb that takes an object ("criticized", "urged") is about: the extractor keeps it, by design.
      { p: 6, speaker: 'Lee Jae-myung', kind: 'reported', text: "the government's approach" },
    ],
  },
  {
    name: 'a Japanese news agency on a defence pact',
    paragraphs: [
      "TOKYO (Kyodo) - Japan and the Philippines signed a defense pact Monday allowing their troops to enter each other's territory for joint training, officials said.",
      'Foreign Minister Yoko Kamikawa and her Philippine counterpart Enrique Manalo signed the reciprocal access agreement in Manila, in the presence of Prime Minister Fumio Kishida and President Ferdinand Marcos Jr.',
      'Speaking to reporters after the ceremony, Kamikawa said the pact would "contribute to peace and stability in the region."',
      'Manalo said in a televised address that the agreement was not directed against any country.',
      "But a government source said the deal was clearly intended to counter China's growing assertiveness in the South China Sea.",
      'The Chinese Embassy in Manila said it "firmly opposes" any attempt to form exclusive blocs in the region.',
      'Kamikawa is scheduled to visit Vietnam later this week.',
    ],
    gold: [
      { p: 3, speaker: 'Yoko Kamikawa', kind: 'reported', has: 'contribute to peace and stability in the region' },
      { p: 4, speaker: 'Enrique Manalo', kind: 'reported', text: 'the agreement was not directed against any country' },
      { p: 6, speaker: 'Chinese Embassy in Manila', kind: 'reported', has: 'firmly opposes' },
    ],
  },
  {
    name: 'a think-tank commentary',
    paragraphs: [
      "When NATO leaders gathered in Washington last month, the alliance's Indo-Pacific partners were once again in the room. As my colleague Sarah Whitfield argued in these pages, this is no longer symbolic.",
      'Beijing sees it differently. Chinese officials have repeatedly described NATO\'s outreach as an attempt to build an "Asian NATO."',
      'In a speech at the Shangri-La Dialogue in June, Chinese Defense Minister Dong Jun warned that some countries were "ganging up" to contain China.',
      "Washington's allies in the region are not of one mind. South Korea's national security adviser, Cho Tae-yong, told a forum in Seoul that Korea's partnership with NATO was \"about shared values, not about China.\"",
      'I would put it more bluntly: the partnership is about deterrence, and everyone knows it.',
      "“We are watching the Taiwan Strait very closely,” Adm. Hiroshi Yamane, the former chief of staff of Japan's Joint Staff, told me in Tokyo.",
      'Michael Grant is a senior fellow at the Pacific Policy Institute.',
    ],
    gold: [
      { p: 1, speaker: 'Sarah Whitfield', kind: 'reported', text: 'this is no longer symbolic' },
      { p: 3, speaker: 'Dong Jun', kind: 'reported', has: 'some countries were "ganging up" to contain China' },
      { p: 4, speaker: 'Cho Tae-yong', kind: 'reported', has: 'about shared values, not about China' },
      {
        p: 6,
        speaker: 'Hiroshi Yamane',
        kind: 'quote',
        text: 'We are watching the Taiwan Strait very closely',
      },
    ],
  },
  {
    name: 'a live blog of a summit',
    paragraphs: [
      '12:05 p.m. ET: U.S. President Joe Biden, South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida have begun their joint news conference.',
      '12:09 p.m. ET: Biden opens by calling the summit "historic." "We are making history today," he says.',
      '12:14 p.m. ET: Yoon says the three countries will hold annual trilateral exercises and set up a crisis hotline.',
      '12:20 p.m. ET: Kishida, speaking through an interpreter, says Japan will "stand shoulder to shoulder" with its partners. "Our cooperation is a pillar of peace in the Indo-Pacific," he adds.',
      '12:31 p.m. ET: China\'s reaction is already in. Foreign Ministry spokesperson Wang Wenbin tells reporters in Beijing that "small circles" will only undermine regional security.',
      '12:40 p.m. ET: Asked whether the pact amounts to an alliance, Biden says no. "It\'s not about China," the president insists.',
    ],
    gold: [
      { p: 2, speaker: 'Joe Biden', kind: 'quote', text: 'We are making history today' },
      {
        p: 3,
        speaker: 'Yoon Suk Yeol',
        kind: 'reported',
        text: 'the three countries will hold annual trilateral exercises and set up a crisis hotline',
      },
      {
        p: 4,
        speaker: 'Fumio Kishida',
        kind: 'reported',
        has: 'Japan will "stand shoulder to shoulder"',
      },
      {
        p: 4,
        speaker: 'Fumio Kishida',
        kind: 'quote',
        text: 'Our cooperation is a pillar of peace in the Indo-Pacific',
      },
      { p: 5, speaker: 'Wang Wenbin', kind: 'reported', has: '"small circles" will only undermine regional security' },
      { p: 6, speaker: 'Joe Biden', kind: 'quote', text: "It's not about China" },
    ],
    optional: [
      { p: 2, speaker: 'Joe Biden', kind: 'reported', has: 'historic' },
      // "Biden says no": a one-word answer is what he said.
      { p: 6, speaker: 'Joe Biden', kind: 'reported', text: 'no' },
    ],
  },
  {
    name: 'a foreign ministry press release',
    paragraphs: [
      "TOKYO, March 16, 2024 – The Ministry of Foreign Affairs of Japan today announced that Foreign Minister Yoko Kamikawa will visit Brussels from April 3 to 4 to attend the NATO Foreign Ministers' Meeting.",
      'During the meeting, Minister Kamikawa is expected to exchange views with NATO allies and partners on the situation in Ukraine and the Indo-Pacific.',
      '"Japan regards NATO as an indispensable partner that shares fundamental values," said Minister Kamikawa. "The security of Euro-Atlantic and Indo-Pacific is inseparable."',
      "Minister Kamikawa also stated that Japan would continue to contribute to NATO's trust funds for Ukraine.",
      'For media inquiries, please contact the Press Division at +81-3-5501-8000.',
    ],
    gold: [
      {
        p: 1,
        speaker: 'Ministry of Foreign Affairs of Japan',
        kind: 'reported',
        text: "Foreign Minister Yoko Kamikawa will visit Brussels from April 3 to 4 to attend the NATO Foreign Ministers' Meeting",
      },
      {
        p: 3,
        speaker: 'Yoko Kamikawa',
        kind: 'quote',
        text: 'Japan regards NATO as an indispensable partner that shares fundamental values',
      },
      {
        p: 3,
        speaker: 'Yoko Kamikawa',
        kind: 'quote',
        text: 'The security of Euro-Atlantic and Indo-Pacific is inseparable.',
      },
      {
        p: 4,
        speaker: 'Yoko Kamikawa',
        kind: 'reported',
        text: "Japan would continue to contribute to NATO's trust funds for Ukraine",
      },
    ],
  },
  {
    name: 'a Korean daily on a Russian visit, with two Kims',
    paragraphs: [
      'Russian President Vladimir Putin arrived in Pyongyang early Wednesday for his first visit to North Korea in 24 years, the Kremlin said.',
      'Putin was quoted as saying by the Korean Central News Agency that Moscow would "develop comprehensive cooperation" with Pyongyang.',
      'Kim Jong Un, who greeted Putin at the airport, said the two countries\' relationship had entered "a new period of high prosperity."',
      "Seoul's reaction was swift. First Vice Foreign Minister Kim Hong-kyun summoned the Russian ambassador and urged Moscow to immediately stop its military cooperation with the North.",
      '“Any cooperation that helps North Korea build up its military is a clear violation of UN Security Council resolutions,” Kim said, according to the ministry.',
      'Kremlin spokesman Dmitry Peskov told reporters that the visit was not directed against any third country.',
    ],
    gold: [
      {
        p: 1,
        // The speakers table holds the Kremlin as Russia speaking.
        speaker: 'Russia',
        kind: 'reported',
        text: 'Russian President Vladimir Putin arrived in Pyongyang early Wednesday for his first visit to North Korea in 24 years',
      },
      {
        p: 2,
        speaker: 'Vladimir Putin',
        kind: 'reported',
        text: 'Moscow would "develop comprehensive cooperation" with Pyongyang',
      },
      { p: 3, speaker: 'Kim Jong Un', kind: 'reported', has: 'a new period of high prosperity' },
      {
        p: 5,
        speaker: 'Kim Hong-kyun',
        kind: 'quote',
        text: 'Any cooperation that helps North Korea build up its military is a clear violation of UN Security Council resolutions',
      },
      {
        p: 6,
        speaker: 'Dmitry Peskov',
        kind: 'reported',
        text: 'the visit was not directed against any third country',
      },
    ],
    optional: [{ p: 4, speaker: 'Kim Hong-kyun', kind: 'reported', has: 'stop its military cooperation' }],
  },
];

const fold = (name: string) => name.toLowerCase();

function sameText(statement: Statement, gold: Gold): boolean {
  if (statement.passageId !== `a#p${gold.p}`) return false;
  if (gold.text !== undefined) return statement.text === gold.text;
  return gold.has !== undefined && statement.text.includes(gold.has);
}

const describeStatement = (s: Statement) => `${s.passageId.slice(2)} ${s.speaker} (${s.kind}): ${s.text}`;

describe('extractStatements on news prose written otherwise than the seeds', () => {
  describe.each(ARTICLES)('GIVEN $name', (article) => {
    const statements = () => extractStatements(corpusOf(article.paragraphs));

    for (const gold of article.gold) {
      const run = gold.known === undefined ? test : test.fails;
      run(`THEN p${gold.p} has ${gold.speaker} (${gold.kind}): ${gold.text ?? `… ${gold.has} …`}`, () => {
        const found = statements().filter((s) => sameText(s, gold));
        expect(
          found.map((s) => [fold(s.speaker), s.kind]),
          statements().map(describeStatement).join('\n'),
        ).toContainEqual([fold(gold.speaker), gold.kind]);
      });
    }

    test('THEN nothing else is extracted but the known spurious statements', () => {
      const optional = article.optional ?? [];
      const spurious = statements()
        .filter((s) => !article.gold.some((gold) => sameText(s, gold)))
        .filter((s) => !optional.some((gold) => sameText(s, gold) && fold(s.speaker) === fold(gold.speaker)))
        .map((s) => `${s.passageId.slice(2)} ${s.speaker}: ${s.text}`);
      expect(spurious).toEqual(article.spurious ?? []);
    });
  });
});
