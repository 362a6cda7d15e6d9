import { createInterface } from 'node:readline';
import { answerQuestion } from '../answer/answerQuestion.ts';
import { contextAfter, dependsOnEarlier } from '../answer/followUp.ts';
import { attributionOf } from '../attribution/attribution.ts';
import type { SearchEngine } from '../search/engine.ts';
import { answerJson, formatAnswer } from './formatAnswer.ts';

export interface TerminalOptions {
  json: boolean;
  /** The earlier question of the conversation, for a follow-up given on the command line. */
  context?: string | null;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

/**
 * Terminal mode: answers the question given on the command line and returns; with none, answers each
 * line typed (a prompt in a terminal, one answer per line when piped) until end of input. As in a Discord
 * thread, a line that leans on the one before ("and Russia?", "when was that?") is answered as its
 * follow-up; a line that stands alone starts a new conversation.
 */
export async function runTerminal(
  engine: SearchEngine,
  question: string | null,
  options: TerminalOptions,
): Promise<void> {
  const print = (text: string) => options.output.write(`${text}\n`);
  const attribution = attributionOf(engine);
  const answerOne = (text: string, context: string | null) => {
    const answer = answerQuestion(engine, text, context ? { context } : {}, attribution);
    print(options.json ? JSON.stringify(answerJson(answer), null, 2) : formatAnswer(answer));
  };
  if (question !== null) {
    answerOne(question, options.context ?? null);
    return;
  }
  let conversation: string | null = null;
  const interactive = Boolean(options.input.isTTY) && !options.json;
  const lines = createInterface({
    input: options.input,
    output: interactive ? options.output : undefined,
    terminal: interactive,
  });
  if (interactive) {
    print('Ask a question about the coverage (Ctrl-D to quit).');
    lines.setPrompt('? ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim()) {
      const context: string | null = conversation && dependsOnEarlier(line) ? conversation : null;
      answerOne(line, context);
      conversation = contextAfter(line, context, attribution);
      if (interactive) print('');
    }
    if (interactive) lines.prompt();
  }
}
