import type { IConnackPacket, IDisconnectPacket, IPublishPacket, MqttClient } from 'mqtt';
import type { BrokerEndpoint } from '../../../shared/model/target';
import { endClient } from './connect-once';

export type MessageListener = (topic: string, payload: Buffer, packet: IPublishPacket) => void;

/**
 * The diagnostic MQTT connection that mqtt.connect opens and hands to the steps after it
 * (subscribe, messages, keepalive, $SYS …), so the diagnosis pays for one CONNECT only.
 */
export interface MqttSession {
  client: MqttClient;
  clientId: string;
  endpoint: BrokerEndpoint;
  connack: IConnackPacket;
  /** When the connection ended on its own (not by us), and how. */
  lost?: { atMs: number; disconnectCode?: number };
  /** Latest `$SYS/broker/...` values and the first value of each, with when they arrived. */
  sys: Map<string, { first: string; firstAt: number; last: string; lastAt: number; updates: number }>;
  onMessage(listener: MessageListener): () => void;
  close(): Promise<void>;
}

/** DISCONNECT with no properties: the same two bytes in MQTT 3.1.1 and 5 (reason 0, normal). */
const DISCONNECT = Buffer.from([0xe0, 0x00]);

export function openSession(client: MqttClient, clientId: string, endpoint: BrokerEndpoint, connack: IConnackPacket): MqttSession {
  const listeners = new Set<MessageListener>();
  let closing = false;
  const session: MqttSession = {
    client,
    clientId,
    endpoint,
    connack,
    sys: new Map(),
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closing = true;
      listeners.clear();
      const stream = (client as unknown as { stream?: { writable?: boolean; end(chunk: Buffer, cb: () => void): void } }).stream;
      if (!client.connected || !stream?.writable) {
        await endClient(client);
        return;
      }
      // A polite DISCONNECT, flushed, then the socket dropped: waiting for the broker's own FIN (what
      // mqtt.js's end() does) would add a round trip to every diagnosis for nothing.
      await new Promise<void>((resolve) => {
        const guard = setTimeout(() => {
          client.end(true);
          resolve();
        }, 1000);
        stream.end(DISCONNECT, () => {
          clearTimeout(guard);
          client.end(true);
          resolve();
        });
      });
    },
  };
  client.on('message', (topic, payload, packet) => {
    if (topic.startsWith('$SYS/')) {
      const now = performance.now();
      const value = payload.toString('utf8');
      const known = session.sys.get(topic);
      if (known) Object.assign(known, { last: value, lastAt: now, updates: known.updates + 1 });
      else session.sys.set(topic, { first: value, firstAt: now, last: value, lastAt: now, updates: 1 });
    }
    for (const l of listeners) l(topic, payload, packet);
  });
  client.on('disconnect', (packet: IDisconnectPacket) => {
    session.lost ??= { atMs: performance.now(), ...(packet.reasonCode !== undefined ? { disconnectCode: packet.reasonCode } : {}) };
  });
  client.on('close', () => {
    if (!closing) session.lost ??= { atMs: performance.now() };
  });
  client.on('error', () => undefined);
  return session;
}
