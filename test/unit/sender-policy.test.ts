import { describe, expect, it } from 'vitest';
import { eventSinkFor, trustedFrameCheck } from '../../electron/main/sender-policy';

// Frames and webContents are plain objects here: the Electron binary cannot run on this machine.
const frame = (url: string, parent: unknown = null) => ({ url, parent }) as never;

describe('IPC sender policy', () => {
  it('packaged: only the top file:// frame may call', () => {
    const trusted = trustedFrameCheck(undefined);
    expect(trusted(frame('file:///opt/siscom/resources/app.asar/out/renderer/index.html'))).toBe(true);
    expect(trusted(frame('https://evil.example/'))).toBe(false);
    expect(trusted(frame('file:///x/index.html', {}))).toBe(false);
    expect(trusted(null)).toBe(false);
    expect(trusted(frame('not a url'))).toBe(false);
  });

  it('development: only the dev server origin may call', () => {
    const trusted = trustedFrameCheck('http://localhost:5173');
    expect(trusted(frame('http://localhost:5173/index.html'))).toBe(true);
    expect(trusted(frame('http://localhost:5174/'))).toBe(false);
    expect(trusted(frame('file:///x/index.html'))).toBe(false);
  });

  it('never sends to a destroyed window', () => {
    const sent: unknown[] = [];
    let destroyed = false;
    const sink = eventSinkFor(() => ({ isDestroyed: () => destroyed, send: (...args: unknown[]) => sent.push(args) }) as never);
    const event = { type: 'step-started', runId: 'r', at: 'now', stepId: 'tcp' } as const;
    sink('diagnosis:event', event);
    destroyed = true;
    sink('diagnosis:event', event);
    expect(sent).toEqual([['diagnosis:event', event]]);
  });
});
