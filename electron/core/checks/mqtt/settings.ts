import type { ParsedTargetInput } from '../../../../shared/model/target';
import type { MqttSessionSettings } from '../../mqtt/connect-once';

/** The connection settings of the service, as a diagnostic connection uses them. */
export function sessionSettings(input: ParsedTargetInput, address: string | undefined, ca: string[] | undefined, clientId?: string): MqttSessionSettings {
  const id = clientId ?? input.clientId;
  return {
    ...(id ? { clientId: id } : {}),
    ...(input.username ? { username: input.username } : {}),
    ...(input.password ? { password: input.password } : {}),
    mqttVersion: input.mqttVersion,
    keepaliveS: input.keepaliveS,
    cleanSession: input.cleanSession,
    tls: { rejectUnauthorized: !input.tls.insecure, ...(ca ? { ca } : {}) },
    ...(address ? { address } : {}),
  };
}
