import { readFileSync } from 'node:fs';

export const CATEGORIES = [
  'who-said',
  'fact',
  'outlet',
  'paraphrase',
  'typo',
  'out-of-scope',
  'boilerplate-only',
  'follow-up',
] as const;

export type Category = (typeof CATEGORIES)[number];

export interface EvalQuestion {
  id: string;
  category: Category;
  question: string;
  /** Earlier question of the thread, for follow-ups. */
  context?: string;
  /** Short verbatim spans of the coverage that answer it; empty when the bot must refuse. */
  expect: string[];
  speaker?: string;
  outlets?: string[];
}

export const QUESTIONS_FILE = new URL('./questions.json', import.meta.url);
/** A third of the project's own questions, written before tuning and never read while changing constants. */
export const SEALED_FILE = new URL('./sealed.json', import.meta.url);

/** The question set as written, unchecked beyond being JSON; the test checks its shape. */
export function readQuestions(file: URL = QUESTIONS_FILE): EvalQuestion[] {
  return JSON.parse(readFileSync(file, 'utf8')) as EvalQuestion[];
}
