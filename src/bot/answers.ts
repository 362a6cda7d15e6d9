import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId, type APIEmbed } from 'discord.js';
import { answerQuestion } from '../answer/answerQuestion.ts';
import type { LeadSpeaker, SpeakerAnswer } from '../attribution/askWithSpeakers.ts';
import { joinNames } from '../attribution/attribution.ts';
import type { Answer, CitedPassage } from '../search/types.ts';
import { COVERAGE_PREFIX, canonicalOutlet, type Coverage } from './coverage.ts';
import { encodeCustomId } from './customId.ts';
import { LIMITS } from './limits.ts';
import type { ActionRow, ReplyBody } from './reply.ts';
import { escapeMarkdown, fitEscaped, oneLine, readFitted, searchTextOf, truncate } from './text.ts';
import type { BotContext, SpeakerOf } from './types.ts';
import { withFeedback } from './votes.ts';

/** The buttons on an answer belong to the `/ask` command: the router sends their clicks to commands/ask.ts. */
export const ANSWER_BUTTONS = { command: 'ask', more: 'more', thread: 'thread', vote: 'vote' } as const;
export const THREAD_BUTTON_ID = encodeCustomId(ANSWER_BUTTONS.command, ANSWER_BUTTONS.thread);

const FOLLOW_UP_PREFIX = 'Follow-up to: ';
/** Room kept in the description for the line saying the page was cut. */
const CUT_NOTE_ROOM = 160;
/** Longest list of outlets under one excerpt. */
const CARRIERS_MAX = 300;
/** Longest echo of a thread's question in an answer's lead line. */
const CONTEXT_ECHO_MAX = 150;
/** Longest outlet or speaker name shown (names are short; this bounds the room they take by construction). */
const NAME_MAX = 100;
/** A follow-up context is kept whole in the footer up to here (questions are far shorter). */
const CONTEXT_FOOTER_MAX = 1000;

/** A question as the bot keeps it: on one line, cut (at a word) so its escaped form fits an embed title. */
export interface PreparedQuestion {
  /** What is searched for and read back from the answer later. */
  text: string;
  /** The embed title showing it, markdown and mentions escaped. */
  title: string;
  cut: boolean;
}

export function prepareQuestion(raw: string): PreparedQuestion {
  const fitted = fitEscaped(oneLine(raw), LIMITS.embedTitle);
  return { text: fitted.kept, title: fitted.shown, cut: fitted.cut };
}

export interface AnswerRequest {
  question: PreparedQuestion;
  /** Index of the first passage to show. */
  offset: number;
  outlet: string | null;
  /** The thread's question, for a follow-up. */
  context: string | null;
  /** Offer the "Follow up in thread" button. */
  threadButton: boolean;
  /** A refusal will not be shown (a member's message in a thread that nothing answers): it is not counted either. */
  unshownRefusal?: boolean;
}

/** Asks the engine for one page and builds the message for it. */
export function answerPage(ctx: BotContext, request: AnswerRequest): { answer: Answer; body: ReplyBody } {
  // Typed without autocomplete, "rt" is RT: the buttons refer to outlets by their place in the coverage's list.
  const outlet = request.outlet === null ? null : canonicalOutlet(ctx.coverage, request.outlet);
  const answer = answerQuestion(ctx.engine, searchTextOf(request.question.text), {
    limit: ctx.pageSize,
    offset: request.offset,
    outlet: outlet ?? undefined,
    context: request.context ? searchTextOf(request.context) : undefined,
  });
  const body = answer.answered
    ? answerMessage({ ...request, outlet, answer, coverage: ctx.coverage, speakerOf: speakersShown(answer, ctx.speakerOf), speakers: answer.asksWho ? answer.speakers : [] })
    : refusalMessage(request.question, answer, request.offset);
  // 👍/👎 on answers; unanswered questions are counted for /feedback.
  if (request.unshownRefusal && !answer.answered) return { answer, body };
  return { answer, body: withFeedback(ctx, { question: request.question.text, outlet, context: request.context }, answer, body, request.offset) };
}

