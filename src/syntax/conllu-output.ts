import type { AnalysisResult } from '../document/serialize.js';
import { formatConlluSentence, type ConlluWord } from './conllu.js';

// `annals analyze --format conllu`: every parsed sentence (headline and body) in CoNLL-U, with each
// word's UTF-16 offsets into the document text as TokenRange=START:END in MISC (as UDPipe writes) and
// SpaceAfter=No where the next word follows without a space.

export function toConllu(result: AnalysisResult, name: string): string {
  const syntax = result.syntax;
  if (!syntax) throw new Error('toConllu needs a result analysed with { syntax: true }');
  const docId = result.id ?? name;
  let out = '';
  syntax.sentences.forEach((sentence, n) => {
    const [from, to] = sentence.tokens;
    const words: ConlluWord[] = [];
    for (let i = from; i < to; i++) {
      const t = syntax.tokens[i]!;
      const next = syntax.tokens[i + 1];
      const misc = [`TokenRange=${t.start}:${t.end}`];
      if (i + 1 < to && next && next.start === t.end) misc.push('SpaceAfter=No');
      words.push({
        form: t.text.replace(/\s/g, '_'),
        lemma: '_',
        upos: t.upos,
        xpos: t.xpos,
        feats: '_',
        head: t.head < 0 ? 0 : t.head - from + 1,
        deprel: t.deprel,
        misc: misc.join('|'),
      });
    }
    const comments: [string, string][] = [];
    if (n === 0) comments.push(['newdoc id', docId.replace(/\s+/g, ' ')]);
    comments.push(['sent_id', `${docId.replace(/\s+/g, '_')}-${n + 1}`]);
    comments.push(['text', result.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ')]);
    out += formatConlluSentence(comments, words);
  });
  return out;
}
