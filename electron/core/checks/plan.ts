import type { Check } from '../runner/check';
import type { ParsedTargetInput } from '../../../shared/model/target';
import { configCheck } from './config';
import { dnsCheck } from './dns';
import { tcpCheck } from './tcp';
import { icmpCheck } from './icmp';
import { tlsCheck } from './tls';
import { mqttConnectCheck } from './mqtt/connect';
import { mqttSubscribeCheck } from './mqtt/subscribe';
import { mqttKeepaliveCheck } from './mqtt/keepalive';
import { mqttBrokerInfoCheck } from './mqtt/broker-info';
import { mqttMessagesCheck } from './mqtt/messages';
import { mqttPublishRoundTripCheck } from './mqtt/publish-roundtrip';
import { mqttTakeoverCheck } from './mqtt/takeover';
import { mqttConnectionLimitCheck } from './mqtt/connection-limit';
import { MAIN_MQTT_STEPS } from './mqtt/opt-in-context';

/**
 * The broker diagnosis, in dependency order. The runner starts each check once its needs are
 * done, so after DNS the ping, the TCP probe, the TLS handshake and the MQTT CONNECT run side by
 * side; SUBSCRIBE, PINGREQ and the $SYS read then share the one MQTT session. The opt-in tests
 * (asked for in `input.optIn`) run last, so their extra connections disturb nothing.
 */
export function brokerPlan(input?: Pick<ParsedTargetInput, 'optIn'>): Check[] {
  const optIn = input?.optIn;
  const plan: Check[] = [
    configCheck,
    dnsCheck,
    icmpCheck,
    tcpCheck,
    tlsCheck,
    mqttConnectCheck,
    mqttSubscribeCheck,
    mqttKeepaliveCheck,
    mqttBrokerInfoCheck,
  ] as Check[];
  if (optIn?.publishRoundTrip) plan.push(mqttPublishRoundTripCheck);
  plan.push(mqttMessagesCheck(optIn?.publishRoundTrip ?? false));
  if (optIn?.takeover) plan.push(mqttTakeoverCheck);
  if (optIn && optIn.connectionLimit > 0) plan.push(mqttConnectionLimitCheck(optIn.takeover ? [...MAIN_MQTT_STEPS, 'mqtt.takeover'] : MAIN_MQTT_STEPS));
  return plan;
}
