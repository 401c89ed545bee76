import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { InputError } from './errors.js';
import { readSources, type ReadOptions, type SourceItem } from './sources.js';
import { parseReutersSgml, reutersDateToIso } from './reuters-sgml.js';

// Records of a corpus on disk: folders walked recursively (in a stable order), with the readers of
// `annals analyze` for text, HTML and JSON files, plus Reuters-21578's SGML files (one record per story).

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson']);
const SGML_EXTENSIONS = new Set(['.sgm', '.sgml']);

async function* files(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (!info.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* files(child);
    else if (DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase()) || SGML_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield child;
  }
}

/** Reuters-21578 stories as records: dateline + body as the text, <TITLE> and <DATE> as metadata. */
async function* reutersRecords(path: string): AsyncGenerator<SourceItem> {
  // The files are ASCII but for one byte in reut2-017.sgm: read as Latin-1 so nothing is lost.
  const sgml = (await readFile(path)).toString('latin1');
  for (const story of parseReutersSgml(sgml)) {
    const name = `${path}#${story.newid}`;
    const text = [story.dateline.trim(), story.body.trim()].filter(Boolean).join(' ');
    if (!text.trim()) {
      yield { name, error: new InputError(name, 'the story has no text (a BRIEF story with only a title)') };
      continue;
    }
    const date = reutersDateToIso(story.date);
    yield { name, input: { id: `reuters-${story.newid}`, text, ...(story.title && { title: story.title }), ...(date && { date }) } };
  }
}

/** Every record under `paths` (files or folders, or `-`), each a document to analyse or an error naming its input. */
export async function* walkRecords(paths: string[], options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readSources(['-'], options);
      continue;
    }
    let list: AsyncGenerator<string>;
    try {
      await stat(path);
      list = files(path);
    } catch {
      yield { name: path, error: new InputError(path, 'no such file or folder') };
      continue;
    }
    for await (const file of list) {
      if (SGML_EXTENSIONS.has(extname(file).toLowerCase())) yield* reutersRecords(file);
      else yield* readSources([file], options);
    }
  }
}
