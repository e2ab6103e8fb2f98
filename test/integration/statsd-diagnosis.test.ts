import dgram from 'node:dgram';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import { statsdPlan } from '../../electron/core/checks/statsd/plan';
import { diagnosisPlan } from '../../electron/core/checks/diagnosis-plan';
import { brokerPlan } from '../../electron/core/checks/plan';
import { etsySnapshot } from '../../electron/core/statsd/admin-client';
import { sendTestMetrics } from '../../electron/core/statsd/send-metrics';
import { startStatsdSink } from '../../electron/core/statsd/sink';
import { TargetInput, type TargetInput as TargetInputType } from '../../shared/model/target';
import type { DiagnosisReport, RunEvent } from '../../shared/model/report';
import { closedPort } from '../helpers/ports';
import { startLoopbackDns, type LoopbackDnsServer } from '../helpers/dns-server';
import { freeUdpPort, startEtsyStatsd, type EtsyStatsd } from '../helpers/etsy-statsd';

const diagnose = (target: TargetInputType) => runDiagnosis({ input: TargetInput.parse({ timeoutMs: 2000, ...target }), checks: statsdPlan() });
const ids = (r: DiagnosisReport) => r.steps.flatMap((s) => s.findings.map((f) => f.id));
const step = (r: DiagnosisReport, id: string) => r.steps.find((s) => s.id === id);

