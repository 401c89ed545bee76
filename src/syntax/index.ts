import { dataPath } from '../data/files.js';
import { SyntaxModel } from './model.js';

let shared: SyntaxModel | null = null;

export function defaultModelPath(): string {
  return dataPath('syntax/en-ud.model');
}

/** The shipped model, loaded on first use and kept for the process. */
export function syntaxModel(): SyntaxModel {
  shared ??= SyntaxModel.load(defaultModelPath());
  return shared;
}
