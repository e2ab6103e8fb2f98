import { describe, expect, it } from 'vitest';
import { progressPrinter } from '../../electron/cli/progress';

describe('CLI progress lines', () => {
  it('prints each step as it starts and ends, in the asked language', () => {
    let out = '';
    const onEvent = progressPrinter((t) => (out += t), 'es');
    onEvent({ type: 'run-started', runId: 'r', at: 'x', plan: [{ id: 'tcp', needs: [] }] });
    onEvent({ type: 'step-started', runId: 'r', at: 'x', stepId: 'tcp' });
    onEvent({
      type: 'step-finished',
      runId: 'r',
      at: 'x',
      result: { id: 'tcp', status: 'fail', startedAt: 'x', durationMs: 1, summary: { key: 'tcp.failed', params: { address: '127.0.0.1', port: 1, code: 'ECONNREFUSED' } }, evidence: {}, findings: [] },
    });
    expect(out).toBe('… 1 pasos\n  ◌ tcp en curso…\n  ✖ tcp: No se pudo conectar a 127.0.0.1:1 (ECONNREFUSED)\n');
  });
});
