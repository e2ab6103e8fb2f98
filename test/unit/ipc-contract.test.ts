import { describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, invokeChannels, eventChannels, type InvokeHandlers } from '../../shared/ipc/contract';
import { dispatchInvoke, IpcRequestError } from '../../shared/ipc/dispatch';
import { INVOKE_CHANNEL_NAMES, EVENT_CHANNEL_NAMES } from '../../shared/ipc/channels';

const handlers: InvokeHandlers = {
  'app:info': async () => ({ name: 'siscom-doctor', version: '0', platform: 'linux', transport: 'bridge' }),
  'diagnosis:start': async ({ target }) => ({ runId: `run-for-${target.brokerHost ?? target.brokerUrl}` }),
  'diagnosis:cancel': async () => ({ cancelled: false }),
  'env:import': async () => ({ passwordPresent: false, settings: 0 }),
  'report:render': async ({ format }) => ({ filename: `r.${format}`, mime: 'text/plain', content: '' }),
  'statsd-sink:start': async ({ port, host }) => ({ sinkId: 's1', address: host, port }),
  'statsd-sink:stop': async () => ({ stopped: true }),
  'demo:start': async () => ({ runId: 'r', brokerUrl: 'mqtt://127.0.0.1:1', topic: 't' }),
  'monitor:start': async () => ({ monitorId: 'm', clientId: 'c', target: 't' }),
  'monitor:stop': async () => ({ stopped: false }),
  'attempts:query': async () => ({ records: [], bad: [], logDir: null }),
  'attempts:export': async () => ({ fileName: 'a.csv', mimeType: 'text/csv', text: '' }),
};

describe('the IPC contract', () => {
  it('lists the same channels in the name lists the preload uses and in the schema tables', () => {
    expect([...INVOKE_CHANNEL_NAMES].sort()).toEqual(Object.keys(invokeChannels).sort());
    expect([...EVENT_CHANNEL_NAMES].sort()).toEqual(Object.keys(eventChannels).sort());
    expect(INVOKE_CHANNELS).toContain('diagnosis:start');
    expect(EVENT_CHANNELS).toContain('diagnosis:event');
  });

  it('dispatches a valid request to its handler and validates the reply', async () => {
    await expect(dispatchInvoke(handlers, 'diagnosis:start', { target: { brokerHost: 'b:1883' } })).resolves.toEqual({ runId: 'run-for-b:1883' });
  });

  it('refuses channels outside the contract', async () => {
    await expect(dispatchInvoke(handlers, 'fs:readFile', {})).rejects.toThrow(IpcRequestError);
    await expect(dispatchInvoke(handlers, '__proto__', {})).rejects.toThrow(/Unknown IPC channel/);
  });

  it('refuses malformed requests with a readable reason', async () => {
    await expect(dispatchInvoke(handlers, 'diagnosis:start', { target: { timeoutMs: -5 } })).rejects.toThrow(/Invalid request for diagnosis:start: target\.timeoutMs/);
    await expect(dispatchInvoke(handlers, 'diagnosis:cancel', { runId: 1 })).rejects.toThrow(/runId/);
    await expect(dispatchInvoke(handlers, 'app:info', { extra: true })).rejects.toThrow(/Invalid request/);
  });

  it('refuses a reply that breaks the contract', async () => {
    const broken = { ...handlers, 'diagnosis:cancel': async () => ({ cancelled: 'yes' }) } as unknown as InvokeHandlers;
    await expect(dispatchInvoke(broken, 'diagnosis:cancel', { runId: 'x' })).rejects.toThrow();
  });
});
