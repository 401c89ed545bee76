import { hostname } from 'node:os';
import { randomBytes, createHash } from 'node:crypto';

// Ingest claims: before analysing an input, an ingest process claims it in the store by a key of its
// content. The claim is an INSERT on a primary key, so of several processes sharing one database
// (SQLite on one machine, PostgreSQL on several) exactly one gets it; the save that stores the article
// marks the claim done in the same transaction. A process killed mid-way leaves claims not done: the
// next run on the same machine drops those of processes that no longer exist, and any process takes
// over a claim older than the lease.

/** A claim not done after this long is taken to be abandoned (an ingest on another machine died). */
export const DEFAULT_LEASE_SECONDS = 600;
/** Signatures taken back into the clusterer at the start of an ingest: copies appear within days of their story. */
export const DEFAULT_SIGNATURE_LIMIT = 200_000;

/** This process's owner name: host, process id and a random part (process ids are reused). */
export function claimOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** True when `owner` is a process of this machine that no longer runs. */
export function isGoneLocalOwner(owner: string): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** The claim key of an input record: a hash of everything that makes its analysis. */
export function inputKey(input: { text?: string; html?: string; title?: string; url?: string; date?: string }): string {
  const parts = [input.url ?? '', input.title ?? '', input.date ?? '', input.text ?? '', input.html ?? ''];
  return createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex');
}