describe('StatsD diagnosis against real sockets and a real Etsy statsd', () => {
  let etsy: EtsyStatsd;
  let dns: LoopbackDnsServer;
  beforeAll(async () => {
    etsy = await startEtsyStatsd();
    dns = await startLoopbackDns({ 'metrics.test': { kind: 'a', address: '127.0.0.1' }, 'slow.test': { kind: 'silent' } });
  });
  afterAll(async () => {
    await etsy?.close();
    await dns?.close();
  });

  it('STATSD_ENABLED=false is the info finding statsd.disabled and nothing touches the network', async () => {
    const report = await diagnose({ statsd: { enabled: 'false', host: 'metrics.test', port: '8125' }, dnsServer: dns.server });
    expect(ids(report)).toEqual(['statsd.disabled']);
    expect(step(report, 'statsd.config')).toMatchObject({ status: 'skip', summary: { key: 'statsd.config.disabled' } });
    expect(report.steps.slice(1).every((s) => s.status === 'skip')).toBe(true);
    expect(dns.queries).not.toContain('metrics.test');
    expect(report.verdict).toBe('pass');
  });

  it.each([
    [{ enabled: 'ture', port: '8125' }, 'STATSD_ENABLED'],
    [{ enabled: 'true', port: '81250' }, 'STATSD_PORT'],
    [{ enabled: 'true', host: 'udp://localhost', port: '8125' }, 'STATSD_HOST'],
    [{ enabled: 'true', port: '8125', prefix: 'siscom api' }, 'STATSD_PREFIX'],
  ])('a malformed setting %j is statsd.config.invalid naming %s', async (statsd, field) => {
    const report = await diagnose({ statsd });
    expect(ids(report)).toEqual(['statsd.config.invalid']);
    expect(step(report, 'statsd.config')?.findings[0]?.params.field).toBe(field);
    expect(report.verdict).toBe('fail');
  });

  it('an unresolvable STATSD_HOST is statsd.dns.not_found (asked of the loopback DNS server), later steps skipped', async () => {
    const report = await diagnose({ statsd: { enabled: 'true', host: 'no-such-metrics.test', port: '8125' }, dnsServer: dns.server });
    expect(ids(report)).toEqual(['statsd.dns.not_found']);
    expect(dns.queries).toContain('no-such-metrics.test');
    for (const id of ['statsd.udp', 'statsd.admin', 'statsd.send']) expect(step(report, id)?.status).toBe('skip');
  });

  it('a DNS server that stays silent is statsd.dns.failed at the timeout', async () => {
    const report = await diagnose({ statsd: { enabled: 'true', host: 'slow.test', port: '8125' }, dnsServer: dns.server, timeoutMs: 300 });
    expect(ids(report)).toEqual(['statsd.dns.failed']);
  });

  it('a closed UDP port is statsd.port_unreachable: the connected socket hears ECONNREFUSED (the guide’s Errno 111)', async () => {
    const port = await freeUdpPort();
    const admin = await closedPort();
    const report = await diagnose({ statsd: { enabled: 'true', host: 'metrics.test', port: String(port), adminPort: String(admin) }, dnsServer: dns.server });
    expect(ids(report)).toEqual(['statsd.port_unreachable']);
    expect(step(report, 'statsd.udp')).toMatchObject({ status: 'fail', command: `nc -zvu metrics.test ${port}`, evidence: { code: 'ECONNREFUSED', address: '127.0.0.1' } });
    expect(step(report, 'statsd.send')).toMatchObject({ status: 'skip', summary: { params: { dependency: 'statsd.udp' } } });
    expect(report.verdict).toBe('fail');
  });

  it('Etsy statsd: test metrics sent with hot-shots arrive, proved by its counters before and after (statsd.ok)', async () => {
    const report = await diagnose({ statsd: { enabled: 'true', host: '127.0.0.1', port: String(etsy.port), prefix: 'siscom_api', adminPort: String(etsy.mgmtPort) } });
    expect(ids(report)).toEqual(['statsd.ok']);
    expect(step(report, 'statsd.admin')).toMatchObject({ status: 'pass', summary: { key: 'statsd.admin.etsy' } });
    const send = step(report, 'statsd.send');
    expect(send?.status).toBe('pass');
    const server = send?.evidence.server as { gauge: { sent: number; seen: number }; before: { metricsReceived: number }; after: { metricsReceived: number } };
    expect(server.gauge.seen).toBe(server.gauge.sent);
    expect(server.after.metricsReceived).toBeGreaterThanOrEqual(server.before.metricsReceived + 3);
    // The server itself has them under the service's prefix.
    const snap = await etsySnapshot('127.0.0.1', etsy.mgmtPort, 1000);
    expect(snap.counters['siscom_api.siscom_doctor.test.counter']).toBeGreaterThanOrEqual(1);
    expect(snap.gauges['siscom_api.siscom_doctor.test.gauge']).toBe(server.gauge.sent);
    expect(report.verdict).toBe('pass');
  });

  it('STATSD_PORT aimed at Etsy’s management port: statsd.admin_port and statsd.port_unreachable', async () => {
    const report = await diagnose({ statsd: { enabled: 'true', host: '127.0.0.1', port: String(etsy.mgmtPort), adminPort: String(etsy.mgmtPort) } });
    expect(ids(report).sort()).toEqual(['statsd.admin_port', 'statsd.port_unreachable']);
    expect(step(report, 'statsd.admin')?.findings[0]?.params.reply).toBe('health: up');
  });

  it('an HTTP service (like Datadog’s APM agent) on STATSD_PORT is statsd.admin_port', async () => {
    const server = http.createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const report = await diagnose({ statsd: { enabled: 'true', host: '127.0.0.1', port: String(port), adminPort: String(await closedPort()) } });
      expect(ids(report)).toContain('statsd.admin_port');
      expect(String(step(report, 'statsd.admin')?.findings[0]?.params.reply)).toMatch(/^HTTP\/1\.1 400/);
    } finally {
      server.close();
    }
  });

  it('Etsy answers on its management port but metrics go to another UDP port: statsd.not_received', async () => {
    // Something swallows datagrams on STATSD_PORT (no refusal), but it is not that statsd.
    const other = dgram.createSocket('udp4');
    await new Promise<void>((r) => other.bind(0, '127.0.0.1', r));
    try {
      const report = await diagnose({ statsd: { enabled: 'true', host: '127.0.0.1', port: String(other.address().port), adminPort: String(etsy.mgmtPort) } });
      expect(ids(report)).toEqual(['statsd.not_received']);
      expect(step(report, 'statsd.send')?.status).toBe('fail');
    } finally {
      other.close();
    }
  });

  it('a silent UDP listener and no management service is statsd.unconfirmed: silence proves nothing', async () => {
    const silent = dgram.createSocket('udp4');
    await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r));
    try {
      const report = await diagnose({ statsd: { enabled: 'true', host: '127.0.0.1', port: String(silent.address().port), adminPort: String(await closedPort()) } });
      expect(ids(report)).toEqual(['statsd.unconfirmed']);
      expect(step(report, 'statsd.udp')).toMatchObject({ status: 'pass', summary: { key: 'statsd.udp.silent', params: { probes: 3 } } });
      expect(report.verdict).toBe('warn');
    } finally {
      silent.close();
    }
  });

  it('the built-in sink of this process confirms delivery (statsd.ok) and shows the lines', async () => {
    const sink = await startStatsdSink({ port: 0, host: '127.0.0.1' });
    try {
      const report = await diagnose({ statsd: { enabled: 'true', host: '127.0.0.1', port: String(sink.port), prefix: 'svc', adminPort: String(await closedPort()) } });
      expect(ids(report)).toEqual(['statsd.ok']);
      expect(step(report, 'statsd.send')?.findings[0]?.params.proof).toMatch(/siscom-doctor sink/);
      const names = sink.names().map((n) => n.name);
      expect(names).toEqual(expect.arrayContaining(['svc.siscom_doctor.probe', 'svc.siscom_doctor.test.counter', 'svc.siscom_doctor.test.timer', 'svc.siscom_doctor.test.gauge']));
    } finally {
      await sink.close();
    }
  });

  it('hot-shots over TCP reaches Etsy’s TCP server; over TCP to a closed port its error handler reports ECONNREFUSED', async () => {
    const ok = await sendTestMetrics({ address: '127.0.0.1', port: etsy.tcpPort, prefix: 'tcp_check', protocol: 'tcp', timeoutMs: 1000 });
    expect(ok).toMatchObject({ ok: true });
    let gauge: number | undefined;
    for (let i = 0; i < 40 && gauge !== ok.gaugeValue; i++) {
      gauge = (await etsySnapshot('127.0.0.1', etsy.mgmtPort, 1000)).gauges['tcp_check.siscom_doctor.test.gauge'];
      if (gauge !== ok.gaugeValue) await new Promise((r) => setTimeout(r, 25));
    }
    expect(gauge).toBe(ok.gaugeValue);
    const refused = await sendTestMetrics({ address: '127.0.0.1', port: await closedPort(), prefix: '', protocol: 'tcp', timeoutMs: 1000 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ECONNREFUSED' } });
  });

  it('hot-shots over UDP to a closed port reports nothing: why statsd.udp uses a connected socket', async () => {
    const result = await sendTestMetrics({ address: '127.0.0.1', port: await freeUdpPort(), prefix: '', protocol: 'udp', timeoutMs: 1000 });
    expect(result.ok).toBe(true);
    expect(result.sent).toBe(3);
  });

  it('with the broker plan, the StatsD chain runs concurrently in the same run', async () => {
    // The broker's name hangs in DNS for 800 ms; StatsD (an IP literal on a closed port) finishes long before.
    const events: RunEvent[] = [];
    const input = TargetInput.parse({ brokerHost: 'slow.test:1883', dnsServer: dns.server, timeoutMs: 800, statsd: { enabled: 'true', host: '127.0.0.1', port: String(await freeUdpPort()), adminPort: String(await closedPort()) } });
    const plan = diagnosisPlan(input);
    const brokerIds = brokerPlan(input).map((c) => c.id);
    expect(plan.map((c) => c.id)).toEqual([...brokerIds, 'statsd.config', 'statsd.dns', 'statsd.udp', 'statsd.admin', 'statsd.send']);
    const report = await runDiagnosis({ input, checks: plan, onEvent: (e) => events.push(e) });
    const finished = events.flatMap((e) => (e.type === 'step-finished' ? [e.result.id] : []));
    expect(finished.indexOf('statsd.udp')).toBeLessThan(finished.indexOf('dns'));
    expect(ids(report).sort()).toEqual(['dns.timeout', 'statsd.port_unreachable']);
    const plain = TargetInput.parse({ brokerHost: 'b:1883' });
    expect(diagnosisPlan(plain).map((c) => c.id)).toEqual(brokerPlan(plain).map((c) => c.id));
  });
});
