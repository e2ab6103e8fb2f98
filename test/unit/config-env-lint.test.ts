import { describe, expect, it } from 'vitest';
import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import { configCheck } from '../../electron/core/checks/config';
import { redactTarget, TargetInput } from '../../shared/model/target';

const ENV = 'BROKER_HOST=127.0.0.1:1883\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=changeme\nSTATSD_ENABLED=yes please\n';
const configOf = async (target: TargetInput) => {
  const report = await runDiagnosis({ input: TargetInput.parse(target), checks: [configCheck] });
  return report.steps[0]!;
};

describe("the wizard's config step lints the .env the target came from", () => {
  it('adds the lint findings with key and line, and warns without stopping the run', async () => {
    const step = await configOf({ brokerHost: '127.0.0.1:1883', topic: 'tracking/data', username: 'administrator', password: 'changeme', envText: ENV });
    expect(step.status).toBe('warn');
    expect(step.summary).toEqual({ key: 'config.ok_env_notes', params: { protocol: 'mqtt', host: '127.0.0.1', port: 1883, count: 2 } });
    expect(step.findings.map((f) => f.id)).toEqual(['config.password_placeholder', 'statsd.config.enabled_not_boolean']);
    expect(step.findings[0]?.params).toMatchObject({ key: 'MQTT_PASSWORD', line: 4 });
  });

  it('leaves out what the effective target overrides, and what the step says itself', async () => {
    const step = await configOf({ brokerUrl: 'mqtt://127.0.0.1:1883', topic: 'tracking/data', username: 'administrator', password: 'a-real-one', envText: ENV.replace('BROKER_HOST=127.0.0.1:1883\n', '') });
    expect(step.findings.map((f) => f.id)).toEqual(['statsd.config.enabled_not_boolean']);
  });

  it('without a .env it is the plain address check', async () => {
    const step = await configOf({ brokerHost: '127.0.0.1:1883' });
    expect(step.status).toBe('pass');
    expect(step.findings).toEqual([]);
  });

  it('says when the port and TLS disagree, for a URL and for BROKER_HOST alike', async () => {
    expect((await configOf({ brokerUrl: 'mqtts://127.0.0.1:1883' })).findings.map((f) => f.id)).toEqual(['config.plain_port_with_tls']);
    expect((await configOf({ brokerUrl: 'mqtt://127.0.0.1:8883' })).findings).toEqual([{ id: 'config.tls_port_without_tls', step: 'config', params: { where: 'mqtt://127.0.0.1:8883' } }]);
    const fromEnv = await configOf({ brokerHost: '127.0.0.1:8883', envText: ENV.replace(':1883', ':8883'), password: 'changeme', topic: 'tracking/data', username: 'administrator' });
    expect(fromEnv.findings.filter((f) => f.id === 'config.tls_port_without_tls')).toHaveLength(1);
    expect((await configOf({ brokerUrl: 'mqtts://127.0.0.1:8883' })).findings).toEqual([]);
  });

  it('never shows the .env text: it holds the password', () => {
    const shown = redactTarget(TargetInput.parse({ brokerHost: 'b:1883', password: 'changeme', envText: ENV }));
    expect(shown).not.toHaveProperty('envText');
    expect(JSON.stringify(shown)).not.toContain('changeme');
  });
});
