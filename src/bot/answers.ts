import {
  ButtonStyle,
  ComponentType,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { answerQuestion } from '../answer/answerQuestion.ts';
import type { LeadSpeaker, SpeakerAnswer } from '../attribution/askWithSpeakers.ts';
import { joinNames } from '../attribution/attribution.ts';
import type { ArticleMeta } from '../corpus/types.ts';
import type { Answer, CitedPassage } from '../search/types.ts';
import { COVERAGE_PREFIX, canonicalOutlet, type Coverage } from './coverage.ts';
import { encodeCustomId } from './customId.ts';
import { LIMITS } from './limits.ts';
import type { ActionRow, ReplyBody } from './reply.ts';
import { escapeMarkdown, fitEscaped, oneLine, readFitted, searchTextOf, truncate } from './text.ts';
import type { BotContext, SpeakerOf } from './types.ts';
import type { ShownAnswer } from '../feedback/feedbackStore.ts';

/**
 * The buttons on an answer belong to the `/ask` command: the router sends their clicks to commands/ask.ts.
 * `page` is Previous / Next; `more` is the action of the "More passages" and "From the start" buttons of
 * answers posted before paging went both ways (same arguments), still answered.
 */
export const ANSWER_BUTTONS = { command: 'ask', page: 'page', more: 'more', thread: 'thread', vote: 'vote' } as const;
export const THREAD_BUTTON_ID = encodeCustomId(ANSWER_BUTTONS.command, ANSWER_BUTTONS.thread);
export const PAGE_LABELS = { previous: 'Previous', next: 'Next' } as const;

const FOLLOW_UP_PREFIX = 'Follow-up to: ';
/** Room kept in the description for the line saying the page was cut. */
const CUT_NOTE_ROOM = 160;
/** Outlets named under one excerpt; the rest are counted. */
const CARRIERS_SHOWN = 5;
/** Longest echo of a thread's question in an answer's lead line. */
const CONTEXT_ECHO_MAX = 150;
/** Longest outlet or speaker name shown (names are short; this bounds the room they take by construction). */
const NAME_MAX = 100;
/** Longest headline, printed date and byline in the sources list: each entry stays far below a field's 1024. */
const HEADLINE_MAX = 200;
const DATELINE_MAX = 60;
const BYLINE_MAX = 100;
/** Longer addresses are left out of the sources list rather than cut (a cut link leads nowhere). */
const LINK_MAX = 300;
/** A follow-up context is kept whole in the footer up to here (questions are far shorter). */
const CONTEXT_FOOTER_MAX = 1000;
/** Said in the sources list for an article that prints no date (never "undated": the page may be dated, just not printed). */
export const NO_DATE = 'date not printed';
export const SOURCES_FIELD = 'Sources';
const SOURCES_FIELD_MORE = 'Sources (continued)';

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
}

/** One page of an answer: what the engine answered, the message showing it, and what the message shows (for votes). */
export interface AnswerPage {
  answer: Answer;
  body: ReplyBody;
  /** The question as shown and the passages that made it into the message. */
  shown: ShownAnswer;
  offset: number;
}

/** Asks the engine for one page and builds the message for it; records nothing (votes.ts does, for the caller). */
export function answerPage(ctx: BotContext, request: AnswerRequest): AnswerPage {
  // Typed without autocomplete, "rt" is RT: the buttons refer to outlets by their place in the coverage's list.
  const outlet = request.outlet === null ? null : canonicalOutlet(ctx.coverage, request.outlet);
  const answer = answerQuestion(ctx.engine, searchTextOf(request.question.text), {
    // A view that continues a page cut to fit one embed ends where that page ends: pages stay where they are.
    limit: ctx.pageSize - (request.offset % ctx.pageSize),
    offset: request.offset,
    outlet: outlet ?? undefined,
    context: request.context ? searchTextOf(request.context) : undefined,
  });
  const body = answer.answered
    ? answerMessage({
        ...request,
        outlet,
        answer,
        pageSize: ctx.pageSize,
        coverage: ctx.coverage,
        speakerOf: speakersShown(answer, ctx.speakerOf),
        speakers: answer.asksWho ? answer.speakers : [],
      })
    : refusalMessage(request.question, answer, request.offset);
  const shownCount = excerptNumbers(body.embeds?.[0]?.description ?? '').length;
  return {
    answer,
    body,
    shown: {
      question: request.question.text,
      outlet,
      context: request.context,
      passageIds: answer.passages.slice(0, shownCount).map((passage) => passage.id),
    },
    offset: request.offset,
  };
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
  /** Passages per page: page k starts at passage (k - 1) * pageSize. */
  pageSize: number;
  coverage: Coverage;
  speakerOf?: SpeakerOf;
  /** For a question about who said something: who answers, to lead with. */
  speakers?: readonly LeadSpeaker[];
}

