import { spawn } from 'node:child_process';

export interface PingSummary {
  transmitted: number;
  received: number;
  rtt?: { min: number; avg: number; max: number };
}

export type PingResult =
  | ({ available: true; exitCode: number | null; output: string; command: string } & PingSummary)
  | { available: false; reason: string; command: string };

/** The system ping's arguments for one address: Linux/BSD/macOS or Windows forms. */
export function pingArgs(address: string, count: number, timeoutMs: number, platform: NodeJS.Platform = process.platform): { file: string; args: string[] } {
  const deadlineS = Math.max(1, Math.ceil(timeoutMs / 1000));
  const v6 = address.includes(':');
  if (platform === 'win32') return { file: 'ping', args: ['-n', String(count), '-w', String(Math.max(100, timeoutMs)), ...(v6 ? ['-6'] : []), address] };
  if (platform === 'darwin') return { file: v6 ? 'ping6' : 'ping', args: ['-n', '-c', String(count), ...(v6 ? [] : ['-t', String(deadlineS)]), address] };
  return { file: 'ping', args: ['-n', '-c', String(count), '-w', String(deadlineS), ...(v6 ? ['-6'] : []), address] };
}

/**
 * Reads what ping printed: Linux (iputils, busybox), macOS/BSD and Windows (English and
 * Spanish) summaries. Unknown forms fall back to counting reply lines.
 */
export function parsePingOutput(output: string): PingSummary {
  const text = output.replace(/\r/g, '');
  let transmitted = 0;
  let received = 0;
  const unix = /(\d+) packets transmitted, (\d+) (?:packets )?received/.exec(text);
  const win = /(?:Sent|Enviados)\s*=\s*(\d+),\s*(?:Received|Recibidos)\s*=\s*(\d+)/i.exec(text);
  if (unix) {
    transmitted = Number(unix[1]);
    received = Number(unix[2]);
  } else if (win) {
    transmitted = Number(win[1]);
    received = Number(win[2]);
  } else {
    received = (text.match(/(bytes from|Reply from .*time|Respuesta desde .*tiempo)/gi) ?? []).length;
    transmitted = received;
  }
  // Windows counts "Destination host unreachable" from a router as a reply: it is not one.
  if (win && !/(time|tiempo)[=<]\s*\d/i.test(text)) received = 0;
  const unixRtt = /(?:rtt|round-trip) min\/avg\/max(?:\/(?:mdev|stddev))? = ([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(text);
  const winRtt = /(?:Minimum|M[ií]nimo) = (\d+)ms, (?:Maximum|M[áa]ximo) = (\d+)ms, (?:Average|Media) = (\d+)ms/i.exec(text);
  let rtt: PingSummary['rtt'];
  if (unixRtt) rtt = { min: Number(unixRtt[1]), avg: Number(unixRtt[2]), max: Number(unixRtt[3]) };
  else if (winRtt) rtt = { min: Number(winRtt[1]), avg: Number(winRtt[3]), max: Number(winRtt[2]) };
  else {
    const times = [...text.matchAll(/(?:time|tiempo)[=<]\s*([\d.]+)\s*ms/gi)].map((m) => Number(m[1]));
    if (times.length > 0) rtt = { min: Math.min(...times), avg: times.reduce((a, b) => a + b, 0) / times.length, max: Math.max(...times) };
  }
  return { transmitted, received, ...(rtt ? { rtt } : {}) };
}

/** Runs the system ping; no binary (or no permission to open a raw socket) is `available: false`. */
export function runPing(address: string, options: { count: number; timeoutMs: number; signal?: AbortSignal; platform?: NodeJS.Platform; file?: string }): Promise<PingResult> {
  const { file: defaultFile, args } = pingArgs(address, options.count, options.timeoutMs, options.platform);
  const file = options.file ?? defaultFile;
  const command = `${file} ${args.join(' ')}`;
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const finish = (result: PingResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null) child.kill('SIGKILL');
      resolve(result);
    };
    // ping's own deadline is in whole seconds: ours is the step's budget, to the millisecond.
    const timer = setTimeout(() => finish({ available: true, exitCode: null, output, command, ...parsePingOutput(output) }), options.timeoutMs);
    const onAbort = (): void => finish({ available: false, reason: 'cancelled', command });
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    child.once('error', (error: NodeJS.ErrnoException) => finish({ available: false, reason: error.code === 'ENOENT' ? `no ${file} command on this system` : `${file} could not run (${error.code ?? error.message})`, command }));
    child.once('close', (exitCode) => {
      if (/Operation not permitted|permission denied|socket: /i.test(output) && !/bytes from/.test(output)) {
        finish({ available: false, reason: `${file} is not allowed to send ICMP here: ${output.trim().split('\n')[0]}`, command });
        return;
      }
      finish({ available: true, exitCode, output, command, ...parsePingOutput(output) });
    });
  });
}
