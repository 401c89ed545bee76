import type { Store, StoredSignature } from '../store/types.js';
import { BoilerplateModel, SyndicationClusterer } from '../cluster/index.js';

export const BOILERPLATE_SETTING = 'cluster.boilerplate';
/** Followed by the feed's URL. */
export const FEED_STATE_SETTING = 'feed.state:';

/**
 * The syndication clusterer of an ingest, kept in step with the store: it starts with what earlier
 * ingests clustered (their kept signatures, the outlets' boilerplate counts) and, before each decision,
 * takes in what other ingests sharing the store have saved since, so that copies join stored stories.
 */
export class StoreClusterer extends SyndicationClusterer {
  /** Clusterer cluster ids → store cluster ids, and back. */
  private readonly toStore = new Map<string, number>();
  private readonly fromStore = new Map<number, string>();
  /** Articles this ingest saved (already in the clusterer under their input names). */
  private readonly own = new Set<number>();
  private lastSeen = 0;

  static async open(store: Store): Promise<StoreClusterer> {
    const state = await store.getSetting(BOILERPLATE_SETTING);
    const clusterer = new StoreClusterer(state ? { boilerplate: BoilerplateModel.fromJSON(JSON.parse(state)) } : {});
    clusterer.take(await store.signatures());
    return clusterer;
  }

  private take(signatures: StoredSignature[]): void {
    for (const s of signatures) {
      this.lastSeen = Math.max(this.lastSeen, s.articleId);
      if (s.clusterId === null || this.own.has(s.articleId)) continue;
      let key = this.fromStore.get(s.clusterId);
      if (key === undefined) {
        key = `stored-cluster:${s.clusterId}`;
        this.link(key, s.clusterId);
      }
      this.restore({ id: `stored-article:${s.articleId}`, clusterId: key, signature: s.signature, shingles: s.shingles, outlet: s.publisher, origin: s.origin, published: s.published });
    }
  }

  private link(key: string, id: number): void {
    this.toStore.set(key, id);
    if (!this.fromStore.has(id)) this.fromStore.set(id, key);
  }

  async catchUp(store: Store): Promise<void> {
    this.take(await store.signatures({ after: this.lastSeen }));
  }

  /** The store's id of a clusterer cluster; undefined until an article of it is saved. */
  storeClusterId(key: string): number | undefined {
    return this.toStore.get(key);
  }

  /** An article of cluster `key` was saved (in store cluster `clusterId`). */
  saved(articleId: number, key: string, clusterId: number | null): void {
    this.own.add(articleId);
    if (clusterId !== null && !this.toStore.has(key)) this.link(key, clusterId);
  }
}
