import type { SpeakerAnswer, SpokenPassage } from '../attribution/askWithSpeakers.ts';
import { joinNames } from '../attribution/attribution.ts';
import type { ArticleMeta } from '../corpus/types.ts';
import type { Answer, CitedPassage } from '../search/types.ts';

/** Who speaks in a passage, when the answer came with attribution. */
function speakersOf(passage: CitedPassage): readonly string[] {
  return (passage as Partial<SpokenPassage>).speakers ?? [];
}

/** The answer as terminal text: for who-questions the speakers first, then numbered excerpts with outlets, headline and date, then the sources. */
export function formatAnswer(answer: Answer | SpeakerAnswer): string {
  if (!answer.answered) return answer.reason ?? 'Nothing in the coverage answers that question.';
  const lines: string[] = [];
  if ('asksWho' in answer && answer.asksWho && answer.speakers.length > 0) {
    lines.push(`Who speaks: ${joinNames(answer.speakers.map((speaker) => speaker.speaker))}`, '');
  }
  answer.passages.forEach((passage, index) => {
    lines.push(`[${index + 1}] ${wrap(quotedOnce(passage.text), 4)}`);
    lines.push(`    ${citationLine(passage)}`);
    lines.push('');
  });
  if (answer.total > answer.passages.length)
    lines.push(
      `(${answer.total - answer.passages.length} more passages match; ask more precisely to narrow it down.)`,
      '',
    );
  lines.push('Sources:');
  for (const source of answer.sources) lines.push(`  - ${sourceLine(source)}`);
  return lines.join('\n');
}

/** "— RT; Asia-Pacific Research (2023-05-18)" with the headline of the first carrier. */
export function citationLine(passage: CitedPassage): string {
  const outlets = passage.carriers.map((carrier) =>
    carrier.date ? `${carrier.outlet} (${carrier.date})` : carrier.outlet,
  );
  const first = passage.carriers[0];
  const speakers = speakersOf(passage);
  return `— ${speakers.length > 0 ? `${joinNames(speakers)}, in ` : ''}${outlets.join('; ')}${first ? ` · “${first.title}”` : ''}`;
}

export function sourceLine(source: ArticleMeta): string {
  const parts = [source.outlet, `“${source.title}”`, source.dateline ?? source.date ?? 'date not printed'];
  if (source.byline) parts.push(`by ${source.byline}`);
  if (source.creditedSource && source.creditedSource !== source.outlet) parts.push(`credits ${source.creditedSource}`);
  if (source.url) parts.push(source.url);
  return parts.join(', ');
}

/** The answer for scripts: the documented --json shape. */
export function answerJson(answer: Answer): object {
  return {
    question: answer.question,
    answered: answer.answered,
    ...(answer.answered ? {} : { reason: answer.reason }),
    passages: answer.passages.map((passage) => ({
      id: passage.id,
      text: passage.text,
      outlets: passage.carriers.map((carrier) => carrier.outlet),
      speakers: speakersOf(passage),
      title: passage.carriers[0]?.title ?? null,
      date: passage.carriers[0]?.date ?? null,
      score: passage.score,
    })),
  };
}

/** Words of a text on lines of `width`, continuation lines indented by `indent`. */
export function wrap(text: string, indent: number, width = 100): string {
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + word.length + 1 > width - indent) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.join(`\n${' '.repeat(indent)}`);
}

/** The passage in quotation marks, unless it opens with a quotation of its own: "““It is an open secret…”" reads twice. */
export function quotedOnce(text: string): string {
  return /^[“"‘'«„]/u.test(text) ? text : `“${text}”`;
}
