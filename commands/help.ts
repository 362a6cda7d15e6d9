import { ApplicationCommandOptionType, PermissionFlagsBits, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import { answerQuestion } from '../src/answer/answerQuestion.ts';
import { attributionOf } from '../src/attribution/attribution.ts';
import type { Coverage } from '../src/bot/coverage.ts';
import type { Corpus } from '../src/corpus/types.ts';
import type { SearchEngine } from '../src/search/engine.ts';
import { STOP_WORDS } from '../src/search/stopWords.ts';
import { respond, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown } from '../src/bot/text.ts';
import type { Command } from '../src/bot/types.ts';

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot can do, with examples'),

  async execute(interaction, ctx) {
    // Members see what they can use: the manager commands only with Manage Server.
    const manager = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
    const usable = [...ctx.commands.values()].filter((command) => manager || !command.requiresManageGuild);
    await respond(interaction, helpMessage(usable, ctx.engine, ctx.coverage, ctx.messageContent));
  },
} satisfies Command;

/** Every command with its options (from the loaded commands, so it never goes stale), examples and how threads work. */
export function helpMessage(
  commands: readonly Pick<Command, 'data'>[],
  engine: SearchEngine,
  coverage: Coverage,
  messageContent: boolean,
): ReplyBody {
  const usage = commands.map((command) => {
    const json = command.data.toJSON();
    const options = (json.options ?? []).map((option) => {
      const shown = option.type === ApplicationCommandOptionType.Boolean ? `${option.name}:True` : `${option.name}:…`;
      return 'required' in option && option.required ? shown : `[${shown}]`;
    });
    return `**/${json.name}** ${options.join(' ')}\n${escapeMarkdown(json.description)}`;
  });
  const examples = exampleQuestions(engine).map((example) => `\`/ask question: ${example.replace(/`/g, "'")}\``);
  const followUps = messageContent
    ? 'Press **Follow up in thread** under an answer and keep asking there: each question is read in the context of the ones before it (“and what did China say?”, then “when did she say that?”). I stay quiet while members talk among themselves; mention me to make sure I answer. **/ask** in the thread works too.'
    : 'Press **Follow up in thread** under an answer, then mention me in your questions there (or use **/ask** in the thread): each is read in the context of the ones before it.';
  const embed: APIEmbed = {
    title: 'Ask the coverage',
    description: [
      'I answer questions from a fixed body of news coverage with the passages that answer them, citing every outlet that carried each one. I never make up an answer: when nothing in the coverage answers, I say so.',
      usage.join('\n\n'),
    ].join('\n\n'),
    fields: [
      ...(examples.length > 0 ? [{ name: 'Examples', value: examples.join('\n') }] : []),
      { name: 'Follow-up questions', value: followUps },
      {
        name: 'Answers',
        value:
          '**Previous** and **Next** page through the passages; only you page your own answer (others get a copy of their own). With `hide:True` only you see the answer.',
      },
    ],
    footer: { text: coverage.footer },
  };
  return { embeds: [embed], ephemeral: true };
}

/** Longest example question: each fits one line. */
const EXAMPLE_MAX = 70;

/**
 * Questions the coverage answers, each on one line and each tried on the engine first: who said what about the
 * subject most articles share (their most widespread two-word phrase of common nouns), what a speaker said about
 * it, how two outlets differ, an overview.
 */
export function exampleQuestions(engine: SearchEngine): string[] {
  let examples = examplesOf.get(engine);
  if (!examples) examplesOf.set(engine, (examples = triedExamples(engine)));
  return examples;
}

/** Worked out once per engine: trying them costs a dozen answers. */
const examplesOf = new WeakMap<SearchEngine, string[]>();

function triedExamples(engine: SearchEngine): string[] {
  const { articles } = engine.corpus;
  const topic = sharedPhrase(engine.corpus);
  const about = topic ? ` about the ${topic}` : '';
  const speakers = attributionOf(engine)
    .speakers.slice(0, SPEAKERS_TRIED)
    .map((summary) => summary.speaker);
  const outlets = [...new Set(articles.map((article) => article.meta.outlet))];
  const candidates = [
    topic ? [`Who said what about the ${topic}?`] : [],
    [
      ...speakers.map((speaker) => `What did ${speaker} say${about}?`),
      ...speakers.map((speaker) => `What did ${speaker} say?`),
    ],
    outlets.length >= 2 ? [`What did ${outlets[0]} report that ${outlets[1]} did not?`] : [],
    ['Give me an overview'],
  ];
  // From each group, the first that fits a line and that the coverage answers.
  return candidates.flatMap(
    (group) =>
      group.find(
        (question) => question.length <= EXAMPLE_MAX && answerQuestion(engine, question, { limit: 1 }).answered,
      ) ?? [],
  );
}

/** Speakers tried for an example, most statements first. */
const SPEAKERS_TRIED = 5;

/** The two-word phrase of common nouns (never capitalised in the text) found in the most articles, at least two. */
function sharedPhrase(corpus: Corpus): string | null {
  const articlesWith = new Map<string, number>();
  const passagesWith = new Map<string, number>();
  const common = (word: string) => word.length > 3 && /^[a-z]+$/.test(word) && !STOP_WORDS.has(word);
  for (const article of corpus.articles) {
    const inArticle = new Set<string>();
    for (const passage of article.passages) {
      const inPassage = new Set<string>();
      // Words next to each other, not across punctuation ("growing “military collusion”" is no phrase "growing military").
      for (const run of passage.text.split(/[^A-Za-z\s]+/)) {
        const words = run.split(/\s+/).filter(Boolean);
        for (let i = 0; i + 1 < words.length; i++)
          if (common(words[i] ?? '') && common(words[i + 1] ?? '')) inPassage.add(`${words[i]} ${words[i + 1]}`);
      }
      for (const phrase of inPassage) {
        inArticle.add(phrase);
        passagesWith.set(phrase, (passagesWith.get(phrase) ?? 0) + 1);
      }
    }
    for (const phrase of inArticle) articlesWith.set(phrase, (articlesWith.get(phrase) ?? 0) + 1);
  }
  const rank = (phrase: string) => [articlesWith.get(phrase) ?? 0, passagesWith.get(phrase) ?? 0] as const;
  let best: string | null = null;
  for (const [phrase, articles] of articlesWith) {
    if (articles < 2) continue;
    const [a, p] = rank(phrase);
    const [bestA, bestP] = best ? rank(best) : [0, 0];
    if (a > bestA || (a === bestA && p > bestP)) best = phrase;
  }
  return best;
}
