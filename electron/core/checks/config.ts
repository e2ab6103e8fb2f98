import { parseBrokerHost, parseBrokerUrl } from '../../../shared/config/broker-address';
import type { BrokerEndpoint } from '../../../shared/model/target';
import type { Check, CheckOutcome } from '../runner/check';

export interface ConfigData {
  endpoint: BrokerEndpoint;
}

/** The target is complete and well-formed: a broker address we can aim at. */
export const configCheck: Check<ConfigData> = {
  id: 'config',
  async run({ input }): Promise<CheckOutcome<ConfigData>> {
    const source = input.brokerUrl?.trim() ? 'url' : input.brokerHost !== undefined ? 'host' : undefined;
    if (!source) {
      return { status: 'fail', summary: { key: 'config.invalid' }, findings: [{ id: 'config.missing_broker' }] };
    }
    const parsed = source === 'url' ? parseBrokerUrl(input.brokerUrl as string) : parseBrokerHost(input.brokerHost as string);
    if (!parsed.ok) {
      return {
        status: 'fail',
        summary: { key: 'config.invalid' },
        evidence: { source },
        findings: [{ id: parsed.problem.id, params: parsed.problem.params }],
      };
    }
    const { endpoint } = parsed;
    return {
      status: 'pass',
      summary: { key: 'config.ok', params: { protocol: endpoint.protocol, host: endpoint.host, port: endpoint.port } },
      evidence: { source, ...endpoint },
      findings: endpoint.portWasDefaulted
        ? [{ id: 'config.port_defaulted', params: { protocol: endpoint.protocol, port: endpoint.port } }]
        : [],
      data: { endpoint },
    };
  },
};
