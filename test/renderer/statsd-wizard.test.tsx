// @vitest-environment jsdom
import dgram from 'node:dgram';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installInProcessDoctor, renderApp } from '../helpers/render-app';
import { closedPort } from '../helpers/ports';
import { freeUdpPort } from '../helpers/etsy-statsd';

describe('StatsD tab (jsdom, real core in-process)', () => {
  let teardown: () => void;
  beforeEach(() => {
    teardown = installInProcessDoctor();
  });
  afterEach(() => teardown());

  const openTab = async (lang: 'es' | 'en') => {
    renderApp(lang);
    await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'StatsD' })));
  };
  const setField = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

  it('disabled metrics are an info finding, and the wizard offers the way to enable them', async () => {
    await openTab('en');
    fireEvent.click(screen.getByLabelText('Metrics on (STATSD_ENABLED)'));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose StatsD' })));
    const finding = await screen.findByText('StatsD metrics are turned off', {}, { timeout: 5000 });
    expect(finding.closest('[data-finding]')?.getAttribute('data-finding')).toBe('statsd.disabled');
    await waitFor(() => expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('pass'));
    expect(document.querySelector('[data-step="statsd.udp"]')?.getAttribute('data-state')).toBe('skip');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Set up metrics' })));
    expect((screen.getByLabelText('Metrics on (STATSD_ENABLED)') as HTMLInputElement).checked).toBe(true);
    expect(document.querySelector('.generators')?.classList.contains('highlighted')).toBe(true);
  });

  it('a closed UDP port shows statsd.port_unreachable with the nc command (Spanish)', async () => {
    const port = await freeUdpPort();
    await openTab('es');
    setField(/Servidor \(STATSD_HOST\)/, '127.0.0.1');
    setField(/Puerto UDP de métricas/, String(port));
    setField(/Puerto de administración/, String(await closedPort()));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnosticar StatsD' })));
    const finding = await screen.findByText(`Nada recibe métricas en 127.0.0.1:${port} (UDP)`, {}, { timeout: 5000 });
    expect(finding.closest('[data-finding]')?.querySelector('.command code')?.textContent).toBe(`nc -zvu 127.0.0.1 ${port}`);
    await waitFor(() => expect(document.querySelector('[data-step="statsd.udp"]')?.getAttribute('data-state')).toBe('fail'));
    // A finished StatsD run can be sent to an administrator like a broker run.
    expect(await screen.findByRole('region', { name: 'Exportar informe' }, { timeout: 5000 })).toBeTruthy();
  });

  it('the sink starts, shows parsed lines with bad ones flagged, and stops', async () => {
    const port = await freeUdpPort();
    await openTab('en');
    const sink = screen.getByRole('region', { name: 'Built-in sink' });
    fireEvent.change(within(sink).getByLabelText('UDP port'), { target: { value: String(port) } });
    await act(async () => fireEvent.click(within(sink).getByRole('button', { name: 'Listen' })));
    expect(await within(sink).findByText(`Listening on UDP 127.0.0.1:${port}`)).toBeTruthy();
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.send('siscom_api.mqtt.messages:5|c|@0.5|#topic:tracking\nsiscom_api.oops:1\nsiscom_api.db.latency:3.5|ms', port, '127.0.0.1', () => r()));
    socket.close();
    await waitFor(() => expect(document.querySelector('.sink-totals')?.getAttribute('data-lines')).toBe('3'), { timeout: 3000 });
    expect([...sink.querySelectorAll('.sink-lines td.name')].map((td) => td.textContent)).toEqual(['siscom_api.db.latency', 'siscom_api.mqtt.messages']);
    expect(sink.querySelector('.sink-names summary')?.textContent).toBe('Metrics seen (2)');
    expect(within(sink).getByText('@0.5')).toBeTruthy();
    expect(within(sink).getByText('topic:tracking')).toBeTruthy();
    const bad = sink.querySelector('tr.bad');
    expect(bad?.textContent).toContain('siscom_api.oops:1');
    expect(bad?.textContent).toContain('no type');
    await act(async () => fireEvent.click(within(sink).getByRole('button', { name: 'Stop' })));
    await waitFor(() => expect(within(sink).queryByText(/Listening on UDP/)).toBeNull());
    // The port is free again.
    const again = dgram.createSocket('udp4');
    await new Promise<void>((r, j) => {
      again.once('error', j);
      again.bind(port, '127.0.0.1', () => r());
    });
    again.close();
  });

  it('a port in use is a readable error in the sink panel', async () => {
    const holder = dgram.createSocket('udp4');
    await new Promise<void>((r) => holder.bind(0, '127.0.0.1', () => r()));
    try {
      await openTab('en');
      const sink = screen.getByRole('region', { name: 'Built-in sink' });
      fireEvent.change(within(sink).getByLabelText('UDP port'), { target: { value: String(holder.address().port) } });
      await act(async () => fireEvent.click(within(sink).getByRole('button', { name: 'Listen' })));
      expect((await within(sink).findByRole('alert')).textContent).toMatch(/already in use \(EADDRINUSE\)/);
    } finally {
      holder.close();
    }
  });

  it('the generators follow STATSD_PORT and copy to the clipboard', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    await openTab('en');
    setField(/UDP metrics port \(STATSD_PORT\)/, '9125');
    setField(/Prefix \(STATSD_PREFIX\)/, 'siscom_api');
    const telegraf = document.querySelector('[data-snippet="telegraf"]') as HTMLElement;
    expect(telegraf.querySelector('pre')?.textContent).toContain('service_address = ":9125"');
    expect(document.querySelector('[data-snippet="docker"] pre')?.textContent).toContain('-p 127.0.0.1:9125:9125/udp');
    expect(document.querySelector('[data-snippet="env"] pre')?.textContent).toContain('STATSD_PREFIX=siscom_api');
    await act(async () => fireEvent.click(within(telegraf).getByRole('button', { name: 'Copy' })));
    expect(copied[0]).toContain('[[inputs.statsd]]');
    expect(within(telegraf).getByRole('button', { name: 'Copied' })).toBeTruthy();
  });
});
