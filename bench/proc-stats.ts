import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU and memory of a process and its descendants, read from Linux /proc (undefined elsewhere).
 * The whole tree counts, so a start command that forks its real server is measured too.
 */
export interface ProcStats {
  /** user + system CPU seconds so far, summed over the tree. */
  cpuSeconds: number;
  /** Resident set now (VmRSS), summed over the tree, in MB. */
  rssMb: number;
  /** Peak resident set (VmHWM) of the largest process in the tree, in MB. */
  peakRssMb: number;
}

const TICKS_PER_SECOND = 100;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** [ppid, utime + stime in ticks] from /proc/<pid>/stat. */
function statOf(pid: number): [number, number] | undefined {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return undefined;
  // Fields after "pid (comm) ": state ppid … utime(14) stime(15), counted from 1 over the whole line.
  const fields = text.slice(text.lastIndexOf(') ') + 2).split(' ');
  return [Number(fields[1]), Number(fields[11]) + Number(fields[12])];
}

/** `pid` and every process whose ancestry leads to it. */
export function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (!stat) continue;
    const list = parents.get(stat[0]) ?? [];
    list.push(Number(name));
    parents.set(stat[0], list);
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) out.push(...(parents.get(out[i]!) ?? []));
  return out;
}

function kb(status: string, field: string): number {
  const m = new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status);
  return m ? Number(m[1]) : 0;
}

export function procStats(pid: number | undefined): ProcStats | undefined {
  if (pid === undefined || read(`/proc/${pid}/stat`) === undefined) return undefined;
  let ticks = 0;
  let rssKb = 0;
  let peakKb = 0;
  for (const p of processTree(pid)) {
    const stat = statOf(p);
    const status = read(`/proc/${p}/status`);
    if (!stat || !status) continue;
    ticks += stat[1];
    rssKb += kb(status, 'VmRSS');
    peakKb = Math.max(peakKb, kb(status, 'VmHWM'));
  }
  return { cpuSeconds: ticks / TICKS_PER_SECOND, rssMb: rssKb / 1024, peakRssMb: peakKb / 1024 };
}

/** Samples the tree's resident set every `everyMs` until stopped; `stop()` gives the largest seen. */
export function sampleRss(pid: number | undefined, everyMs = 250): { stop(): number | undefined } {
  let max: number | undefined;
  const take = () => {
    const s = procStats(pid);
    if (s) max = Math.max(max ?? 0, s.rssMb, s.peakRssMb);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return max;
    },
  };
}

/** Busy and total CPU seconds of the whole machine so far (Linux /proc/stat), to see load from other processes. */
export function machineCpu(): { busy: number; total: number } | undefined {
  const text = read('/proc/stat');
  if (!text) return undefined;
  const f = text.split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
  const idle = f[3]! + f[4]!;
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

/**
 * A meter over a stretch of time: the machine's busy CPU, and what the benchmark's own processes
 * (`pids` trees and this process) used of it; the rest is other load on a shared machine.
 */
export function cpuMeter(pids: () => (number | undefined)[]): { stop(): { wallS: number; machineBusyS: number; oursS: number; othersS: number } | undefined } {
  const ours = () => pids().reduce<number>((sum, pid) => sum + (procStats(pid)?.cpuSeconds ?? 0), 0) + (process.cpuUsage().user + process.cpuUsage().system) / 1e6;
  const m0 = machineCpu();
  const o0 = ours();
  const t0 = Date.now();
  return {
    stop() {
      const m1 = machineCpu();
      if (!m0 || !m1) return undefined;
      const machineBusyS = m1.busy - m0.busy;
      const oursS = ours() - o0;
      return { wallS: (Date.now() - t0) / 1000, machineBusyS, oursS, othersS: Math.max(0, machineBusyS - oursS) };
    },
  };
}
