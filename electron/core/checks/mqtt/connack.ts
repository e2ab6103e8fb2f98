import type { MqttVersion } from '../../../../shared/model/target';

/** MQTT 5 reason codes a CONNACK may carry, by name (the knowledge base explains each). */
const V5_FINDING: Record<number, string> = {
  0x84: 'mqtt.connack.unacceptable_protocol',
  0x85: 'mqtt.connack.client_id_rejected',
  0x86: 'mqtt.connack.bad_credentials',
  0x8c: 'mqtt.connack.bad_credentials',
  0x87: 'mqtt.connack.not_authorized',
  0x88: 'mqtt.connack.server_unavailable',
  0x89: 'mqtt.connack.server_unavailable',
  0x8a: 'mqtt.connack.banned',
  0x97: 'mqtt.connack.quota_exceeded',
  0x9f: 'mqtt.connack.quota_exceeded',
  0x9c: 'mqtt.connack.use_another_server',
  0x9d: 'mqtt.connack.use_another_server',
};

const V311_FINDING: Record<number, string> = {
  1: 'mqtt.connack.unacceptable_protocol',
  2: 'mqtt.connack.client_id_rejected',
  3: 'mqtt.connack.server_unavailable',
  4: 'mqtt.connack.bad_credentials',
  5: 'mqtt.connack.not_authorized',
};

export const hex = (code: number): string => `0x${code.toString(16).padStart(2, '0').toUpperCase()}`;

/** The finding for a CONNACK refusal; codes without their own finding get the generic one. */
export function connackFinding(code: number, version: MqttVersion): { id: string; params: Record<string, string | number> } {
  const id = (version === '5' ? V5_FINDING[code] : V311_FINDING[code]) ?? 'mqtt.connack.refused';
  return { id, params: { code, codeHex: hex(code), version } };
}

/** The knowledge-base id of a CONNACK code (`connack.5`, `reason.0x87`). */
export function connackKb(code: number, version: MqttVersion): string {
  return version === '5' ? `reason.${hex(code)}` : `connack.${code}`;
}