/** Speakers named in a who-answer's lead line; the excerpts name the rest. */
const LEAD_SPEAKERS_MAX = 5;

/** One entry of a page's sources list: an article cited on the page, under its key. */
interface SourceEntry {
  articleId: string;
  key: string;
  line: string;
}

/**
 * The answer as one embed, within Discord's limits by construction: the title is the (escaped) question, the
 * description a lead line (with the page count) and numbered excerpts, each headed by who said it (when
 * known) and the outlets that carried it, keyed to a **Sources** field listing each article cited on the page
 * once (outlet, headline, date as printed, byline). Excerpts that do not fit are left for the next view: the
 * page is cut between passages, and Next continues from the first one not shown.
 */
export function answerMessage(view: AnswerView): ReplyBody {
  const { answer, offset, coverage } = view;
  const footer = truncate(
    view.context
      ? `${FOLLOW_UP_PREFIX}${truncate(oneLine(view.context), CONTEXT_FOOTER_MAX)}\n${coverage.footer}`
      : coverage.footer,
    LIMITS.footerText,
  );
  const title = view.question.title;
  const total = LIMITS.embedTotal - title.length - footer.length;

  const lastPossible = offset + answer.passages.length;
  const leadFor = (shown: number) => leadLine(view, shown);
  let used = leadFor(lastPossible).length + CUT_NOTE_ROOM;
  const blocks: string[] = [];
  let entries: SourceEntry[] = [];
  for (const [index, passage] of answer.passages.entries()) {
    const number = offset + index + 1;
    // Each excerpt brings its articles into the Sources list: both must fit, in the description and in the total.
    const layout = (named: number, shorten: boolean) => {
      const { keys, added } = citedSources(passage, answer.sources, entries, named);
      const fields = sourceFields([...entries, ...added]);
      const fieldsLength = fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
      const room = Math.min(LIMITS.embedDescription - used - 2, total - used - 2 - fieldsLength);
      const block = excerptBlock(number, passage, keys, named, view.speakerOf, shorten ? room : undefined);
      return { added, block, fits: block.length <= room && fields.length <= LIMITS.embedFields };
    };
    let chosen = layout(CARRIERS_SHOWN, false);
    if (!chosen.fits) {
      if (blocks.length > 0) break;
      // Not even one excerpt fits whole: show the start of it rather than nothing, naming fewer outlets if need be.
      for (let named = CARRIERS_SHOWN; named >= 1; named -= 1) {
        chosen = layout(named, true);
        if (chosen.fits) break;
      }
    }
    blocks.push(chosen.block);
    entries = [...entries, ...chosen.added];
    used += 2 + chosen.block.length;
  }
  const shown = blocks.length;
  const next = offset + shown;
  const parts = [leadFor(next), ...blocks];
  if (shown < answer.passages.length) {
    parts.push(
      `_The rest of this page did not fit in one message: **${PAGE_LABELS.next}** continues from passage ${next + 1}._`,
    );
  }
  const embed: APIEmbed = {
    title,
    description: parts.join('\n\n'),
    fields: sourceFields(entries),
    footer: { text: footer },
  };

  const buttons: APIButtonComponentWithCustomId[] = [];
  const outletIndex = view.outlet === null ? '-' : coverage.outlets.indexOf(view.outlet);
  // An outlet outside the coverage's list cannot be paged (the engine refuses such an outlet anyway).
  const pageable = outletIndex !== -1;
  if (pageable && (offset > 0 || next < answer.total)) {
    // Both always shown, one greyed out at either end, so they stay in place as the pages turn.
    buttons.push(
      button(
        PAGE_LABELS.previous,
        pagerId(previousOffset(offset, view.pageSize), coverage, outletIndex),
        ButtonStyle.Secondary,
        offset === 0,
      ),
    );
    buttons.push(
      button(PAGE_LABELS.next, pagerId(next, coverage, outletIndex), ButtonStyle.Primary, next >= answer.total),
    );
  }
  if (view.threadButton) buttons.push(button('Follow up in thread', THREAD_BUTTON_ID));
  const components: ActionRow[] = buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
  return { embeds: [embed], components };
}

