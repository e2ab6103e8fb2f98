import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import { brokerPlan } from '../../electron/core/checks/plan';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import { TargetInput, type TargetInput as TargetInputType } from '../../shared/model/target';
import type { RunEvent } from '../../shared/model/report';
import { closedPort } from '../helpers/ports';
import { startLoopbackDns, type LoopbackDnsServer } from '../helpers/dns-server';

const diagnose = (target: TargetInputType, onEvent?: (e: RunEvent) => void) => runDiagnosis({ input: TargetInput.parse(target), checks: brokerPlan(), ...(onEvent ? { onEvent } : {}) });
const findingIds = (r: Awaited<ReturnType<typeof diagnose>>) => r.steps.flatMap((s) => s.findings.map((f) => f.id));

describe('broker diagnosis against real sockets', () => {
  let broker: EmbeddedBroker;
  let dns: LoopbackDnsServer;
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ publishSamples: false });
    dns = await startLoopbackDns({
      'broker.test': { kind: 'a', address: '127.0.0.1' },
      'flaky.test': { kind: 'servfail' },
      'slow.test': { kind: 'silent' },
    });
  });
  afterAll(async () => {
    await broker.close();
    await dns.close();
  });

  it('a closed port is tcp.refused, with the nc command', async () => {
    const port = await closedPort();
    const report = await diagnose({ brokerHost: `127.0.0.1:${port}` });
    expect(report.verdict).toBe('fail');
    const tcp = report.steps.find((s) => s.id === 'tcp');
    expect(tcp).toMatchObject({ status: 'fail', command: `nc -zv 127.0.0.1 ${port}`, evidence: { code: 'ECONNREFUSED' } });
    expect(findingIds(report)).toEqual(['tcp.refused']);
  });

  it('an open port (aedes) passes, with the connect time as evidence', async () => {
    const report = await diagnose({ brokerUrl: broker.url });
    expect(report.steps.filter((s) => ['config', 'dns', 'tcp'].includes(s.id)).map((s) => s.status)).toEqual(['pass', 'pass', 'pass']);
    const tcp = report.steps.find((s) => s.id === 'tcp');
    expect(typeof tcp?.evidence.connectMs).toBe('number');
    expect(report.verdict).toBe('pass');
  });

  it('IPv6 loopback in brackets reaches a listener on ::1', async () => {
    const v6 = await startEmbeddedBroker({ host: '::1', publishSamples: false });
    try {
      const report = await diagnose({ brokerHost: `[::1]:${v6.port}` });
      expect(report.steps.find((s) => s.id === 'tcp')?.status).toBe('pass');
    } finally {
      await v6.close();
    }
  });

  it('resolves a name through the named DNS server, then connects', async () => {
    const report = await diagnose({ brokerHost: `broker.test:${broker.port}`, dnsServer: dns.server });
    expect(report.steps.find((s) => s.id === 'dns')).toMatchObject({ status: 'pass', evidence: { addresses: [{ address: '127.0.0.1', family: 4 }] } });
    expect(report.steps.find((s) => s.id === 'tcp')?.status).toBe('pass');
    expect(dns.queries).toContain('broker.test');
  });

  it('an unknown name is dns.not_found and the TCP step is skipped', async () => {
    const report = await diagnose({ brokerHost: 'no-such-broker.test:1883', dnsServer: dns.server });
    expect(findingIds(report)).toEqual(['dns.not_found']);
    expect(report.steps.find((s) => s.id === 'tcp')).toMatchObject({ status: 'skip', summary: { key: 'step.skipped_dependency' } });
  });

  it('a failing DNS server is dns.temporary_failure', async () => {
    const report = await diagnose({ brokerHost: 'flaky.test:1883', dnsServer: dns.server });
    expect(findingIds(report)).toEqual(['dns.temporary_failure']);
  });

  it('a DNS server that never answers ends at the timeout as dns.timeout', async () => {
    const report = await diagnose({ brokerHost: 'slow.test:1883', dnsServer: dns.server, timeoutMs: 300 });
    expect(findingIds(report)).toEqual(['dns.timeout']);
  });

  it('a malformed BROKER_HOST is a config finding, and nothing touches the network', async () => {
    const report = await diagnose({ brokerHost: 'broker:99999' });
    expect(findingIds(report)).toEqual(['config.invalid_port']);
    expect(report.steps.slice(1).every((s) => s.status === 'skip')).toBe(true);
  });

  it('streams step events tagged with the run id, in order', async () => {
    const events: RunEvent[] = [];
    const report = await diagnose({ brokerUrl: broker.url }, (e) => events.push(e));
    expect(events[0]?.type).toBe('run-started');
    expect(events.at(-1)?.type).toBe('run-finished');
    expect(events.every((e) => e.runId === report.runId)).toBe(true);
    const order = events.filter((e) => e.type === 'step-finished').map((e) => (e.type === 'step-finished' ? e.result.id : ''));
    // config, then dns; every later step finishes after the steps it needs.
    expect(order.slice(0, 2)).toEqual(['config', 'dns']);
    for (const planned of (events[0] as Extract<RunEvent, { type: 'run-started' }>).plan) {
      for (const need of planned.needs) expect(order.indexOf(need), `${planned.id} after ${need}`).toBeLessThan(order.indexOf(planned.id));
    }
  });
});
