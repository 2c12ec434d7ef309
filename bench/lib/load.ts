// Concurrent load on one URL with autocannon. Latencies come from autocannon's per-response event
// (every response's time, in ms), so p95 is computed exactly from all samples; autocannon's own
// summary only offers p97.5/p99 and counts only 2xx responses.
import autocannon from "autocannon";
import { sampleRss } from "./memory";

export type LoadTarget = {
  name: string;
  path: string;
  /** Cookie header (the session), or none for public URLs. */
  cookie?: string;
  /** Other request headers, e.g. Authorization for /api/v1. */
  headers?: Record<string, string>;
};

const headersOf = (target: LoadTarget): Record<string, string> => ({ ...(target.headers ?? {}), ...(target.cookie ? { cookie: target.cookie } : {}) });

export type LoadResult = {
  name: string;
  path: string;
  connections: number;
  durationS: number;
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  meanBytes: number;
  peakServerRssMiB: number | null;
  /** Raw latencies, kept so that floors measured twice can be pooled. Not written to JSON. */
  samples: number[];
};

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean,
  };
}

/**
 * Loads the target for at least `durationS` seconds and at least `minResponses` responses (a slow
 * page needs longer for its percentiles to mean anything), but never longer than `maxDurationS`.
 */
export async function runLoad(
  baseUrl: string,
  target: LoadTarget,
  options: { connections: number; durationS: number; minResponses?: number; maxDurationS?: number; serverPid?: number },
): Promise<LoadResult> {
  const minResponses = options.minResponses ?? 0;
  const maxDurationS = Math.max(options.durationS, options.maxDurationS ?? options.durationS);
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const sampler = options.serverPid ? sampleRss(options.serverPid) : null;
  const result = await new Promise<{ errors: number; timeouts: number; duration: number }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl + target.path,
        connections: options.connections,
        duration: maxDurationS,
        timeout: 30,
        headers: headersOf(target),
      },
      (error, r) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(r);
      },
    );
    let minimumTimeDone = false;
    const stopIfEnough = () => {
      if (minimumTimeDone && samples.length >= minResponses) instance.stop();
    };
    const timer = setTimeout(() => {
      minimumTimeDone = true;
      stopIfEnough();
    }, options.durationS * 1000);
    instance.on("response", (_client, status, resBytes, ms) => {
      samples.push(ms);
      statuses[status] = (statuses[status] ?? 0) + 1;
      bytes += resBytes;
      stopIfEnough();
    });
  });
  const memory = sampler?.stop();
  return {
    name: target.name,
    path: target.path,
    connections: options.connections,
    durationS: result.duration,
    requests: samples.length,
    reqPerSec: samples.length / result.duration,
    latencyMs: summarize(samples),
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    meanBytes: samples.length ? bytes / samples.length : 0,
    peakServerRssMiB: memory ? memory.peak / 1048576 : null,
    samples,
  };
}

/**
 * Waits until the server answers `path` promptly again: after a load run it is still working
 * through requests that were queued when the client stopped, and the next run must not pay for
 * them. Returns the seconds waited.
 */
export async function settle(baseUrl: string, fastMs = 100, path = "/api/health", maxWaitS = 180): Promise<number> {
  const started = Date.now();
  let fastInARow = 0;
  while (fastInARow < 3 && Date.now() - started < maxWaitS * 1000) {
    const t = performance.now();
    await (await fetch(baseUrl + path)).arrayBuffer();
    fastInARow = performance.now() - t < fastMs ? fastInARow + 1 : 0;
    if (fastInARow === 0) await new Promise((r) => setTimeout(r, 250));
  }
  return (Date.now() - started) / 1000;
}

/** Median time of sequential requests to an idle server: what "prompt" means on this machine now. */
export async function idleLatency(baseUrl: string, path = "/api/health", n = 15): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await (await fetch(baseUrl + path)).arrayBuffer();
    times.push(performance.now() - t);
  }
  return summarize(times).p50;
}

/** One request to check the target answers what we think before loading it. */
export async function probe(baseUrl: string, target: LoadTarget): Promise<{ status: number; body: string; location: string | null }> {
  const res = await fetch(baseUrl + target.path, {
    redirect: "manual",
    headers: headersOf(target),
  });
  return { status: res.status, body: await res.text(), location: res.headers.get("location") };
}