/** Where Previous goes: the start of the page a view is on, or of the page before when the view starts one. */
export function previousOffset(offset: number, pageSize: number): number {
  const into = offset % pageSize;
  return into > 0 ? offset - into : Math.max(0, offset - pageSize);
}

/** "page 2 of 4": the page a view's first passage is on, and how many pages there are. */
export function pageCount(
  offset: number,
  total: number,
  pageSize: number,
): { page: number; pages: number; continued: boolean } {
  return {
    page: Math.floor(offset / pageSize) + 1,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    continued: offset % pageSize > 0,
  };
}

/** The numbers of the excerpts in an answer's description (passage text is block-quoted, so it cannot fake one). */
export function excerptNumbers(description: string): number[] {
  return [...description.matchAll(/(?:^|\n\n)\*\*\[(\d+)\]\*\*/g)].map((match) => Number(match[1]));
}

/** The action rows of a message without one button (rows left empty are dropped). */
export function withoutButton(rows: readonly ActionRow[], customId: string): ActionRow[] {
  return rows
    .map((row) => ({
      ...row,
      components: row.components.filter((component) => !('custom_id' in component) || component.custom_id !== customId),
    }))
    .filter((row) => row.components.length > 0);
}

/** "Nothing in the coverage answers …": only the asker sees it. */
export function refusalMessage(question: PreparedQuestion, answer: Answer, offset = 0): ReplyBody {
  // The engine's reasons are plain text that can echo what was typed (an outlet, a name): escaped like the question.
  const reason =
    offset > 0 && answer.total > 0
      ? `There are no more passages after passage ${answer.total}.`
      : escapeMarkdown(answer.reason ?? 'Nothing in the coverage answers that question.');
  const asked = question.title ? `You asked: ${question.title}\n` : '';
  return {
    content: `${asked}${reason}\nTry other words, or see **/sources** for what the coverage holds.`,
    ephemeral: true,
  };
}

/** What an answer message says about itself: its question, and the thread question it followed up. */
export interface ReadAnswer {
  /** The question as it was asked, ready to ask again (its title, unescaped). */
  question: PreparedQuestion;
  context: string | null;
}

/** Reads an answer the bot sent earlier (its first embed), or null when the embed is not one of its answers. */
export function readAnswerEmbed(
  embed: { title?: string | null; footer?: { text: string } | null } | undefined,
): ReadAnswer | null {
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
  const { page, pages, continued } = pageCount(offset, total, view.pageSize);
  const ofPages = pages > 1 || continued ? ` (page ${page} of ${pages}${continued ? ', continued' : ''})` : '';
  const followUp = view.context
    ? `Read as a follow-up to “${fitEscaped(oneLine(view.context), CONTEXT_ECHO_MAX).shown}”. `
    : '';
  const lead = `${followUp}${count}; showing ${range}${ofPages}.`;
  const speakers = (view.speakers ?? [])
    .slice(0, LEAD_SPEAKERS_MAX)
    .map((speaker) => `**${fitEscaped(oneLine(speaker.speaker), NAME_MAX).shown}**`);
  return speakers.length > 0 ? `Who speaks: ${speakers.join(', ')}.\n${lead}` : lead;
}

/**
 * One numbered excerpt: a head line with who said it (when known) and the outlets that carried it, each with
 * the key of its article in the sources list, then the passage as a block quote. The passage keeps its own
 * quotation marks and gets none added, so a quote is never shown with doubled marks.
 */
function excerptBlock(
  number: number,
  passage: CitedPassage,
  keys: readonly string[],
  named: number,
  speakerOf: SpeakerOf | undefined,
  max?: number,
): string {
  const speaker = speakerOf?.(passage.id) ?? null;
  const carriers = passage.carriers
    .slice(0, named)
    .map((carrier, index) => `${fitEscaped(oneLine(carrier.outlet), NAME_MAX).shown} [${keys[index] ?? '?'}]`);
  const more = passage.carriers.length - named;
  if (more > 0) carriers.push(`${more} more ${more === 1 ? 'outlet' : 'outlets'}`);
  const who = speaker ? `**${fitEscaped(oneLine(speaker), NAME_MAX).shown}**, in ` : '';
  const head = `**[${number}]** ${who}${carriers.join(' · ')}\n> `;
  const text = oneLine(passage.text);
  if (max === undefined) return `${head}${escapeMarkdown(text)}`;
  // Only the first excerpt of a page is ever shortened; naming one outlet, the budget leaves it over a thousand characters.
  return `${head}${fitEscaped(text, Math.max(1, max - head.length)).shown}`;
}

