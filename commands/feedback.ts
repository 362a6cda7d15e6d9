import type { APIEmbed } from 'discord.js';
import { feedbackReport, type FeedbackReport } from '../src/feedback/feedbackReport.ts';
import type { SearchEngine } from '../src/search/engine.ts';
import { LIMITS } from '../src/bot/limits.ts';
import { respond, type ReplyBody } from '../src/bot/reply.ts';
import { escapeMarkdown, oneLine, paragraphOf, truncate } from '../src/bot/text.ts';
import { managerCommand } from '../src/bot/managerCommand.ts';
import type { Command } from '../src/bot/types.ts';

/** Questions listed in each part of the report. */
const LISTED = 5;
const QUESTION_MAX = 150;
const EXCERPT_MAX = 120;
const HEADLINE_MAX = 80;

export default {
  data: managerCommand(
    'feedback',
    'How answers were rated, the worst-rated ones, and what the coverage could not answer',
  ),
  requiresManageGuild: true,

  async execute(interaction, ctx) {
    if (!ctx.feedback) {
      await respond(interaction, { content: 'Feedback is not being recorded.', ephemeral: true });
      return;
    }
    await respond(interaction, feedbackMessage(feedbackReport(await ctx.feedback.snapshot(), LISTED), ctx.engine));
  },
} satisfies Command;

/** The report as one embed: counts, worst-rated questions with the passages they showed, unanswered questions. */
export function feedbackMessage(report: FeedbackReport, engine: SearchEngine): ReplyBody {
  const quote = (question: string) =>
    `“${escapeMarkdown(truncate(oneLine(question), QUESTION_MAX)) || '(question not recorded)'}”`;
  const counts =
    `**${report.up}** 👍 and **${report.down}** 👎 from ${report.voters} ${report.voters === 1 ? 'person' : 'people'} on ${report.answersRated} ${report.answersRated === 1 ? 'answer' : 'answers'}; ` +
    `**${report.refusals.asked}** ${report.refusals.asked === 1 ? 'question' : 'questions'} (${report.refusals.distinct} different) the coverage could not answer.`;

  const worst = report.worst.map((entry) => {
    const where = entry.outlet ? ` (outlet ${escapeMarkdown(entry.outlet)})` : '';
    // Each passage by the article it is from, as a reader would look it up: outlet, headline, paragraph.
    const passages = entry.passageIds.map((id) => {
      const passage = engine.passageById.get(id);
      if (!passage) return '· a passage no longer in the coverage';
      const article = engine.articleById.get(passage.articleId);
      const where = `${escapeMarkdown(article?.outlet ?? '')}, _${escapeMarkdown(truncate(oneLine(article?.title ?? ''), HEADLINE_MAX))}_ ${paragraphOf(id)}`;
      return `· ${where}: “${escapeMarkdown(truncate(passage.text, EXCERPT_MAX))}”`;
    });
    return [`${quote(entry.question)}${where} — 👍 ${entry.up} · 👎 ${entry.down}`, ...passages].join('\n');
  });
  const missing = report.missing.map(
    (entry) => `${quote(entry.question)} — asked ${entry.count}×, last ${entry.last.slice(0, 10)}`,
  );
  const wrongly = report.askedWrongly.map(
    (entry) =>
      `${quote(entry.question)} — ${escapeMarkdown(truncate(oneLine(entry.reason), QUESTION_MAX))} (${entry.count}×)`,
  );

  const sections = [
    counts,
    `**Worst-rated questions**\n${worst.length > 0 ? worst.join('\n\n') : 'None: no answer got a 👎.'}`,
    `**Not answered by the coverage** (what it is missing)\n${missing.length > 0 ? missing.join('\n') : 'None so far.'}`,
    ...(wrongly.length > 0
      ? [
          `**Asked of an outlet that is not in the coverage, or carries nothing on it** (not a gap in the coverage)\n${wrongly.join('\n')}`,
        ]
      : []),
  ];
  const embed: APIEmbed = {
    title: 'Feedback on answers',
    description: truncate(sections.join('\n\n'), LIMITS.embedDescription),
  };
  return { embeds: [embed], ephemeral: true };
}
