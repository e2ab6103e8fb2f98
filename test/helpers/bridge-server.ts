import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { WebSocketServer, WebSocket } from 'ws';
import { createDoctorService } from '../../electron/core/service';
import { dispatchInvoke } from '../../shared/ipc/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

export interface BridgeServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and carries the IPC contract over a WebSocket to the real core: the
 * Electron main process's job, done by another transport where no Electron binary exists. Loopback only.
 */
export async function startBridgeServer(rendererDir = resolve('out/renderer'), options: { dataDir?: string } = {}): Promise<BridgeServer> {
  const server = http.createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(rendererDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(rendererDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CONTENT_SECURITY_POLICY });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  const wss = new WebSocketServer({ server, path: '/__doctor' });
  wss.on('connection', (ws) => {
    const send = (message: unknown): void => {
      if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(message));
    };
    const service = createDoctorService({ transport: 'bridge', ...(options.dataDir ? { dataDir: options.dataDir } : {}), emit: (channel, payload) => send({ type: 'event', channel, payload }) });
    ws.on('message', async (data) => {
      let message: { id: number; channel: unknown; request: unknown };
      try {
        message = JSON.parse(String(data));
      } catch {
        return;
      }
      try {
        send({ type: 'reply', id: message.id, ok: true, reply: await dispatchInvoke(service.handlers, message.channel, message.request) });
      } catch (error) {
        send({ type: 'reply', id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    });
    ws.on('close', () => service.dispose());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Injected into the page before its scripts: `window.doctor` over the bridge's WebSocket. */
export const BRIDGE_CLIENT_SCRIPT = `(() => {
  const ws = new WebSocket(location.origin.replace(/^http/, 'ws') + '/__doctor');
  const opened = new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
  const pending = new Map();
  const listeners = new Map();
  let nextId = 1;
  ws.addEventListener('message', (e) => {
    const m = JSON.parse(e.data);
    if (m.type === 'reply') {
      const p = pending.get(m.id); pending.delete(m.id);
      if (p) m.ok ? p.resolve(m.reply) : p.reject(new Error(m.error));
    } else if (m.type === 'event') {
      for (const l of listeners.get(m.channel) ?? []) l(m.payload);
    }
  });
  window.doctor = Object.freeze({
    async invoke(channel, request) {
      await opened;
      const id = nextId++;
      return new Promise((resolve, reject) => { pending.set(id, { resolve, reject }); ws.send(JSON.stringify({ id, channel, request })); });
    },
    on(channel, listener) {
      const set = listeners.get(channel) ?? new Set(); set.add(listener); listeners.set(channel, set);
      return () => set.delete(listener);
    },
  });
})();`;
