import { z } from 'zod';
import { RunEvent } from '../model/report';
import { TargetInput } from '../model/target';
import { StatsdSinkEvent, StatsdSinkStartReply, StatsdSinkStartRequest } from '../model/statsd';
import { isLang } from '../model/localized';
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
} as const;

export const eventChannels = {
  'diagnosis:event': RunEvent,
  'statsd-sink:event': StatsdSinkEvent,
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
