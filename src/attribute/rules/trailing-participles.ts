import { sentenceAttributions, type SentenceContext } from './types.js';

// "“The pier is unsafe,” said Tom Reed, a harbour pilot, explaining that ...", "The ferry is late, she added, citing
// the storm": a participle cue set off by a comma right after an inverted frame (its cue or its source the last
// words before the comma) is that speaker's second saying; its source is the frame's, not the subject the
// sentence opens with (which is the frame's content). A source the participle names after itself stays.

/** A participle cue right after another frame's cue or source takes that frame's source. */
export function participlesAfterFrames(ctx: SentenceContext): void {
  const { words } = ctx;
  const here = sentenceAttributions(ctx);
  for (const a of here) {
    const i = words.findIndex((w) => w.start === a.cue.start);
    // (A source the participle names after itself is its own: "..., he said, according to the Post".)
    if (a.source && a.source.start >= a.cue.end) continue;
    if (i < 1 || words[i]!.pos !== 'VERB' || !/ING$/.test(words[i]!.key) || words[i]!.punctBefore.trim() !== ',') continue;
    const last = words[i - 1]!;
    const within = (s: { start: number; end: number } | null) => s !== null && s.start <= last.start && last.end <= s.end;
    const frame = here.find((b) => b !== a && b.source && b.cue.end <= a.cue.start && (within(b.cue) || within(b.source)));
    if (frame) a.source = { ...frame.source! };
  }
}
