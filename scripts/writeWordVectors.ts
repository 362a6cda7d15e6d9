/**
 * Writes the word-vector table (src/search/wordVectors.ts) beside the installed packages when it is missing: `npm ci`
 * runs this (postinstall), so that no process waits about 10 s for it when it starts.
 */
import { ensureWordVectors } from '../src/search/wordVectors.ts';

ensureWordVectors();
