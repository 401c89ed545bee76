// Syndicated-copy detection: many sites republish one agency story (Sputnik, via Pakistan Point
// News, UrduPoint, ANI, Devdiscourse, ...); a story reported by N copies must be stored once.
//
// `SyndicationClusterer.addArticle` takes one article at a time and returns the cluster it joins:
//
// 1. Paragraphs: the given ones, else the body split at blank lines (at line breaks when it has no
//    blank line). A dateline opening the first paragraph is cut off — the one given, else one found
//    by `parseDateline` — since aggregators rewrite it ("TOKYO (Pakistan Point News / Sputnik - 12th
//    January, 2022)"). An origin not given is taken from the dateline's last outlet.
// 2. Boilerplate: paragraphs the article's outlet has appended to ≥ K other stories are dropped
//    (boilerplate.ts), so unrelated stories of one outlet do not look alike.
// 3. Signature: MinHash (128 permutations) of the 5-word shingles of what is left (minhash.ts).
// 4. Candidates from the LSH index (32 bands × 4 rows), verified on the estimated Jaccard
//    similarity (≥ 0.5 by default, lsh.ts) — or, for excerpts, on the estimated containment of the
//    smaller shingle set in the larger (≥ 0.8, with Jaccard ≥ 0.2 and at least 40 shingles in the
//    smaller): an aggregator that keeps the first paragraphs of a long story and drops its long
//    last paragraph has a Jaccard of 0.3–0.45 with it. The article joins the cluster of its most
//    similar verified candidate (`duplicateOf`), else starts a cluster of its own. Clusters are not
//    merged afterwards: an article bridging two clusters joins the one of its best match.
// 5. The boilerplate counts are updated with the article's paragraphs — unless it is a
//    near-identical copy (≥ 0.9) of an article of the same outlet, which would count one story twice.
//
// Everything is deterministic: the same articles in the same order give the same clusters.

import { parseDateline } from '../article/dateline.js';
import type { AnalysisResult } from '../document/serialize.js';
import { BoilerplateModel, DEFAULT_MIN_STORIES } from './boilerplate.js';
import { DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_THRESHOLD, LshIndex } from './lsh.js';
import { DEFAULT_NUM_PERM, DEFAULT_SHINGLE_SIZE, MinHasher, estimateContainment } from './minhash.js';

export { BoilerplateModel, paragraphKey, type BoilerplateState, type StripResult } from './boilerplate.js';
export { LshIndex, candidateProbability, type LshMatch, type LshOptions } from './lsh.js';
export { MinHasher, estimateContainment, estimateJaccard, exactJaccard, shingleHashes, tokenize } from './minhash.js';

/** Similarity above which a same-outlet match counts as the same story for the boilerplate counts. */
const REPOST_SIMILARITY = 0.9;

export interface SyndicationInput {
  id: string;
  /** The article's body (no headline); its dateline, if any, at its start. */
  body: string;
  /** The body's paragraphs, when known; else the body is split at blank lines. */
  paragraphs?: readonly string[];
  /** The outlet that published this copy (`article.publisher`): the key of its boilerplate. */
  outlet?: string | null;
  /** The agency the story comes from (`article.origin`); else the dateline's last outlet, if any. */
  origin?: string | null;
  /** Publication date, ISO (`YYYY-MM-DD` or a full timestamp). */
  published?: string | null;
  /** The dateline text opening the body (`article.dateline.text`); else one is looked for. */
  dateline?: string | null;
}

export interface SyndicationResult {
  clusterId: string;
  /** The most similar earlier article, when this one is a copy of it. */
  duplicateOf?: string;
  /** Estimated Jaccard similarity with the most similar earlier candidate (0 when there is none). */
  similarity: number;
  /** Estimated containment of the smaller shingle set in the larger, for that candidate (0 when none). */
  containment: number;
  /** Paragraphs dropped as boilerplate of the outlet before hashing. */
  boilerplateRemoved: number;
  /** The article's MinHash signature and shingle count, to keep for a later run (`restore`). */
  signature: Uint32Array;
  shingles: number;
}