/**
 * The keys of the articles a passage's carriers (those named) come from, and the sources-list entries of
 * those not yet listed on the page. An outlet with two articles on a page has two keys.
 */
function citedSources(
  passage: CitedPassage,
  sources: readonly ArticleMeta[],
  listed: readonly SourceEntry[],
  named: number,
): { keys: string[]; added: SourceEntry[] } {
  const added: SourceEntry[] = [];
  const keys = passage.carriers.slice(0, named).map((carrier) => {
    const known =
      listed.find((entry) => entry.articleId === carrier.articleId) ??
      added.find((entry) => entry.articleId === carrier.articleId);
    if (known) return known.key;
    const meta = sources.find((source) => source.id === carrier.articleId);
    const key = sourceKey(listed.length + added.length);
    added.push({
      articleId: carrier.articleId,
      key,
      line: sourceLine(
        key,
        meta ?? { outlet: carrier.outlet, title: carrier.title, date: carrier.date, dateline: null, byline: null },
      ),
    });
    return key;
  });
  return { keys, added };
}

/** A, B, …, Z, AA, AB, …: keys that cannot be mistaken for the excerpts' numbers. */
export function sourceKey(index: number): string {
  let key = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    key = String.fromCharCode(65 + ((rest - 1) % 26)) + key;
  return key;
}

/** "**[A]** Outlet · _Headline_ · May 18, 2023 · by Name · [link](…)": the date as the page prints it, else its ISO date. */
function sourceLine(
  key: string,
  meta: Pick<ArticleMeta, 'outlet' | 'title' | 'date' | 'dateline' | 'byline'> & { url?: string | null },
): string {
  const date = meta.dateline ?? meta.date;
  const parts = [
    fitEscaped(oneLine(meta.outlet), NAME_MAX).shown,
    `_${fitEscaped(oneLine(meta.title), HEADLINE_MAX).shown || 'untitled'}_`,
    date ? fitEscaped(oneLine(date), DATELINE_MAX).shown : `_${NO_DATE}_`,
  ];
  // A byline that is the outlet's own name ("Al Mayadeen English") says nothing more.
  if (meta.byline && oneLine(meta.byline).toLowerCase() !== oneLine(meta.outlet).toLowerCase())
    parts.push(`by ${fitEscaped(oneLine(meta.byline), BYLINE_MAX).shown}`);
  // The address a page states (webAddress: http(s) only); parentheses encoded so the masked link cannot end early.
  if (meta.url && meta.url.length <= LINK_MAX)
    parts.push(`[link](${meta.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`);
  return `**[${key}]** ${parts.join(' · ')}`;
}

/** The sources list as embed fields, entries whole, each field within Discord's 1024. */
function sourceFields(entries: readonly SourceEntry[]): APIEmbedField[] {
  const fields: APIEmbedField[] = [];
  let value = '';
  for (const entry of entries) {
    if (value && value.length + 1 + entry.line.length > LIMITS.fieldValue) {
      fields.push({ name: fields.length === 0 ? SOURCES_FIELD : SOURCES_FIELD_MORE, value });
      value = '';
    }
    value = value ? `${value}\n${entry.line}` : entry.line;
  }
  if (value) fields.push({ name: fields.length === 0 ? SOURCES_FIELD : SOURCES_FIELD_MORE, value });
  return fields;
}

function pagerId(offset: number, coverage: Coverage, outletIndex: number | '-'): string {
  return encodeCustomId(ANSWER_BUTTONS.command, ANSWER_BUTTONS.page, [offset, coverage.fingerprint, outletIndex]);
}

function button(
  label: string,
  customId: string,
  style: ButtonStyle.Primary | ButtonStyle.Secondary = ButtonStyle.Secondary,
  disabled = false,
): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style, label, custom_id: customId, ...(disabled ? { disabled } : {}) };
}
