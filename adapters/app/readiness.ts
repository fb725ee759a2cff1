import type { Logger } from '../../src/logger.ts';

/** One dependency's answer to "can this process serve?". */
export interface CheckResult {
  ok: boolean;
  /** A short word for people and dashboards, e.g. "reachable", "fresh", "stale", "never_read". */
  state?: string;
  detail?: string;
}

/** A named readiness check: the store's ping, the status reader's state, … (passed in). */
export interface ReadinessCheck {
  name: string;
  check: () => CheckResult | Promise<CheckResult>;
}

export interface ReadinessReport {
  ok: boolean;
  checks: Record<string, CheckResult>;
}

/**
 * Runs every check in parallel, each bounded by `timeoutMs`. A check that throws or times out
 * counts as not ok; a thrown error is logged, and the answer only says that the check failed (an
 * error's text may quote internals; checks that can say more return a CheckResult instead).
 */
export async function runReadinessChecks(
  checks: readonly ReadinessCheck[],
  options: { logger: Logger; timeoutMs?: number },
): Promise<ReadinessReport> {
  const timeoutMs = options.timeoutMs ?? 2000;
  const results = await Promise.all(checks.map((c) => runOne(c, timeoutMs, options.logger)));
  const report: ReadinessReport = { ok: results.every((r) => r.ok), checks: {} };
  checks.forEach((c, i) => (report.checks[c.name] = results[i]!));
  return report;
}

async function runOne(c: ReadinessCheck, timeoutMs: number, logger: Logger): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, state: 'timeout', detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    return await Promise.race([Promise.resolve().then(c.check), timeout]);
  } catch (error) {
    logger.warn({ err: error, check: c.name }, 'readiness check failed');
    return { ok: false, state: 'error', detail: `${c.name}: the check failed (the log says why)` };
  } finally {
    clearTimeout(timer);
  }
}