/** An article clustered in an earlier run, as `restore` takes it back. */
export interface RestoredMember {
  id: string;
  /** The id of its cluster, as the caller names clusters (a store's cluster id). */
  clusterId: string;
  signature: Uint32Array;
  shingles: number;
  outlet: string | null;
  origin: string | null;
  published: string | null;
}

export interface ClusterMember {
  id: string;
  outlet: string | null;
  origin: string | null;
  published: string | null;
  duplicateOf: string | null;
  similarity: number;
  /** Insertion number over the whole clusterer. */
  order: number;
}

export interface SyndicationCluster {
  /** The id of the cluster's first article. */
  id: string;
  members: ClusterMember[];
  /** The earliest copy: by published date (undated last), then insertion. */
  earliest: ClusterMember;
  /**
   * The agency the story comes from: the origin named by most copies, where an origin other than the
   * copy's own outlet (an agency named in an aggregator's dateline) counts twice and one equal to
   * it (an outlet's own story, "LONDON (BBC) -") once; ties go to the earliest copy naming one.
   */
  origin: string | null;
  /** Every distinct origin named by the copies, in order of first appearance. */
  origins: string[];
}

export interface SyndicationOptions {
  numPerm?: number;
  shingleSize?: number;
  seed?: number;
  bands?: number;
  rows?: number;
  /** Minimum estimated Jaccard similarity of a copy; 0.5 by default. */
  threshold?: number;
  /**
   * Minimum estimated containment of an excerpt copy (below the Jaccard threshold); 0.8 by default,
   * `false` to verify on Jaccard only.
   */
  containment?: number | false;
  /** Minimum Jaccard of an excerpt copy; 0.2 by default. */
  containmentMinJaccard?: number;
  /** Minimum shingles of the smaller text of an excerpt copy; 40 by default. */
  containmentMinShingles?: number;
  /** K: stories of one outlet a paragraph must occur in to be boilerplate; 3 by default. */
  minStories?: number;
  /** Update the boilerplate counts with each added article; true by default. */
  learnBoilerplate?: boolean;
  /** Look for a dateline at the start of the body when none is given; true by default. */
  detectDatelines?: boolean;
  /** A boilerplate model to start from (e.g. learnt over a corpus); a new one by default. */
  boilerplate?: BoilerplateModel;
}

interface ClusterState {
  id: string;
  members: ClusterMember[];
  earliest: ClusterMember;
}

