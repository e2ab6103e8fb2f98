import { parseStatsdSettings, type StatsdSettings } from '../../../../shared/config/statsd-settings';
import type { Check, CheckOutcome } from '../../runner/check';

export type StatsdConfigData = StatsdSettings;

/**
 * The service's STATSD_* settings. Disabled is not a fault (the service runs fine without
 * metrics): the step is skipped with the info finding statsd.disabled, and so are the steps after it.
 */
export const statsdConfigCheck: Check<StatsdConfigData> = {
  id: 'statsd.config',
  async run({ input }): Promise<CheckOutcome<StatsdConfigData>> {
    const parsed = parseStatsdSettings(input.statsd);
    if (!parsed.ok) {
      return {
        status: 'fail',
        summary: { key: 'statsd.config.invalid' },
        evidence: { statsd: input.statsd ?? {} },
        findings: parsed.problems,
      };
    }
    const s = parsed.settings;
    const evidence = { enabled: s.enabled, host: s.host, hostDefaulted: s.hostDefaulted, port: s.port, portDefaulted: s.portDefaulted, prefix: s.prefix, adminPort: s.adminPort };
    if (!s.enabled) {
      return {
        status: 'skip',
        summary: { key: 'statsd.config.disabled', params: { value: input.statsd?.enabled ?? '(—)' } },
        evidence,
        findings: [{ id: 'statsd.disabled' }],
      };
    }
    return {
      status: 'pass',
      summary: s.prefix ? { key: 'statsd.config.ok_prefix', params: { host: s.host, port: s.port, prefix: s.prefix } } : { key: 'statsd.config.ok', params: { host: s.host, port: s.port } },
      evidence,
      data: s,
    };
  },
};
