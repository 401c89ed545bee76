import { DEFAULT_TIMEOUT_MS } from '../parallel.js';

/** A mistake in the command line itself: reported as one line, exit status 2. */
export class UsageError extends Error {}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };

/** "10MB", "500kb", "1048576" → bytes. */
export function parseSize(value: string, option: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined || Number(m[1]) <= 0) throw new UsageError(`${option} takes a size such as 10MB, 500KB or 1048576, not "${value}"`);
  return Math.floor(Number(m[1]) * unit);
}

/** `--timeout 30` (seconds) → milliseconds; 0 is no limit. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIMEOUT_MS;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|ms)?\s*$/.exec(value);
  if (!m) throw new UsageError(`--timeout takes a number of seconds such as 30 (0 for no limit), not "${value}"`);
  return Math.round(Number(m[1]) * (m[2] === 'ms' ? 1 : 1000));
}
