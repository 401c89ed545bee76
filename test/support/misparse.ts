/**
 * A parse as the greedy parser misreads a sentence, written one word a line: form, UPOS, XPOS, head (1-based, 0 the
 * root) and relation. The repair tests hand such analyses to repairParse.
 */
export function misparse(rows: string): { forms: string[]; analysis: { upos: string[]; xpos: string[]; heads: number[]; deprels: string[] } } {
  const cells = rows.trim().split('\n').map((row) => row.trim().split(/\s+/));
  return {
    forms: cells.map((c) => c[0]!),
    analysis: { upos: cells.map((c) => c[1]!), xpos: cells.map((c) => c[2]!), heads: cells.map((c) => Number(c[3])), deprels: cells.map((c) => c[4]!) },
  };
}
