import { readFileSync } from 'node:fs';
import type { Result } from 'ioredis';
import { OUTBOX_ID_TTL_MS, OUTBOX_LUA_LIB } from '../outbox/outbox-lua.ts';
import type { RedisClient } from '../store/create-redis.ts';
import type { IncidentRules } from './incident-rules.ts';
import {
  API_SERVER_SYMPTOMS,
  LOCAL_DEVICE_BRANCHES,
  PLACE_MILESTONES,
  REPORTER_MILESTONES,
  TIMELINE_LIMIT,
  UPSTREAM_BRANCHES,
  UPSTREAM_SURFACES,
  UPSTREAM_SYMPTOMS,
} from './incident-rules.ts';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    c500Aggregate(baseKey: string, argsJson: string): Result<string, Context>;
  }
}

const PARTS = ['1-common.lua', '2-windows.lua', '3-incidents.lua', '4-ops.lua'];

/**
 * The aggregation script: the outbox helpers, then the four parts in lua/, in order (they share
 * locals, so one chunk).
 */
export const AGGREGATION_LUA = [OUTBOX_LUA_LIB, ...PARTS.map((part) => readFileSync(new URL(`./lua/${part}`, import.meta.url), 'utf8'))].join('\n');

/** The policy tables the script applies (the same constants the memory aggregator uses). */
export const AGGREGATION_POLICY = {
  localDevice: LOCAL_DEVICE_BRANCHES,
  apiServer: API_SERVER_SYMPTOMS,
  upstreamSurfaces: UPSTREAM_SURFACES,
  upstreamSymptoms: UPSTREAM_SYMPTOMS,
  upstreamBranches: UPSTREAM_BRANCHES,
  reporterMilestones: REPORTER_MILESTONES,
  placeMilestones: PLACE_MILESTONES,
  timelineLimit: TIMELINE_LIMIT,
};

/** Registers the script (EVALSHA with a fallback to EVAL, as ioredis does) on this client. */
export function defineAggregationCommand(redis: RedisClient): void {
  redis.defineCommand('c500Aggregate', { numberOfKeys: 1, lua: AGGREGATION_LUA });
}

/** Runs one operation; `ids` are fresh incident ids for what it may open. The reply is the script's JSON `{result, changes}`. */
export async function runAggregation(redis: RedisClient, baseKey: string, rules: IncidentRules, now: number, op: string, args: object, ids: string[]): Promise<unknown> {
  const json = JSON.stringify({ ...args, op, now, rules, policy: AGGREGATION_POLICY, ids, obTtl: OUTBOX_ID_TTL_MS });
  return JSON.parse(await redis.c500Aggregate(baseKey, json)) as unknown;
}
