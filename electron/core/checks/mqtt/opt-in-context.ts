import type { CheckContext } from '../../runner/check';
import type { BrokerEndpoint } from '../../../../shared/model/target';
import type { ConfigData } from '../config';
import type { DnsData } from '../dns';
import { loadCa } from '../tls-ca';

/** The steps the opt-in tests wait for, so their extra connections never disturb the main ones. */
export const MAIN_MQTT_STEPS = ['mqtt.connect', 'mqtt.subscribe', 'mqtt.keepalive', 'mqtt.broker_info', 'mqtt.messages'];

/** Where to connect for an extra diagnostic connection; undefined when the broker was never reached. */
export async function extraConnectionTarget(ctx: CheckContext): Promise<{ endpoint: BrokerEndpoint; address?: string; ca?: string[] } | undefined> {
  if (ctx.outcome('mqtt.connect')?.status !== 'pass' && ctx.outcome('mqtt.connect')?.status !== 'warn') return undefined;
  const { endpoint } = ctx.outcome<ConfigData>('config')?.data as ConfigData;
  const address = (ctx.outcome<DnsData>('dns')?.data as DnsData | undefined)?.addresses[0]?.address;
  const ca = endpoint.protocol === 'mqtts' || endpoint.protocol === 'wss' ? await loadCa(ctx.input.tls.caFile).catch(() => undefined) : undefined;
  return { endpoint, ...(address ? { address } : {}), ...(ca ? { ca } : {}) };
}
