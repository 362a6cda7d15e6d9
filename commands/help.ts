import { ApplicationCommandOptionType, SlashCommandBuilder, type APIEmbed } from 'discord.js';
import type { Coverage } from '../src/bot/coverage.ts';
import type { Corpus } from '../src/corpus/types.ts';
import { respond, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, oneLine, truncate } from '../src/bot/text.ts';
import type { Command } from '../src/bot/types.ts';

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What this bot can do, with examples'),

  async execute(interaction, ctx) {
    await respond(interaction, helpMessage([...ctx.commands.values()], ctx.engine.corpus, ctx.coverage, ctx.messageContent));
  },
} satisfies Command;

/** Every command with its options (from the loaded commands, so it never goes stale), examples and how threads work. */
export function helpMessage(commands: readonly Pick<Command, 'data'>[], corpus: Corpus, coverage: Coverage, messageContent: boolean): ReplyBody {
  const usage = commands.map((command) => {
    const json = command.data.toJSON();
    const options = (json.options ?? []).map((option) => {
      const shown = option.type === ApplicationCommandOptionType.Boolean ? `${option.name}:True` : `${option.name}:…`;
      return 'required' in option && option.required ? shown : `[${shown}]`;
    });
    return `**/${json.name}** ${options.join(' ')}\n${escapeMarkdown(json.description)}`;
  });
  const examples = exampleQuestions(corpus).map((example) => `\`/ask ${example.replace(/`/g, "'")}\``);
  const followUps = messageContent
    ? 'Press **Follow up in thread** under an answer: every message you write in that thread is answered with the thread’s question as context (“what did China say?”). **/ask** in the thread works too.'
    : 'Press **Follow up in thread** under an answer, then mention me in your messages there (or use **/ask** in the thread): they are answered with the thread’s question as context.';
  const embed: APIEmbed = {
    title: 'Ask the coverage',
    description: [
      'I answer questions from a fixed body of news coverage with the passages that answer them, citing every outlet that carried each one. I never make up an answer: when nothing in the coverage answers, I say so.',
      usage.join('\n\n'),
    ].join('\n\n'),
    fields: [
      ...(examples.length > 0 ? [{ name: 'Examples', value: examples.join('\n') }] : []),
      { name: 'Follow-up questions', value: followUps },
      { name: 'Answers', value: '**Previous** and **Next** page through the passages; only you page your own answer (others get a copy of their own). With `hide:True` only you see the answer.' },
    ],
    footer: { text: coverage.footer },
  };
  return { embeds: [embed], ephemeral: true };
}

/** Examples that the coverage answers: its own headlines, one of them restricted to its outlet. */
function exampleQuestions(corpus: Corpus): string[] {
  const [first, second] = corpus.articles.map((article) => article.meta);
  const headline = (title: string) => truncate(oneLine(title), 90);
  const examples: string[] = [];
  if (first) examples.push(`question: ${headline(first.title)}`);
  if (second) examples.push(`question: ${headline(second.title)} outlet: ${second.outlet}`);
  return examples;
}
