// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { installInProcessDoctor, renderApp } from '../helpers/render-app';
import { startMosquitto, type Mosquitto } from '../helpers/mosquitto';

const SECRET = 'Zr8-real-Secret';

describe('loading the service .env into the broker wizard (jsdom, real core, mosquitto)', () => {
  let broker: Mosquitto;
  let teardown: () => void;
  beforeAll(async () => {
    broker = await startMosquitto({ users: { administrator: SECRET } });
  });
  afterAll(() => broker.stop());
  beforeEach(() => {
    teardown = installInProcessDoctor();
  });
  afterEach(() => teardown());

  const load = async (text: string, name = 'service.env'): Promise<void> => {
    const input = document.querySelector('input[name="envFile"]') as HTMLInputElement;
    await act(async () => fireEvent.change(input, { target: { files: [new File([text], name, { type: 'text/plain' })] } }));
  };

  it('fills the form from the file, connects with its password, and never shows it', async () => {
    renderApp('en');
    await load(`BROKER_HOST=127.0.0.1:${broker.port}\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=${SECRET}\n`);
    await screen.findByText(/Settings taken from service\.env; its password will be used/);
    expect((screen.getByLabelText(/Broker \(BROKER_HOST or URL\)/) as HTMLInputElement).value).toBe(`127.0.0.1:${broker.port}`);
    expect((screen.getByLabelText(/User \(MQTT_USERNAME\)/) as HTMLInputElement).value).toBe('administrator');
    expect((screen.getByLabelText(/Password \(MQTT_PASSWORD\)/) as HTMLInputElement).value).toBe('');
    fireEvent.change(screen.getByLabelText(/^Listen window \(s\)/), { target: { value: '0' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
    await waitFor(() => expect(document.querySelector('[data-step="mqtt.connect"]')?.getAttribute('data-state')).toBe('pass'), { timeout: 8000 });
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('the config step lints the loaded file (a placeholder password is named)', async () => {
    renderApp('en');
    await load(`BROKER_HOST=127.0.0.1:${broker.port}\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=<put-the-password-here>\n`);
    fireEvent.change(screen.getByLabelText(/^Listen window \(s\)/), { target: { value: '0' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Diagnose' })));
    await waitFor(() => expect(document.querySelector('[data-finding="config.password_placeholder"]')).not.toBeNull(), { timeout: 8000 });
    expect(document.querySelector('[data-step="config"]')?.getAttribute('data-state')).toBe('warn');
    // mosquitto refuses the placeholder: the run says why, in MQTT's words.
    await waitFor(() => expect(document.querySelector('[data-step="mqtt.connect"]')?.getAttribute('data-state')).toBe('fail'), { timeout: 8000 });
    expect(document.body.textContent).not.toContain('<put-the-password-here>');
  });
});
