import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { OUTBOX_ID_TTL_MS, OUTBOX_LUA_LIB } from '../outbox/outbox-lua.ts';
import { CONVERSATION_LUA_LIB } from '../store/redis-conversation-store.ts';
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

const PARTS = ['1-common.lua', '2-windows.lua', '3-incidents.lua', '4-ops.lua'];

/**
 * The aggregation script: the outbox and conversation helpers, then the four parts in lua/, in
 * order (they share locals, so one chunk).
 */
export const AGGREGATION_LUA = [OUTBOX_LUA_LIB, CONVERSATION_LUA_LIB, ...PARTS.map((part) => readFileSync(new URL(`./lua/${part}`, import.meta.url), 'utf8'))].join('\n');

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

interface CompiledScript {
  lua: string;
  sha: string;
}

/**
 * One script per set of rules: the rules and the policy tables are part of its text, not of every
 * call's arguments. Found by the rules' own JSON (five numbers), so a call does not serialize the
 * policy tables again to find its script (the tables and the outbox TTL are constants).
 */
const compiled = new Map<string, CompiledScript>();
const byRules = new WeakMap<IncidentRules, CompiledScript>();

/**
 * The script for these rules: a first line that holds the rules, the policy tables and the outbox
 * TTL as JSON (a Lua long string), then the script. Each distinct set of rules is its own script
 * (one per process in practice), cached by Redis under its SHA-1.
 */
export function aggregationScript(rules: IncidentRules): CompiledScript {
  // The same rules object (a store keeps one from the config) finds its script without its JSON.
  const known = byRules.get(rules);
  if (known) return known;
  const key = JSON.stringify(rules);
  let script = compiled.get(key);
  if (!script) {
    const config = JSON.stringify({ rules, policy: AGGREGATION_POLICY, obTtl: OUTBOX_ID_TTL_MS });
    const lua = `local CONFIG = cjson.decode([==[${config}]==])\n${AGGREGATION_LUA}`;
    script = { lua, sha: createHash('sha1').update(lua).digest('hex') };
    compiled.set(key, script);
  }
  // Only a frozen rules object can be remembered by identity: one changed later must be looked up by its JSON again.
  if (Object.isFrozen(rules)) byRules.set(rules, script);
  return script;
}

/**
 * Runs one operation; `ids` are fresh incident ids for what it may open; `texts` go as ARGV[2..]
 * as they are (JSON documents the script stores or enqueues, not escaped again). EVALSHA, and EVAL when
 * the server does not have the script (a restart, a failover, a new node). The reply is the
 * script's JSON `{result, changes}`, parsed, for the caller to check.
 */
export async function runAggregation(
  redis: RedisClient,
  baseKey: string,
  rules: IncidentRules,
  now: number,
  op: string,
  args: object,
  ids: string[],
  texts: string[] = [],
): Promise<unknown> {
  const script = aggregationScript(rules);
  const json = JSON.stringify({ ...args, op, now, ids });
  let reply: unknown;
  try {
    reply = await redis.evalsha(script.sha, 1, baseKey, json, ...texts);
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
    reply = await redis.eval(script.lua, 1, baseKey, json, ...texts);
  }
  if (typeof reply !== 'string') return reply;
  return JSON.parse(reply) as unknown;
}
