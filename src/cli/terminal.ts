import { createInterface } from 'node:readline';
import { askWithSpeakers } from '../attribution/askWithSpeakers.ts';
import type { SearchEngine } from '../search/engine.ts';
import { answerJson, formatAnswer } from './formatAnswer.ts';

export interface TerminalOptions {
  json: boolean;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
}

/**
 * Terminal mode: answers the question given on the command line and returns; with none, answers each
 * line typed (a prompt in a terminal, one answer per line when piped) until end of input.
 */
export async function runTerminal(engine: SearchEngine, question: string | null, options: TerminalOptions): Promise<void> {
  const print = (text: string) => options.output.write(`${text}\n`);
  const answerOne = (text: string) => {
    const answer = askWithSpeakers(engine, text);
    print(options.json ? JSON.stringify(answerJson(answer), null, 2) : formatAnswer(answer));
  };
  if (question !== null) {
    answerOne(question);
    return;
  }
  const interactive = Boolean(options.input.isTTY) && !options.json;
  const lines = createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive });
  if (interactive) {
    print('Ask a question about the coverage (Ctrl-D to quit).');
    lines.setPrompt('? ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim()) {
      answerOne(line);
      if (interactive) print('');
    }
    if (interactive) lines.prompt();
  }
}