/** Who speaks in each passage shown, as attribution found it for this answer; the context's hook otherwise. */
function speakersShown(answer: SpeakerAnswer, fallback: SpeakerOf | undefined): SpeakerOf {
  const byId = new Map(answer.passages.map((passage) => [passage.id, passage.speakers]));
  return (passageId) => {
    const speakers = byId.get(passageId);
    return speakers && speakers.length > 0 ? joinNames(speakers) : (fallback?.(passageId) ?? null);
  };
}

export interface AnswerView extends AnswerRequest {
  answer: Answer;
  coverage: Coverage;
  speakerOf?: SpeakerOf;
  /** For a question about who said something: who answers, to lead with. */
  speakers?: readonly LeadSpeaker[];
}

/** Speakers named in a who-answer's lead line; the excerpts name the rest. */
const LEAD_SPEAKERS_MAX = 5;

/**
 * The answer as one embed, within Discord's limits by construction: the title is the (escaped) question, the
 * description a lead line and numbered excerpts, each with who said it (when known) and the outlets that
 * carried it. Excerpts that do not fit are left for the next page: the page is cut between passages, and
 * "More passages" starts at the first one not shown.
 */
export function answerMessage(view: AnswerView): ReplyBody {
  const { answer, offset, coverage } = view;
  const footer = truncate(
    view.context ? `${FOLLOW_UP_PREFIX}${truncate(oneLine(view.context), CONTEXT_FOOTER_MAX)}\n${coverage.footer}` : coverage.footer,
    LIMITS.footerText,
  );
  const title = view.question.title;
  const budget = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length);

  const lastPossible = offset + answer.passages.length;
  const leadFor = (shown: number) => leadLine(view, shown);
  let used = leadFor(lastPossible).length + CUT_NOTE_ROOM;
  const blocks: string[] = [];
  for (const [index, passage] of answer.passages.entries()) {
    const number = offset + index + 1;
    let block = excerptBlock(number, passage, view.speakerOf);
    if (used + 2 + block.length > budget) {
      if (blocks.length > 0) break;
      // Not even one excerpt fits whole: show the start of it rather than nothing.
      block = excerptBlock(number, passage, view.speakerOf, budget - used - 2);
    }
    blocks.push(block);
    used += 2 + block.length;
  }
  const shown = blocks.length;
  const next = offset + shown;
  const parts = [leadFor(next), ...blocks];
  if (shown < answer.passages.length) {
    parts.push(`_The rest of this page did not fit in one message: **More passages** continues from passage ${next + 1}._`);
  }
  const embed: APIEmbed = { title, description: parts.join('\n\n'), footer: { text: footer } };

  const buttons: APIButtonComponentWithCustomId[] = [];
  const outletIndex = view.outlet === null ? '-' : coverage.outlets.indexOf(view.outlet);
  // An outlet outside the coverage's list cannot be paged (the engine refuses such an outlet anyway).
  const pageable = outletIndex !== -1;
  if (pageable && offset > 0) buttons.push(button('From the start', pagerId(0, coverage, outletIndex)));
  if (pageable && next < answer.total) buttons.push(button('More passages', pagerId(next, coverage, outletIndex), ButtonStyle.Primary));
  if (view.threadButton) buttons.push(button('Follow up in thread', THREAD_BUTTON_ID));
  const components: ActionRow[] = buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
  return { embeds: [embed], components };
}

/** The action rows of a message without one button (rows left empty are dropped). */
export function withoutButton(rows: readonly ActionRow[], customId: string): ActionRow[] {
  return rows
    .map((row) => ({ ...row, components: row.components.filter((component) => !('custom_id' in component) || component.custom_id !== customId) }))
    .filter((row) => row.components.length > 0);
}

