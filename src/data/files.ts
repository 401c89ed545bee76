import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Dictionaries and lexicons ship as data files in <package>/data; this resolves the same folder from
// src/ (tsx) and from dist/ (compiled), which both sit one level below the package root.
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(relative: string): string {
  return DATA_DIR + relative;
}

/** Non-empty, non-comment lines of a data file, each split on tabs. */
export function readDataRows(relative: string): string[][] {
  return readFileSync(dataPath(relative), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}
