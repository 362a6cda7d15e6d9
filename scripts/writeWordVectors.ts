/**
 * Writes the word-vector table (src/search/wordVectors.ts) beside the installed packages when it is missing: `npm ci`
 * runs this (postinstall), so the first question does not wait about 10 s for it.
 */
import { existsSync } from 'node:fs';
import { wordVectorsPath, writeWordVectors } from '../src/search/wordVectors.ts';

const path = wordVectorsPath();
if (path && !existsSync(path)) writeWordVectors(path);
