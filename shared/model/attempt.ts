import { z } from 'zod';

/**
 * How one connection attempt ended. `refused`: the broker answered CONNACK with a refusal;
 * `closed`: the socket closed before any CONNACK; `timeout`: no CONNACK in time;
 * `protocol_error`: the peer answered, but not in MQTT.
 */
export const AttemptOutcome = z.enum([
  'connected',
  'refused',
  'dns_error',
  'network_error',
  'tls_error',
  'timeout',
  'closed',
  'protocol_error',
  'cancelled',
]);
export type AttemptOutcome = z.infer<typeof AttemptOutcome>;

export const AttemptPhases = z.object({
  dnsMs: z.number().optional(),
  tcpMs: z.number().optional(),
  tlsMs: z.number().optional(),
  connackMs: z.number().optional(),
  totalMs: z.number(),
});
export type AttemptPhases = z.infer<typeof AttemptPhases>;

/**
 * One connection attempt as the local attempt log keeps it (JSON Lines, one per attempt).
 * Nothing secret: the target is host:port, never credentials.
 */
export const AttemptRecord = z.object({
  v: z.literal(1),
  id: z.string(),
  at: z.string(),
  source: z.enum(['wizard', 'cli', 'monitor']),
  target: z.string(),
  clientId: z.string(),
  mqttVersion: z.enum(['3.1.1', '5']),
  address: z.string().optional(),
  outcome: AttemptOutcome,
  phases: AttemptPhases,
  /** CONNACK return code (3.1.1) or reason code (5). */
  connackCode: z.number().optional(),
  /** Errno or library error code (ECONNREFUSED, CERT_HAS_EXPIRED …). */
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  /** Filled by the monitor when a session that had connected ends. */
  sessionMs: z.number().optional(),
  /** How the session ended: DISCONNECT reason code, keepalive timeout, close with no reason. */
  endReason: z.string().optional(),
  disconnectCode: z.number().optional(),
  /** Reconnect attempt number, for the monitor (1 = first connect). */
  attempt: z.number().optional(),
  /** Monitor: how long the session had received nothing when it ended (an idle cut's interval). */
  idleMs: z.number().optional(),
  /** Monitor: the delay it waited before this attempt (its reconnect backoff). */
  delayMs: z.number().optional(),
  /** Monitor: messages received on the topic during the session. */
  messages: z.number().optional(),
});
export type AttemptRecord = z.infer<typeof AttemptRecord>;
