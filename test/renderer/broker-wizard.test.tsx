// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { installInProcessDoctor, renderApp } from '../helpers/render-app';
import { closedPort } from '../helpers/ports';
import { startEmbeddedBroker } from '../../electron/core/demo/embedded-broker';

describe('broker wizard (jsdom, real core in-process)', () => {
  let teardown: () => void;
  beforeEach(() => {
    teardown = installInProcessDoctor();
  });
  afterEach(() => teardown());

  it('shows tcp.refused with its fix and command for a closed port (English)', async () => {
    const port = await closedPort();
    renderApp('en');
    fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/), { target: { value: `127.0.0.1:${port}` } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
    const finding = await screen.findByText(`Connection refused at 127.0.0.1:${port}`, {}, { timeout: 5000 });
    expect(finding.closest('[data-finding]')?.getAttribute('data-finding')).toBe('tcp.refused');
    expect(finding.closest("[data-finding]")?.querySelector(".command code")?.textContent).toBe(`nc -zv 127.0.0.1 ${port}`);
    expect(document.querySelector('[data-step="tcp"]')?.getAttribute('data-state')).toBe('fail');
    expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('fail');
  });

  it('runs green against a live broker and speaks Spanish', async () => {
    const broker = await startEmbeddedBroker({ sampleIntervalMs: 50 });
    try {
      renderApp('es');
      fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST o URL\)/), { target: { value: `127.0.0.1:${broker.port}` } });
      fireEvent.change(screen.getByLabelText(/^Ventana de escucha \(s\)/), { target: { value: '0.5' } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnosticar' })));
      await waitFor(() => expect(document.querySelector('[data-verdict]')).not.toBeNull(), { timeout: 8000 });
      expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('pass');
      expect(screen.getByText('Todo correcto')).toBeTruthy();
      expect(screen.getByText('Ningún problema encontrado.')).toBeTruthy();
    } finally {
      await broker.close();
    }
  }, 15_000);

  it('a malformed address becomes a readable config finding in the UI', async () => {
    renderApp('en');
    fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/), { target: { value: 'broker:99999' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
    expect(await screen.findByText('The broker port is out of range', {}, { timeout: 5000 })).toBeTruthy();
  });

  it('switching the language re-renders the findings of the same run', async () => {
    const port = await closedPort();
    renderApp('en');
    fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/), { target: { value: `127.0.0.1:${port}` } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
    await screen.findByText(`Connection refused at 127.0.0.1:${port}`, {}, { timeout: 5000 });
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'es' } }));
    expect(await screen.findByText(`Conexión rechazada en 127.0.0.1:${port}`)).toBeTruthy();
  });
});
