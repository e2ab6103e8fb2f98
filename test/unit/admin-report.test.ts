import { describe, expect, it } from 'vitest';
import { renderAdminReport } from '../../electron/core/report/admin-report';
import { toContractReport } from '../../electron/core/report/contract-json';
import type { DiagnosisReport } from '../../shared/model/report';
import { questionsFor } from '../../shared/findings/admin-questions';

const report: DiagnosisReport = {
  runId: 'r1',
  tool: 'siscom-doctor',
  version: '0.1.0',
  startedAt: '2026-12-04T10:00:00.000Z',
  durationMs: 12,
  target: { brokerHost: 'broker.example.com:1883', username: 'administrator', password: '***', topic: 'tracking/<data>' },
  steps: [
    { id: 'config', status: 'pass', startedAt: 'x', durationMs: 1, summary: { key: 'config.ok', params: { protocol: 'mqtt', host: 'broker.example.com', port: 1883 } }, evidence: {}, findings: [] },
    {
      id: 'tcp',
      status: 'fail',
      startedAt: 'x',
      durationMs: 3,
      summary: { key: 'tcp.failed', params: { address: '10.0.0.1', port: 1883, code: 'ECONNRESET' } },
      evidence: { code: 'ECONNRESET' },
      command: 'nc -zv broker.example.com 1883',
      findings: [{ id: 'tcp.reset', step: 'tcp', params: { host: 'broker.example.com', port: 1883 } }],
    },
  ],
  verdict: 'fail',
  cancelled: false,
};

describe('the administrator report', () => {
  const contract = toContractReport(report, 'en');

  it('Markdown: verdict, finding with fixes and command, steps, evidence, questions', () => {
    const md = renderAdminReport(contract, 'en', 'md', 'support-laptop');
    expect(md).toContain('**Verdict: There are problems that stop the connection**');
    expect(md).toContain('### [error] The connection was reset by broker.example.com (`tcp.reset`)');
    expect(md).toContain('To check it by hand: `nc -zv broker.example.com 1883`');
    expect(md).toContain('| tcp | fail | 3 ms |');
    expect(md).toContain('Source machine: support-laptop');
    expect(md).toContain('password=***');
    // A reset points at connection limits first.
    expect(md.indexOf('Is there a limit on simultaneous connections')).toBeLessThan(md.indexOf('Are other clients connected'));
  });

  it('HTML escapes what it shows and is in the asked language', () => {
    const html = renderAdminReport(toContractReport(report, 'es'), 'es', 'html', 'host<1>');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('Informe de diagnóstico de Siscom Doctor');
    expect(html).toContain('tracking/&lt;data&gt;');
    expect(html).toContain('host&lt;1&gt;');
    expect(html).not.toContain('tracking/<data>');
  });

  it('puts the questions relevant to the findings first, the log question always last', () => {
    expect(questionsFor(['monitor.client_id_conflict']).map((q) => q.id)[0]).toBe('duplicate_client_id');
    expect(questionsFor(['mqtt.connack.bad_credentials'])[0]?.id).toBe('credentials');
    expect(questionsFor([]).at(-1)?.id).toBe('broker_logs');
    expect(questionsFor([]).every((q) => !q.relevant)).toBe(true);
  });
});
