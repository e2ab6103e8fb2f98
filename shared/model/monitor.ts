import { z } from 'zod';
import { AttemptRecord } from './attempt';
import { FindingInstance } from './report';

export const MonitorPhase = z.enum(['connecting', 'connected', 'offline', 'reconnecting', 'stopped']);
export type MonitorPhase = z.infer<typeof MonitorPhase>;

export const MonitorState = z.object({
  phase: MonitorPhase,
  /** Attempt number of the current (or last) attempt, 1 = first connect. */
  attempt: z.number(),
  /** While offline: how long until the next attempt. */
  nextDelayMs: z.number().optional(),
  /** Epoch ms of the CONNACK of the open session. */
  connectedAt: z.number().optional(),
  /** Granted QoS of the topic subscription (128 = refused), once known. */
  subscription: z.object({ topic: z.string(), granted: z.number() }).optional(),
});
export type MonitorState = z.infer<typeof MonitorState>;

export const MessageSample = z.object({ at: z.number(), topic: z.string(), bytes: z.number(), preview: z.string() });
export type MessageSample = z.infer<typeof MessageSample>;

/** Message flow on the watched topic, as totals and the rate over the last batch. */
export const MessageFlow = z.object({
  messages: z.number(),
  bytes: z.number(),
  ratePerS: z.number(),
  bytesPerS: z.number(),
  /** ms since the last message, or null before the first. */
  sinceLastMs: z.number().nullable(),
  /** The newest few messages, bounded, previews cut short. */
  sample: z.array(MessageSample),
});
export type MessageFlow = z.infer<typeof MessageFlow>;

/**
 * One batched update of the live monitor: whatever the message rate, the core sends at most
 * ten of these a second, each carrying counts, the attempts finished since the last one and a
 * bounded sample.
 */
export const MonitorBatch = z.object({
  monitorId: z.string(),
  at: z.number(),
  target: z.string(),
  clientId: z.string(),
  state: MonitorState,
  /** Attempts that ended since the previous batch (as the attempt log records them). */
  attempts: z.array(AttemptRecord),
  flow: MessageFlow,
  /** The pattern findings over the history so far (replaces the previous list). */
  findings: z.array(FindingInstance),
  /** Set when the attempt log could not be written. */
  logError: z.string().optional(),
  /** The last batch of a monitor that stopped. */
  final: z.boolean().optional(),
});
export type MonitorBatch = z.infer<typeof MonitorBatch>;
