import { z } from 'zod';
import { RunEvent } from '../model/report';
import { TargetInput } from '../model/target';
import { StatsdSinkEvent, StatsdSinkStartReply, StatsdSinkStartRequest } from '../model/statsd';
import { isLang } from '../model/localized';
import { AttemptOutcome, AttemptRecord } from '../model/attempt';
import { MonitorBatch } from '../model/monitor';
import { EVENT_CHANNEL_NAMES, INVOKE_CHANNEL_NAMES, isEventChannel, isInvokeChannel, type EventChannelName, type InvokeChannelName } from './channels';

/**
 * The one IPC contract. Every channel is declared here once: request/reply channels in
 * `invokeChannels`, main→renderer events in `eventChannels`. Electron main binds handlers to this
 * table, preload exposes exactly these names, and the e2e bridge carries the same table over a
 * WebSocket. Payloads are validated with these schemas at the boundary.
 */
export const LangSchema = z.custom<'es' | 'en'>(isLang, { message: 'lang must be "es" or "en"' });

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  transport: z.enum(['electron', 'bridge']),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The service's session settings the monitor copies; the guide's values by default. */
export const MonitorSettingsSchema = z
  .object({
    keepaliveS: z.number().int().min(1).max(65535).optional(),
    cleanSession: z.boolean().optional(),
    backoffMinMs: z.number().int().min(100).max(3_600_000).optional(),
    backoffMaxMs: z.number().int().min(100).max(3_600_000).optional(),
    maxInflight: z.number().int().min(1).max(65535).optional(),
    qos: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  })
  .strict();

export const AttemptQuerySchema = z
  .object({
    since: z.string().optional(),
    until: z.string().optional(),
    target: z.string().max(300).optional(),
    outcome: z.array(AttemptOutcome).optional(),
    source: z.enum(['wizard', 'cli', 'monitor']).optional(),
    limit: z.number().int().min(1).max(200_000).optional(),
  })
  .strict();

export const BadLineSchema = z.object({ file: z.string(), line: z.number(), kind: z.enum(['torn', 'invalid']), bytes: z.number() });

export const invokeChannels = {
  'app:info': { request: z.object({}).strict(), reply: AppInfo },
  'diagnosis:start': {
    // plan: 'broker', 'statsd', or 'auto' (the broker's plus StatsD's when the target enables it; the default).
    request: z.object({ target: TargetInput, lang: LangSchema.optional(), plan: z.enum(['broker', 'statsd', 'auto']).optional() }).strict(),
    reply: z.object({ runId: z.string() }),
  },
  /** "Try it": diagnose an embedded demo broker fed with sample tracking data. */
  'demo:start': {
    request: z.object({ lang: LangSchema.optional(), listenMs: z.number().int().min(0).max(60_000).optional() }).strict(),
    reply: z.object({ runId: z.string(), brokerUrl: z.string(), topic: z.string() }),
  },
  'diagnosis:cancel': {
    request: z.object({ runId: z.string() }).strict(),
    reply: z.object({ cancelled: z.boolean() }),
  },
  /** A service .env the person picked: its fields for the form; the password stays in the core's hands. */
  'env:import': {
    request: z.object({ text: z.string().max(1024 * 1024) }).strict(),
    reply: z.object({
      brokerHost: z.string().optional(),
      topic: z.string().optional(),
      username: z.string().optional(),
      passwordPresent: z.boolean(),
      settings: z.number(),
    }),
  },
  /** The administrator report of a finished run, rendered by the core (secrets already masked). */
  'report:render': {
    request: z.object({ runId: z.string(), format: z.enum(['md', 'html']), lang: LangSchema }).strict(),
    reply: z.object({ filename: z.string(), mime: z.string(), content: z.string() }),
  },
  'statsd-sink:start': { request: StatsdSinkStartRequest, reply: StatsdSinkStartReply },
  'statsd-sink:stop': {
    request: z.object({ sinkId: z.string() }).strict(),
    reply: z.object({ stopped: z.boolean() }),
  },
  'monitor:start': {
    request: z.object({ target: TargetInput, settings: MonitorSettingsSchema.optional() }).strict(),
    reply: z.object({ monitorId: z.string(), clientId: z.string(), target: z.string() }),
  },
  'monitor:stop': {
    request: z.object({ monitorId: z.string() }).strict(),
    reply: z.object({ stopped: z.boolean() }),
  },
  'attempts:query': {
    request: AttemptQuerySchema,
    reply: z.object({ records: z.array(AttemptRecord), bad: z.array(BadLineSchema), logDir: z.string().nullable() }),
  },
  'attempts:export': {
    request: z.object({ query: AttemptQuerySchema, format: z.enum(['csv', 'json']) }).strict(),
    reply: z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
  },
} as const;

export const eventChannels = {
  'diagnosis:event': RunEvent,
  'statsd-sink:event': StatsdSinkEvent,
  'monitor:batch': MonitorBatch,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type ParsedInvokeRequest<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;
export type InvokeReply<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['reply']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

/** What the renderer sees on `window.doctor`, whatever carries it (Electron IPC or the e2e bridge). */
export interface DoctorApi {
  invoke<C extends InvokeChannel>(channel: C, request: InvokeRequest<C>): Promise<InvokeReply<C>>;
  on<E extends EventChannel>(channel: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** The core's side of the contract: one handler per request channel. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (request: ParsedInvokeRequest<C>) => Promise<InvokeReply<C>>;
};

/** How the core pushes events to whoever listens (a webContents, a WebSocket, a test). */
export type EventSink = <E extends EventChannel>(channel: E, payload: EventPayload<E>) => void;

export const INVOKE_CHANNELS: readonly InvokeChannel[] = INVOKE_CHANNEL_NAMES;
export const EVENT_CHANNELS: readonly EventChannel[] = EVENT_CHANNEL_NAMES;
export { isInvokeChannel, isEventChannel };

// The name lists in channels.ts must be exactly the tables' keys, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const channelListsMatch: [Same<InvokeChannel, InvokeChannelName>, Same<EventChannel, EventChannelName>] = [true, true];
