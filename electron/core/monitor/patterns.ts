import type { AttemptRecord } from '../../../shared/model/attempt';
import type { FindingInstance, TextParams } from '../../../shared/model/report';

/**
 * Pattern findings over a target's attempt history: the guide's "watch the logs" advice
 * (reconnects that keep rising, connect-then-drop, slow reconnects) made into rules. Pure
 * functions: the monitor calls them on every batch, the tests call them on made-up histories.
 */

export const MONITOR_STEP = 'monitor';

export interface PatternContext {
  /** Now, epoch ms. */
  now: number;
  /** The keepalive the client uses, seconds. */
  keepaliveS: number;
  /** Only attempts newer than this window count (default 10 minutes). */
  windowMs?: number;
  /** The session open right now, if any (it has no record yet: records are written when it ends). */
  current?: { connectedAt: number; attempt: number; messages?: number };
  /** Tuning, for tests and the UI; defaults below. */
  thresholds?: Partial<PatternThresholds>;
}

export interface PatternThresholds {
  /** A session shorter than this after its CONNACK counts as "dropped right after connecting". */
  conflictSessionMs: number;
  /** How many such drops make a pattern. */
  conflictMinDrops: number;
  /** Network failures in the window that make a pattern. */
  networkMinFailures: number;
  /** Connected attempts that form the target's own baseline. */
  slowMinBaseline: number;
  /** Recent connects compared with it. */
  slowRecent: number;
  /** Recent median above baseline × this (and at least slowMinExtraMs more) is slow. */
  slowFactor: number;
  slowMinExtraMs: number;
  /** Sessions needed to call their length regular. */
  idleMinSessions: number;
  /** How far from the median a session may end and still be "regular" (fraction). */
  idleTolerance: number;
  /** Sessions that last this long with no trouble make the connection stable. */
  stableMinMs: number;
}

export const DEFAULT_THRESHOLDS: PatternThresholds = {
  conflictSessionMs: 5000,
  conflictMinDrops: 3,
  networkMinFailures: 3,
  slowMinBaseline: 3,
  slowRecent: 3,
  slowFactor: 3,
  slowMinExtraMs: 200,
  idleMinSessions: 3,
  idleTolerance: 0.2,
  stableMinMs: 10_000,
};

const NETWORK_OUTCOMES = new Set(['network_error', 'dns_error', 'timeout', 'closed', 'tls_error']);
/** MQTT 5 reason 0x8E: the broker closed this session because another took the same client id. */
export const SESSION_TAKEN_OVER = 0x8e;
const AUTH_CODES = new Set([4, 5, 0x86, 0x87, 0x8c]);

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

const finding = (id: string, params: TextParams): FindingInstance => ({ id, step: MONITOR_STEP, params });

/** How a session ended: the broker said why, or the socket just went away. */
function endedByPeerClose(r: AttemptRecord): boolean {
  return r.outcome === 'connected' && r.sessionMs !== undefined && r.endReason === 'closed' && r.disconnectCode === undefined;
}
function endedByTakeover(r: AttemptRecord): boolean {
  return r.disconnectCode === SESSION_TAKEN_OVER;
}
/** Sessions that ended without the broker saying why and without us asking (reset, silent close, ping lost). */
function endedUnexplained(r: AttemptRecord): boolean {
  return r.outcome === 'connected' && r.sessionMs !== undefined && r.endReason !== undefined && r.endReason !== 'stopped' && r.disconnectCode === undefined;
}

export function clientIdConflict(history: AttemptRecord[], t: PatternThresholds): FindingInstance | undefined {
  const takeovers = history.filter(endedByTakeover);
  const quickDrops = history.filter((r) => endedByPeerClose(r) && (r.sessionMs as number) < t.conflictSessionMs);
  if (takeovers.length === 0 && quickDrops.length < t.conflictMinDrops) return undefined;
  const drops = [...takeovers, ...quickDrops];
  const last = drops[drops.length - 1] as AttemptRecord;
  return finding('monitor.client_id_conflict', {
    clientId: last.clientId,
    drops: drops.length,
    takeovers: takeovers.length,
    medianSessionS: Math.round(median(drops.map((r) => r.sessionMs ?? 0)) / 100) / 10,
  });
}

export function networkUnstable(history: AttemptRecord[], t: PatternThresholds): FindingInstance | undefined {
  const failures = history.filter((r) => NETWORK_OUTCOMES.has(r.outcome));
  let streak = 0;
  for (let i = history.length - 1; i >= 0 && NETWORK_OUTCOMES.has((history[i] as AttemptRecord).outcome); i--) streak++;
  // The guide's "reconnect attempts keep rising": failures pile up, or the latest ones all failed.
  if (failures.length < t.networkMinFailures && streak < t.networkMinFailures) return undefined;
  const codes = [...new Set(failures.map((r) => r.errorCode ?? r.outcome))].slice(0, 4).join(', ');
  return finding('monitor.network_unstable', { failures: failures.length, attempts: history.length, streak, codes });
}

