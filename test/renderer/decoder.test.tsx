// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { installInProcessDoctor, renderApp } from '../helpers/render-app';
import { closedPort } from '../helpers/ports';

describe('decoder screen (jsdom)', () => {
  let teardown: () => void;
  beforeEach(() => {
    // The app shows its screens only inside Siscom Doctor; the decoder itself needs no core call.
    teardown = installInProcessDoctor();
  });
  afterEach(() => teardown());

  const openDecoder = (lang: 'es' | 'en') => {
    renderApp(lang);
    fireEvent.click(screen.getByRole('tab', { name: lang === 'es' ? 'Decodificador' : 'Decoder' }));
  };
  const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  const shownIds = () => [...document.querySelectorAll('[data-kb]')].map((e) => e.getAttribute('data-kb'));

  it('7: paho’s connection lost first, and says it is not a CONNACK code', async () => {
    openDecoder('en');
    type(/Code or text/, '7');
    await waitFor(() => expect(shownIds()).toEqual(['paho.7']));
    const card = document.querySelector('[data-kb="paho.7"]') as HTMLElement;
    expect(card.textContent).toContain('MQTT_ERR_CONN_LOST');
    expect(card.querySelector('.kb-causes li')?.textContent).toMatch(/same client id/);
    expect(card.querySelector('cite')?.textContent).toMatch(/paho-mqtt/);
    expect(document.querySelector('[data-absent="connack"]')?.textContent).toMatch(/Not a CONNACK code/);
  });

  it('a pasted log: every code explained, with its line, client id and the StatsD reading', async () => {
    openDecoder('en');
    type(/Code or text/, 'aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused\n1733300000: Client siscom-api-1 already connected, closing old connection.');
    await waitFor(() => expect(shownIds()).toEqual(['errno.ECONNREFUSED', 'mosquitto.log.already_connected']));
    expect(document.querySelector('[data-kb="errno.ECONNREFUSED"] .kb-hint')?.textContent).toMatch(/StatsD/);
    expect(document.querySelector('[data-kb="mosquitto.log.already_connected"] .kb-where')?.textContent).toMatch(/Line 2.*client id siscom-api-1/);
  });

  it('the source filter narrows a number to one source', async () => {
    openDecoder('en');
    type(/Code or text/, '5');
    await waitFor(() => expect(shownIds()).toEqual(['connack.5', 'paho.5']));
    fireEvent.change(screen.getByLabelText('Source'), { target: { value: 'paho' } });
    await waitFor(() => expect(shownIds()).toEqual(['paho.5']));
  });

  it('speaks Spanish, switches language in place, and keeps the input across tabs', async () => {
    openDecoder('es');
    fireEvent.click(screen.getByRole('button', { name: '0x8E' }));
    await waitFor(() => expect(shownIds()).toEqual(['reason.0x8E']));
    expect(screen.getByText(/Otro cliente se conectó con el mismo client id/)).toBeTruthy();
    await act(async () => fireEvent.change(screen.getByRole('combobox', { name: 'Idioma' }), { target: { value: 'en' } }));
    expect(await screen.findByText(/Another client connected with the same client id/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'MQTT broker' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Decoder' }));
    expect((screen.getByLabelText(/Code or text/) as HTMLTextAreaElement).value).toBe('0x8E');
    expect(shownIds()).toEqual(['reason.0x8E']);
  });

  it('says so when nothing is recognised', async () => {
    openDecoder('en');
    type(/Code or text/, 'all quiet on the broker');
    expect(await screen.findByText('No code was recognised.')).toBeTruthy();
  });
});

describe('findings link to their knowledge-base entries (jsdom)', () => {
  it('a tcp.refused finding in the wizard explains errno ECONNREFUSED in place', async () => {
    const teardown = installInProcessDoctor();
    try {
      const port = await closedPort();
      renderApp('en');
      fireEvent.change(screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/), { target: { value: `127.0.0.1:${port}` } });
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
      await screen.findByText(`Connection refused at 127.0.0.1:${port}`, {}, { timeout: 5000 });
      const finding = document.querySelector('[data-finding="tcp.refused"]') as HTMLElement;
      expect(finding.querySelector('.related-codes summary')?.textContent).toBe('Related codes: errno.ECONNREFUSED');
      expect(finding.querySelector('[data-kb="errno.ECONNREFUSED"] .kb-meaning')?.textContent).toMatch(/nothing listens on that port/);
    } finally {
      teardown();
    }
  });
});