/** Splits a body into paragraphs: at blank lines, else at line breaks. */
export function splitParagraphs(body: string): string[] {
  const blocks = body.split(/\n[ \t\r\f\v]*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  if (blocks.length > 1) return blocks;
  return body.split(/\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The clusterer input of an analysed article (`analyze()` or `annals analyze --format json`). */
export function inputFromAnalysis(result: AnalysisResult, id?: string): SyndicationInput {
  const articleId = id ?? result.id;
  if (articleId === undefined) throw new Error('the analysis result has no id: pass one');
  const { article, text } = result;
  return {
    id: articleId,
    body: article.body,
    paragraphs: article.bodySpans.map((s) => text.slice(s.start, s.end)),
    outlet: article.publisher,
    origin: article.origin,
    published: article.published,
    dateline: article.dateline?.text ?? null,
  };
}

function dateValue(published: string | null): number {
  if (!published) return Number.POSITIVE_INFINITY;
  const t = Date.parse(published);
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

function earlier(a: ClusterMember, b: ClusterMember): boolean {
  const da = dateValue(a.published);
  const db = dateValue(b.published);
  return da !== db ? da < db : a.order < b.order;
}

export class SyndicationClusterer {
  readonly hasher: MinHasher;
  readonly index: LshIndex;
  readonly boilerplate: BoilerplateModel;
  private readonly learn: boolean;
  private readonly detectDatelines: boolean;
  private readonly containment: number | false;
  private readonly containmentMinJaccard: number;
  private readonly containmentMinShingles: number;
  private readonly members = new Map<string, { member: ClusterMember; cluster: ClusterState; shingles: number }>();
  private readonly clusterStates = new Map<string, ClusterState>();
  private order = 0;

  constructor(options: SyndicationOptions = {}) {
    this.hasher = new MinHasher({
      numPerm: options.numPerm ?? DEFAULT_NUM_PERM,
      shingleSize: options.shingleSize ?? DEFAULT_SHINGLE_SIZE,
      ...(options.seed !== undefined && { seed: options.seed }),
    });
    this.index = new LshIndex({
      bands: options.bands ?? DEFAULT_BANDS,
      rows: options.rows ?? DEFAULT_ROWS,
      threshold: options.threshold ?? DEFAULT_THRESHOLD,
    });
    this.boilerplate = options.boilerplate ?? new BoilerplateModel({ minStories: options.minStories ?? DEFAULT_MIN_STORIES });
    this.learn = options.learnBoilerplate ?? true;
    this.detectDatelines = options.detectDatelines ?? true;
    this.containment = options.containment ?? 0.8;
    this.containmentMinJaccard = options.containmentMinJaccard ?? 0.2;
    this.containmentMinShingles = options.containmentMinShingles ?? 40;
  }

  get size(): number {
    return this.members.size;
  }

  /**
   * The paragraphs that are hashed for `input` (dateline cut, boilerplate of the outlet dropped),
   * the paragraphs before boilerplate removal, and the origin found in the dateline.
   */
  prepare(input: SyndicationInput): { paragraphs: string[]; hashed: string[]; removed: number; datelineOrigin: string | null } {
    const paragraphs = input.paragraphs ? input.paragraphs.map((p) => p.trim()).filter((p) => p.length > 0) : splitParagraphs(input.body);
    let datelineOrigin: string | null = null;
    const first = paragraphs[0];
    if (first !== undefined) {
      const given = input.dateline?.trim();
      if (given && first.startsWith(given)) {
        paragraphs[0] = first.slice(given.length);
      } else if (!given && this.detectDatelines) {
        const parsed = parseDateline(first, input.published ?? null);
        if (parsed && parsed.length < first.length) {
          paragraphs[0] = first.slice(parsed.length);
          datelineOrigin = parsed.outlets.at(-1) ?? null;
        }
      }
      paragraphs[0] = paragraphs[0]!.replace(/^[\s:–—-]+/u, '');
    }
    const { kept, removed } = this.boilerplate.strip(input.outlet, paragraphs);
    return { paragraphs, hashed: kept, removed: removed.length, datelineOrigin };
  }

  addArticle(input: SyndicationInput): SyndicationResult {
    if (this.members.has(input.id)) throw new Error(`article already added: ${input.id}`);
    const { paragraphs, hashed, removed, datelineOrigin } = this.prepare(input);
    const { shingles, signature } = this.hasher.sign(hashed.join('\n'));

    const outlet = input.outlet ?? null;
    const matches = shingles.length > 0 ? this.index.query(signature, this.index.threshold, true) : [];
    const best = matches[0];
    const containmentOf = (m: { id: string; similarity: number }) =>
      estimateContainment(m.similarity, shingles.length, this.members.get(m.id)!.shingles);
    // Matches are sorted by similarity: the first that passes is the most similar copy.
    const verified = matches.find((m) => {
      if (m.similarity >= this.index.threshold) return true;
      if (this.containment === false || m.similarity < this.containmentMinJaccard) return false;
      if (Math.min(shingles.length, this.members.get(m.id)!.shingles) < this.containmentMinShingles) return false;
      return containmentOf(m) >= this.containment;
    });
    const reported = verified ?? best;

    const member: ClusterMember = {
      id: input.id,
      outlet,
      origin: input.origin ?? datelineOrigin ?? null,
      published: input.published ?? null,
      duplicateOf: verified?.id ?? null,
      similarity: reported?.similarity ?? 0,
      order: this.order++,
    };
    let cluster: ClusterState;
    if (verified) {
      cluster = this.members.get(verified.id)!.cluster;
      cluster.members.push(member);
      if (earlier(member, cluster.earliest)) cluster.earliest = member;
    } else {
      cluster = { id: input.id, members: [member], earliest: member };
      this.clusterStates.set(cluster.id, cluster);
    }
    this.members.set(input.id, { member, cluster, shingles: shingles.length });
    if (shingles.length > 0) this.index.add(input.id, signature);

    if (this.learn && outlet !== null) {
      const repost = matches.some(
        (m) => m.similarity >= REPOST_SIMILARITY && this.members.get(m.id)?.member.outlet === outlet,
      );
      if (!repost) this.boilerplate.observe(outlet, paragraphs);
    }

    return {
      clusterId: cluster.id,
      ...(verified && { duplicateOf: verified.id }),
      similarity: member.similarity,
      containment: reported ? containmentOf(reported) : 0,
      boilerplateRemoved: removed,
      signature,
      shingles: shingles.length,
    };
  }

  /**
   * Takes back an article clustered in an earlier run (its signature kept in a store), so that its later
   * copies join its cluster. Its cluster is `clusterId`; the boilerplate counts are not changed (restore
   * them with the `boilerplate` option).
   */
  restore(input: RestoredMember): void {
    if (this.members.has(input.id)) throw new Error(`article already added: ${input.id}`);
    const member: ClusterMember = {
      id: input.id,
      outlet: input.outlet,
      origin: input.origin,
      published: input.published,
      duplicateOf: null,
      similarity: 0,
      order: this.order++,
    };
    let cluster = this.clusterStates.get(input.clusterId);
    if (cluster) {
      cluster.members.push(member);
      if (earlier(member, cluster.earliest)) cluster.earliest = member;
    } else {
      cluster = { id: input.clusterId, members: [member], earliest: member };
      this.clusterStates.set(cluster.id, cluster);
    }
    this.members.set(input.id, { member, cluster, shingles: input.shingles });
    if (input.shingles > 0) this.index.add(input.id, input.signature);
  }

  /** Adds an analysed article (see `inputFromAnalysis`). */
  addAnalysis(result: AnalysisResult, id?: string): SyndicationResult {
    return this.addArticle(inputFromAnalysis(result, id));
  }

  /** Counts a story of `outlet` in the boilerplate model without clustering it (a first corpus pass). */
  learnBoilerplate(outlet: string, body: string, paragraphs?: readonly string[]): void {
    this.boilerplate.observe(outlet, paragraphs ? [...paragraphs] : splitParagraphs(body));
  }

  private view(state: ClusterState): SyndicationCluster {
    const origins: string[] = [];
    const named = new Map<string, number>();
    for (const m of state.members) {
      if (m.origin === null) continue;
      if (!origins.includes(m.origin)) origins.push(m.origin);
      named.set(m.origin, (named.get(m.origin) ?? 0) + (m.origin !== m.outlet ? 2 : 1));
    }
    let origin: string | null = state.earliest.origin;
    if (named.size > 0) {
      const byTime = [...state.members].sort((a, b) => (earlier(a, b) ? -1 : earlier(b, a) ? 1 : 0));
      let bestCount = 0;
      for (const m of byTime) {
        const c = m.origin === null ? 0 : (named.get(m.origin) ?? 0);
        if (c > bestCount) {
          bestCount = c;
          origin = m.origin;
        }
      }
    }
    return { id: state.id, members: [...state.members], earliest: state.earliest, origin, origins };
  }

  /** The cluster with this id. */
  cluster(clusterId: string): SyndicationCluster | undefined {
    const state = this.clusterStates.get(clusterId);
    return state && this.view(state);
  }

  /** The cluster an added article belongs to. */
  clusterOf(articleId: string): SyndicationCluster | undefined {
    const entry = this.members.get(articleId);
    return entry && this.view(entry.cluster);
  }

  /** Every cluster, in order of creation; `minSize` 2 gives only the clusters with copies. */
  clusters(minSize = 1): SyndicationCluster[] {
    const out: SyndicationCluster[] = [];
    for (const state of this.clusterStates.values()) if (state.members.length >= minSize) out.push(this.view(state));
    return out;
  }
}