/** `all` may reach further back than the window: the older connects are the target's baseline. */
export function brokerSlow(history: AttemptRecord[], t: PatternThresholds, all: readonly AttemptRecord[] = history): FindingInstance | undefined {
  const isConnect = (r: AttemptRecord): boolean => r.outcome === 'connected' && r.phases.connackMs !== undefined;
  const connects = history.filter(isConnect);
  if (connects.length < t.slowRecent) return undefined;
  const recentSet = new Set(connects.slice(-t.slowRecent));
  const recent = [...recentSet].map((r) => r.phases.connackMs as number);
  const baseline = all.filter((r) => isConnect(r) && !recentSet.has(r)).map((r) => r.phases.connackMs as number);
  if (baseline.length < t.slowMinBaseline) return undefined;
  const base = median(baseline);
  const now = median(recent);
  if (now < base * t.slowFactor || now - base < t.slowMinExtraMs) return undefined;
  return finding('monitor.broker_slow', { recentMs: Math.round(now), baselineMs: Math.round(base), factor: Math.round((now / Math.max(base, 0.1)) * 10) / 10 });
}

export function idleTimeout(history: AttemptRecord[], keepaliveS: number, t: PatternThresholds): FindingInstance | undefined {
  const sessions = history.filter(endedUnexplained).filter((r) => (r.idleMs ?? r.sessionMs ?? 0) >= 500);
  if (sessions.length < t.idleMinSessions) return undefined;
  const idle = sessions.map((r) => r.idleMs ?? (r.sessionMs as number));
  const m = median(idle);
  const regular = idle.filter((x) => Math.abs(x - m) <= Math.max(m * t.idleTolerance, 300));
  if (regular.length < t.idleMinSessions || regular.length < sessions.length * 0.75) return undefined;
  // A keepalive shorter than the cut keeps the line busy: send a PINGREQ well before it.
  if (m >= keepaliveS * 1000) return undefined;
  const intervalS = Math.round(m / 100) / 10;
  return finding('monitor.idle_timeout', { intervalS, sessions: regular.length, keepaliveS, suggestedKeepaliveS: Math.max(1, Math.floor((m / 1000) * 0.5)) });
}

export function authFailing(history: AttemptRecord[]): FindingInstance | undefined {
  const refusals = history.filter((r) => r.outcome === 'refused');
  if (refusals.length === 0) return undefined;
  const last = history[history.length - 1] as AttemptRecord;
  // One old refusal followed by good connects is history, not a pattern.
  if (last.outcome !== 'refused' && refusals.length < 2) return undefined;
  const code = refusals[refusals.length - 1]?.connackCode ?? -1;
  return finding('monitor.auth_failing', { refusals: refusals.length, code, credentials: AUTH_CODES.has(code) ? 'yes' : 'no' });
}

/**
 * Every pattern the history shows. `monitor.stable` only when nothing else is wrong and a
 * session has held (or holds now) long enough to say so.
 */
export function detectPatterns(all: readonly AttemptRecord[], ctx: PatternContext): FindingInstance[] {
  const t = { ...DEFAULT_THRESHOLDS, ...ctx.thresholds };
  const since = ctx.now - (ctx.windowMs ?? 10 * 60_000);
  const history = all.filter((r) => Date.parse(r.at) >= since);
  if (history.length === 0 && !ctx.current) return [];
  const out: FindingInstance[] = [];
  const conflict = history.length ? clientIdConflict(history, t) : undefined;
  const push = (f: FindingInstance | undefined): void => {
    if (f) out.push(f);
  };
  push(conflict);
  push(history.length ? authFailing(history) : undefined);
  push(history.length ? networkUnstable(history, t) : undefined);
  // Quick drops at a regular pace are a conflict, not an idle cut; say one thing, not two.
  if (!conflict) push(history.length ? idleTimeout(history, ctx.keepaliveS, t) : undefined);
  push(history.length ? brokerSlow(history, t, all.filter((r) => Date.parse(r.at) <= ctx.now)) : undefined);
  if (out.length === 0) {
    const uptimeMs = ctx.current ? ctx.now - ctx.current.connectedAt : 0;
    const longest = Math.max(0, ...history.map((r) => r.sessionMs ?? 0));
    if (uptimeMs >= t.stableMinMs || longest >= t.stableMinMs) {
      const connects = history.filter((r) => r.outcome === 'connected');
      const connackMs = connects.map((r) => r.phases.connackMs).filter((x): x is number => x !== undefined);
      out.push(
        finding('monitor.stable', {
          uptimeS: Math.round(uptimeMs / 1000),
          attempts: history.length + (ctx.current ? 1 : 0),
          failures: history.filter((r) => r.outcome !== 'connected').length,
          medianConnackMs: connackMs.length ? Math.round(median(connackMs) * 10) / 10 : 0,
        }),
      );
    }
  }
  return out;
}
