/**
 * Writes the word-vector table (src/search/wordVectors.ts) beside the installed packages when it is missing: `npm ci`
 * runs this (postinstall), so that no process waits about 10 s for it when it starts.
 */
import { ensureWordVectors } from '../src/search/wordVectors.ts';

try {
  ensureWordVectors();
} catch (error) {
  // A read-only or odd install still installs: the bot answers without the vectors and says why when it starts.
  console.warn(`coverage-bot: could not write the word-vector table (${(error as Error).message}).`);
}
