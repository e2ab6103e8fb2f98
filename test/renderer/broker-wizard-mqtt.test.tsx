// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useDiagnosisStore } from '../../renderer/src/store/diagnosis-store';
import { installInProcessDoctor, renderApp } from '../helpers/render-app';
import { startEmbeddedBroker } from '../../electron/core/demo/embedded-broker';

describe('broker wizard: MQTT settings, listen window, opt-in tests, try it (jsdom, real core)', () => {
  let teardown: () => void;
  let invoked: Array<{ channel: string; request: unknown }>;
  beforeEach(() => {
    invoked = [];
    teardown = installInProcessDoctor({
      wrap: (api) => ({
        invoke: (channel, request) => {
          invoked.push({ channel, request });
          return api.invoke(channel, request);
        },
        on: api.on,
      }),
    });
  });
  afterEach(() => teardown());

  it('"Try it" diagnoses the demo broker and shows the live message sample, pretty-printed', async () => {
    renderApp('en');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try it with a demo broker' })));
    await waitFor(() => expect(document.querySelector('[data-step="mqtt.messages"]')?.getAttribute('data-state')).toBe('running'), { timeout: 5000 });
    // Live, while the window is open: a count and the latest messages.
    await waitFor(() => expect(screen.getByTestId('message-sample').textContent).toMatch(/Messages: \d+ \([\d.]+\/s\)/), { timeout: 5000 });
    await waitFor(() => expect(screen.getByTestId('message-sample').textContent).toContain('"device_id": "demo-unit-'), { timeout: 5000 });
    expect(invoked.some((i) => i.channel === 'demo:start')).toBe(true);
    const runId = useDiagnosisStore.getState().currentRunId as string;
    await act(async () => {
      await window.doctor?.invoke('diagnosis:cancel', { runId });
    });
    await waitFor(() => expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('cancelled'), { timeout: 5000 });
  }, 20_000);

  it('opt-in tests ask for a confirmation first, then run with the settings sent to the core', async () => {
    const broker = await startEmbeddedBroker({ sampleIntervalMs: 50 });
    try {
      renderApp('en');
      fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/), { target: { value: `127.0.0.1:${broker.port}` } });
      fireEvent.change(screen.getByLabelText(/^Listen window \(s\)/), { target: { value: '1' } });
      fireEvent.click(screen.getByLabelText('Stop at the first message'));
      fireEvent.change(screen.getByLabelText('Keepalive (s)'), { target: { value: '120' } });
      fireEvent.click(screen.getByLabelText('Clean session'));
      fireEvent.click(screen.getByLabelText('Client ID takeover: two connections with one ID'));
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
      // Nothing runs until the explicit yes.
      expect(screen.getByRole('alertdialog', { name: 'Run tests that touch the broker?' })).toBeTruthy();
      expect(invoked.filter((i) => i.channel === 'diagnosis:start')).toHaveLength(0);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Yes, run them' })));
      await waitFor(() => expect(document.querySelector('[data-verdict]')).not.toBeNull(), { timeout: 8000 });
      const request = invoked.find((i) => i.channel === 'diagnosis:start')?.request as { target: Record<string, unknown> };
      expect(request.target).toMatchObject({ keepaliveS: 120, cleanSession: false, listenMs: 1000, untilFirst: true, optIn: { takeover: true, publishRoundTrip: false, connectionLimit: 0 } });
      expect(document.querySelector('[data-step="mqtt.takeover"]')?.getAttribute('data-state')).toBe('pass');
      expect(document.querySelector('[data-finding="mqtt.session_taken_over"]')).not.toBeNull();
    } finally {
      await broker.close();
    }
  }, 20_000);

  it('a given client id shows the warning that it disconnects the running service', () => {
    renderApp('es');
    fireEvent.change(screen.getByLabelText(/Client ID/), { target: { value: 'siscom-api-prod' } });
    expect(screen.getByRole('note').textContent).toMatch(/desconectará/);
  });
});
