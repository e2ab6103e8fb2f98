// @vitest-environment jsdom
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useMonitorStore } from '../../renderer/src/monitor/monitor-store';
import { VirtualRows } from '../../renderer/src/attempts/VirtualRows';
import { installInProcessDoctor, renderApp } from '../helpers/render-app';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import type { MonitorBatch } from '../../shared/model/monitor';
import net from 'node:net';
import { MqttClient } from 'mqtt';

describe('Monitor and Attempts tabs (jsdom, real core in-process, aedes)', () => {
  let teardown: () => void;
  let dir: string;
  let broker: EmbeddedBroker | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'siscom-ui-attempts-'));
    teardown = installInProcessDoctor({ dataDir: dir });
  });
  afterEach(async () => {
    teardown();
    await broker?.close();
    broker = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  it('watches a live broker, counts its messages, stops, and the attempt shows in the Attempts tab', async () => {
    // The embedded sample publisher would pick mqtt.js's web-worker timers under jsdom: publish here.
    broker = await startEmbeddedBroker({ publishSamples: false });
    const port = broker.port;
    // Under jsdom, mqtt.connect resolves to the browser build (WebSocket only): give it a TCP stream.
    const pub = new MqttClient(() => net.connect(port, '127.0.0.1'), { timerVariant: 'native', reconnectPeriod: 0 });
    const feed = setInterval(() => pub.connected && pub.publish('tracking/data', JSON.stringify({ device_id: 'unit-1', speed_kmh: 40 })), 20);
    renderApp('en');
    fireEvent.click(screen.getByRole('tab', { name: 'Monitor' }));
    fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/), { target: { value: broker.url } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Watch' })));
    await waitFor(() => expect(document.querySelector('[data-phase]')?.getAttribute('data-phase')).toBe('connected'), { timeout: 5000 });

    await waitFor(() => expect(Number(document.querySelector('[data-messages]')?.getAttribute('data-messages'))).toBeGreaterThan(5), { timeout: 5000 });
    expect(screen.getByText(/Subscribed to tracking\/data: QoS 0/)).toBeTruthy();
    // Looking at another tab does not stop the monitor: it runs in the core.
    fireEvent.click(screen.getByRole('tab', { name: 'Attempts' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Monitor' }));
    expect(document.querySelector('[data-phase]')?.getAttribute('data-phase')).toBe('connected');
    clearInterval(feed);
    pub.end(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Stop' })));
    await waitFor(() => expect(document.querySelector('[data-phase]')?.getAttribute('data-phase')).toBe('stopped'));
    expect(document.querySelector('.monitor-attempts [data-outcome="connected"]')).not.toBeNull();

    fireEvent.click(screen.getByRole('tab', { name: 'Attempts' }));
    await waitFor(() => expect(document.querySelector('[data-count]')?.getAttribute('data-count')).toBe('1'));
    expect(screen.getByText(dir, { exact: false })).toBeTruthy();
    expect(document.querySelector('.virtual-rows [data-outcome="connected"]')?.textContent).toContain(broker.url.replace('mqtt://', ''));
    expect(document.querySelectorAll('.timeline circle.point-ok')).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'refused' } });
    expect(document.querySelector('[data-count]')?.getAttribute('data-count')).toBe('0');
    expect(screen.getByText('No attempt matches these filters.')).toBeTruthy();
  }, 15_000);

  it('the store ignores batches of another monitor', () => {
    useMonitorStore.getState().started({ monitorId: 'mine', target: 't:1', clientId: 'c' });
    const batch = (monitorId: string): MonitorBatch => ({
      monitorId,
      at: Date.now(),
      target: 't:1',
      clientId: 'c',
      state: { phase: 'connected', attempt: 1 },
      attempts: [],
      flow: { messages: 3, bytes: 30, ratePerS: 3, bytesPerS: 30, sinceLastMs: 5, sample: [] },
      findings: [],
    });
    useMonitorStore.getState().apply(batch('other'));
    expect(useMonitorStore.getState().state).toBeUndefined();
    useMonitorStore.getState().apply(batch('mine'));
    expect(useMonitorStore.getState().flow?.messages).toBe(3);
  });

  it('the virtual table keeps only the rows in view in the DOM, whatever the count', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => i);
    render(<VirtualRows items={items} rowHeight={28} height={280} overscan={4} label="rows" header={null} row={(n) => <div key={n} className="r" data-n={n} />} />);
    expect(document.querySelectorAll('.r').length).toBeLessThanOrEqual(10 + 4 + 1);
    const viewport = screen.getByTestId('virtual-viewport');
    viewport.scrollTop = 28 * 50_000;
    fireEvent.scroll(viewport);
    const shown = [...document.querySelectorAll('.r')].map((e) => Number(e.getAttribute('data-n')));
    expect(shown).toContain(50_000);
    expect(shown.length).toBeLessThanOrEqual(10 + 8 + 1);
  });
});
