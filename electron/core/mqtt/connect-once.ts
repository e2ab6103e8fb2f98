import { randomBytes } from 'node:crypto';
import mqtt, { MqttClient, type IClientOptions, type IConnackPacket } from 'mqtt';
import type { AttemptOutcome, AttemptPhases } from '../../../shared/model/attempt';
import type { BrokerEndpoint, MqttVersion } from '../../../shared/model/target';
import { endpointUrl } from '../../../shared/config/broker-address';
import { instrumentedStreamBuilder, phasesOf, type PhaseClock, type TlsSettings } from './instrumented-stream';
import { classifyConnectError } from './classify-error';

export interface MqttSessionSettings {
  clientId?: string;
  username?: string;
  password?: string;
  mqttVersion: MqttVersion;
  keepaliveS?: number;
  cleanSession?: boolean;
  tls?: TlsSettings;
  /** Connect to this resolved address instead of resolving the endpoint's host again. */
  address?: string;
}

export interface ConnectAttemptResult {
  outcome: AttemptOutcome;
  phases: AttemptPhases;
  clientId: string;
  address?: string;
  connackCode?: number;
  sessionPresent?: boolean;
  errorCode?: string;
  errorMessage?: string;
  /** The first bytes the peer sent, when it answered at all (to name a non-MQTT peer). */
  firstBytes?: Buffer;
  /** The CONNACK itself (v5 properties included) when one arrived. */
  connack?: IConnackPacket;
  /** Open client when connected; the caller must end it. */
  client?: MqttClient;
}

/** The diagnostic client id: unique, so a diagnosis never kicks the running service off. */
export function diagnosticClientId(): string {
  return `siscom-doctor-${randomBytes(4).toString('hex')}`;
}

/** mqtt.js options for a target; reconnects are off unless the caller turns them on. */
export function clientOptions(settings: MqttSessionSettings, clientId: string, connectTimeoutMs: number): IClientOptions {
  return {
    clientId,
    protocolVersion: settings.mqttVersion === '5' ? 5 : 4,
    clean: settings.cleanSession ?? true,
    keepalive: settings.keepaliveS ?? 60,
    connectTimeout: connectTimeoutMs,
    reconnectPeriod: 0,
    // The core always runs in Node; mqtt.js would pick Web Worker timers if it saw a DOM (jsdom tests).
    timerVariant: 'native',
    ...(settings.username !== undefined && settings.username !== '' ? { username: settings.username } : {}),
    ...(settings.password !== undefined && settings.password !== '' ? { password: settings.password } : {}),
  };
}

/** Creates a client whose every connect goes through the phase-timing stream builder. */
export function createInstrumentedClient(endpoint: BrokerEndpoint, options: IClientOptions, onAttempt: (clock: PhaseClock) => void, tlsSettings?: TlsSettings, address?: string): MqttClient {
  if (endpoint.protocol === 'ws' || endpoint.protocol === 'wss') {
    const clock: PhaseClock = { start: performance.now() };
    onAttempt(clock);
    return mqtt.connect(endpointUrl(endpoint), { ...options, ...(tlsSettings?.rejectUnauthorized === false ? { rejectUnauthorized: false } : {}) });
  }
  return new MqttClient(instrumentedStreamBuilder(endpoint, onAttempt, tlsSettings, address), options);
}

/**
 * One MQTT connection attempt, CONNECT → CONNACK, with its phases timed and its outcome sorted.
 * Ends at the CONNACK, an error, the timeout or the abort signal, whichever comes first.
 */
export function connectOnce(endpoint: BrokerEndpoint, settings: MqttSessionSettings, timeoutMs: number, signal?: AbortSignal): Promise<ConnectAttemptResult> {
  const clientId = settings.clientId && settings.clientId !== '' ? settings.clientId : diagnosticClientId();
  let clock: PhaseClock = { start: performance.now() };
  return new Promise((resolve) => {
    let settled = false;
    const client = createInstrumentedClient(endpoint, clientOptions(settings, clientId, timeoutMs), (c) => (clock = c), settings.tls, settings.address);
    const finish = (result: Omit<ConnectAttemptResult, 'clientId' | 'phases'> & { phases?: AttemptPhases }): void => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      signal?.removeEventListener('abort', onAbort);
      client.removeListener('connect', onConnect);
      if (result.outcome !== 'connected') {
        client.removeAllListeners('error');
        client.on('error', () => undefined);
        client.end(true);
      }
      resolve({
        clientId,
        phases: result.phases ?? phasesOf(clock),
        ...(clock.address ? { address: clock.address } : {}),
        ...(clock.firstBytes && result.outcome !== 'connected' ? { firstBytes: clock.firstBytes } : {}),
        ...result,
      });
    };
    const onConnect = (packet: IConnackPacket): void => {
      finish({ outcome: 'connected', phases: phasesOf(clock, performance.now()), connackCode: packet.returnCode ?? packet.reasonCode ?? 0, sessionPresent: packet.sessionPresent, connack: packet, client });
    };
    const onAbort = (): void => finish({ outcome: 'cancelled', errorCode: 'ECANCELED', errorMessage: 'cancelled' });
    // Our own guard as well as mqtt.js's connectTimeout: nothing waits past the budget.
    const guard = setTimeout(() => finish({ outcome: 'timeout', errorCode: 'CONNACK_TIMEOUT', errorMessage: 'connack timeout' }), timeoutMs + 50);
    client.once('connect', onConnect);
    client.on('error', (error) => {
      const c = classifyConnectError(error);
      finish({ outcome: c.outcome, ...(c.connackCode !== undefined ? { connackCode: c.connackCode } : {}), ...(c.errorCode ? { errorCode: c.errorCode } : {}), errorMessage: c.message });
    });
    client.on('close', () => finish({ outcome: 'closed', errorMessage: 'the broker closed the connection before any CONNACK' }));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) onAbort();
  });
}

/** Closes a connected client politely (DISCONNECT), bounded in time. */
export function endClient(client: MqttClient, timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(() => {
      client.end(true);
      resolve();
    }, timeoutMs);
    client.end(false, {}, () => {
      clearTimeout(t);
      resolve();
    });
  });
}
