/**
 * The contract's channel names alone, without their schemas, so the sandboxed preload can
 * check a channel without bundling the validators. contract.ts proves these lists match its
 * tables at compile time.
 */
export const INVOKE_CHANNEL_NAMES = [
  'app:info',
  'diagnosis:start',
  'diagnosis:cancel',
  'env:import',
  'demo:start',
  'report:render',
  'monitor:start',
  'monitor:stop',
  'attempts:query',
  'attempts:export',
  'statsd-sink:start',
  'statsd-sink:stop',
] as const;
export const EVENT_CHANNEL_NAMES = ['diagnosis:event', 'monitor:batch', 'statsd-sink:event'] as const;

export type InvokeChannelName = (typeof INVOKE_CHANNEL_NAMES)[number];
export type EventChannelName = (typeof EVENT_CHANNEL_NAMES)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannelName {
  return typeof value === 'string' && (INVOKE_CHANNEL_NAMES as readonly string[]).includes(value);
}
export function isEventChannel(value: unknown): value is EventChannelName {
  return typeof value === 'string' && (EVENT_CHANNEL_NAMES as readonly string[]).includes(value);
}
