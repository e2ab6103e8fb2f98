import { endpointUrl, parseBrokerHost, parseBrokerUrl } from '../../../shared/config/broker-address';
import type { BrokerEndpoint } from '../../../shared/model/target';
import { envLintForTarget } from '../lint/target-env-lint';
import type { Check, CheckOutcome } from '../runner/check';

export interface ConfigData {
  endpoint: BrokerEndpoint;
}

/** The target is complete and well-formed: a broker address we can aim at. */
export const configCheck: Check<ConfigData> = {
  id: 'config',
  async run({ input }): Promise<CheckOutcome<ConfigData>> {
    // The .env the target came from, if any, is linted too; its findings never stop the run.
    const lint = envLintForTarget(input).map((i) => ({ id: i.id, params: i.params }));
    const source = input.brokerUrl?.trim() ? 'url' : input.brokerHost !== undefined ? 'host' : undefined;
    if (!source) {
      return { status: 'fail', summary: { key: 'config.invalid' }, findings: [{ id: 'config.missing_broker' }, ...lint] };
    }
    const parsed = source === 'url' ? parseBrokerUrl(input.brokerUrl as string) : parseBrokerHost(input.brokerHost as string);
    if (!parsed.ok) {
      return {
        status: 'fail',
        summary: { key: 'config.invalid' },
        evidence: { source },
        findings: [{ id: parsed.problem.id, params: parsed.problem.params }, ...lint],
      };
    }
    const { endpoint } = parsed;
    const params = { protocol: endpoint.protocol, host: endpoint.host, port: endpoint.port };
    // The usual ports say which side of TLS a broker listens on; a mismatch never connects.
    const tls = endpoint.protocol === 'mqtts' || endpoint.protocol === 'wss';
    const where = source === 'url' ? endpointUrl(endpoint) : 'BROKER_HOST';
    const portTls = [
      ...(!tls && endpoint.port === 8883 ? [{ id: 'config.tls_port_without_tls', params: { where } }] : []),
      ...(tls && endpoint.port === 1883 ? [{ id: 'config.plain_port_with_tls', params: { where } }] : []),
    ];
    const defaulted = endpoint.portWasDefaulted ? [{ id: 'config.port_defaulted', params: { protocol: endpoint.protocol, port: endpoint.port } }] : [];
    return {
      status: lint.length + portTls.length > 0 ? 'warn' : 'pass',
      summary: lint.length > 0 ? { key: 'config.ok_env_notes', params: { ...params, count: lint.length } } : { key: 'config.ok', params },
      evidence: { source, ...endpoint, ...(input.envText !== undefined ? { envLint: lint.map((f) => f.id) } : {}) },
      findings: [...defaulted, ...portTls, ...lint],
      data: { endpoint },
    };
  },
};