/** "Nothing in the coverage answers …": only the asker sees it. */
export function refusalMessage(question: PreparedQuestion, answer: Answer, offset = 0): ReplyBody {
  // The engine's reasons are plain text that can echo what was typed (an outlet, a name): escaped like the question.
  const reason = offset > 0 && answer.total > 0 ? `There are no more passages after passage ${answer.total}.` : escapeMarkdown(answer.reason ?? 'Nothing in the coverage answers that question.');
  const asked = question.title ? `You asked: ${question.title}\n` : '';
  return { content: `${asked}${reason}\nTry other words, or see **/sources** for what the coverage holds.`, ephemeral: true };
}

/** What an answer message says about itself: its question, and the thread question it followed up. */
export interface ReadAnswer {
  /** The question as it was asked, ready to ask again (its title, unescaped). */
  question: PreparedQuestion;
  context: string | null;
}

/** Reads an answer the bot sent earlier (its first embed), or null when the embed is not one of its answers. */
export function readAnswerEmbed(embed: { title?: string | null; footer?: { text: string } | null } | undefined): ReadAnswer | null {
  const title = embed?.title;
  const footer = embed?.footer?.text;
  if (!title || !footer) return null;
  const lines = footer.split('\n');
  if (!lines.some((line) => line.startsWith(COVERAGE_PREFIX))) return null;
  const first = lines[0] ?? '';
  const context = first.startsWith(FOLLOW_UP_PREFIX) ? first.slice(FOLLOW_UP_PREFIX.length) || null : null;
  const read = readFitted(title);
  return { question: { text: read.text, title, cut: read.cut }, context };
}

function leadLine(view: AnswerView, shownUpTo: number): string {
  const { answer, offset } = view;
  const total = answer.total;
  const where = view.outlet ? ` in ${fitEscaped(view.outlet, NAME_MAX).shown}` : '';
  const count = `**${total}** ${total === 1 ? 'passage' : 'passages'}${where} ${total === 1 ? 'answers' : 'answer'} this`;
  const range = shownUpTo - offset === 1 ? `passage ${offset + 1}` : `passages ${offset + 1}–${shownUpTo}`;
  const followUp = view.context ? `Read as a follow-up to “${fitEscaped(oneLine(view.context), CONTEXT_ECHO_MAX).shown}”. ` : '';
  const lead = `${followUp}${count}; showing ${range}.`;
  const speakers = (view.speakers ?? []).slice(0, LEAD_SPEAKERS_MAX).map((speaker) => `**${fitEscaped(oneLine(speaker.speaker), NAME_MAX).shown}**`);
  return speakers.length > 0 ? `Who speaks: ${speakers.join(', ')}.\n${lead}` : lead;
}

/** One numbered excerpt: the quoted passage, then who said it (when known) and where it ran. */
function excerptBlock(number: number, passage: CitedPassage, speakerOf: SpeakerOf | undefined, max?: number): string {
  const speaker = speakerOf?.(passage.id) ?? null;
  const carriers = truncate(
    passage.carriers.map((carrier) => `${carrier.outlet} (${carrier.date ?? 'undated'})`).join(' · '),
    CARRIERS_MAX,
  );
  const source = `— ${speaker ? `**${fitEscaped(oneLine(speaker), NAME_MAX).shown}**, in ` : ''}_${escapeMarkdown(carriers)}_`;
  const head = `**${number}.** “`;
  const tail = `”\n${source}`;
  if (max === undefined) return `${head}${escapeMarkdown(passage.text)}${tail}`;
  // Only the first excerpt of a page is ever shortened, and the budget leaves it thousands of characters.
  return `${head}${fitEscaped(passage.text, Math.max(1, max - head.length - tail.length)).shown}${tail}`;
}

function pagerId(offset: number, coverage: Coverage, outletIndex: number | '-'): string {
  return encodeCustomId(ANSWER_BUTTONS.command, ANSWER_BUTTONS.more, [offset, coverage.fingerprint, outletIndex]);
}

function button(label: string, customId: string, style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId };
}
