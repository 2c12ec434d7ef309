// Resident memory of a process tree, read from /proc (Linux). `next start` runs the HTTP server in
// a child process, so the parent's RSS alone would miss the part that does the work.
import fs from "node:fs";

/** Direct and indirect children of `root`, found by scanning /proc/<pid>/stat parent ids. */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the command name (which may contain spaces) start at ") ": state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // The process ended while we were scanning.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** VmRSS of one process in bytes (0 when it is gone). */
export function processRss(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function processTreeRss(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + processRss(pid), 0);
}

export type RssSampler = { stop(): { peak: number; last: number; samples: number } };

/**
 * Samples the tree's RSS every `intervalMs` until stopped. The tree is discovered once (scanning
 * /proc every 50 ms would cost more than the reads) and again if one of its processes ends.
 */
export function sampleRss(root: number, intervalMs = 50): RssSampler {
  let pids = processTree(root);
  let peak = 0;
  let last = 0;
  let samples = 0;
  const sample = () => {
    const values = pids.map(processRss);
    if (values.some((v) => v === 0)) pids = processTree(root);
    last = values.reduce((a, b) => a + b, 0);
    peak = Math.max(peak, last);
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peak, last, samples };
    },
  };
}

export const mib = (bytes: number) => bytes / 1048576;
