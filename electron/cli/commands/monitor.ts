import { parseArgs } from 'node:util';
import { renderFinding } from '../../../shared/i18n';
import { findingDefinition } from '../../../shared/findings';
import type { Lang } from '../../../shared/model/localized';
import type { AttemptRecord } from '../../../shared/model/attempt';
import type { MonitorBatch, MonitorState } from '../../../shared/model/monitor';
import type { FindingInstance } from '../../../shared/model/report';
import { GUIDE_SETTINGS, MonitorTargetError, startMonitorSession, type MonitorSettings } from '../../core/monitor/monitor-session';
import { parseLang, UsageError } from '../io';
import { resolveTarget, TARGET_OPTIONS } from './target-options';
import { LOG_OPTIONS, openLogFromFlags } from './log-option';
import type { CliCommand } from './command';

const OPTIONS = {
  ...TARGET_OPTIONS,
  ...LOG_OPTIONS,
  duration: { type: 'string' },
  'json-lines': { type: 'boolean' },
  qos: { type: 'string' },
  'no-log': { type: 'boolean' },
  lang: { type: 'string' },
} as const;

function positive(flag: string, value: string | undefined, { integer = false, max = Infinity } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`--${flag} takes a positive ${integer ? 'whole ' : ''}number${max < Infinity ? ` up to ${max}` : ''}, not "${value}"`);
  }
  return n;
}

const T = {
  es: {
    start: (target: string, id: string) => `Vigilando ${target} con client id ${id} (Ctrl+C para terminar)`,
    connecting: 'conectando…',
    connected: 'conectado',
    offline: (ms: number) => `desconectado; próximo intento en ${(ms / 1000).toFixed(1)} s`,
    reconnecting: (n: number) => `reintento n.º ${n}…`,
    stopped: 'detenido',
    flow: (n: number, rate: number, since: string) => `mensajes: ${n} en total, ${rate}/s, último hace ${since}`,
    findings: 'Hallazgos',
    none: 'Sin hallazgos.',
    log: 'Registro de intentos',
    logError: 'no se pudo escribir el registro de intentos',
  },
  en: {
    start: (target: string, id: string) => `Watching ${target} as client id ${id} (Ctrl+C to stop)`,
    connecting: 'connecting…',
    connected: 'connected',
    offline: (ms: number) => `offline; next attempt in ${(ms / 1000).toFixed(1)} s`,
    reconnecting: (n: number) => `reconnect attempt #${n}…`,
    stopped: 'stopped',
    flow: (n: number, rate: number, since: string) => `messages: ${n} in all, ${rate}/s, last ${since} ago`,
    findings: 'Findings',
    none: 'No findings.',
    log: 'Attempt log',
    logError: 'could not write the attempt log',
  },
};

function stateLine(s: MonitorState, lang: Lang): string {
  const t = T[lang];
  switch (s.phase) {
    case 'connecting':
      return t.connecting;
    case 'connected':
      return t.connected;
    case 'offline':
      return t.offline(s.nextDelayMs ?? 0);
    case 'reconnecting':
      return t.reconnecting(s.attempt);
    case 'stopped':
      return t.stopped;
  }
}

function attemptLine(r: AttemptRecord): string {
  const p = r.phases;
  const timing = [p.dnsMs !== undefined ? `dns ${p.dnsMs}` : '', p.tcpMs !== undefined ? `tcp ${p.tcpMs}` : '', p.tlsMs !== undefined ? `tls ${p.tlsMs}` : '', p.connackMs !== undefined ? `connack ${p.connackMs}` : '']
    .filter(Boolean)
    .join(' / ');
  const code = r.connackCode !== undefined && r.outcome !== 'connected' ? ` code ${r.connackCode}` : r.errorCode ? ` ${r.errorCode}` : '';
  const session = r.sessionMs !== undefined ? ` session ${(r.sessionMs / 1000).toFixed(1)} s, ended: ${r.endReason ?? '?'}${r.disconnectCode !== undefined ? ` 0x${r.disconnectCode.toString(16).toUpperCase()}` : ''}` : '';
  return `#${r.attempt ?? '?'} ${r.outcome}${code} (${timing || `${p.totalMs} ms`} ms)${session}`;
}

function renderFindings(findings: FindingInstance[], lang: Lang): string {
  const t = T[lang];
  if (findings.length === 0) return `${t.findings}: ${t.none}\n`;
  const lines = [`${t.findings}:`];
  for (const f of findings) {
    const r = renderFinding(f, lang);
    lines.push(`  [${r.severity}] ${r.title} (${r.id})`, `      ${r.explanation}`);
    for (const fix of r.fixes) lines.push(`        - ${fix}`);
    if (r.command) lines.push(`      $ ${r.command}`);
  }
  return lines.join('\n') + '\n';
}

export const monitorCommand: CliCommand = {
  name: 'monitor',
  summary: { es: 'Vigila una conexión MQTT en vivo y detecta patrones de fallo', en: 'Watch a live MQTT connection and spot failure patterns' },
  usage:
    'siscom-doctor monitor [--env FILE] [--broker URL] [--username U] [--password-stdin] [--topic T] [--client-id ID] [--mqtt-version 3.1.1|5] [--timeout MS] [--duration S] [--keepalive S] [--clean-session true|false] [--reconnect-min S] [--reconnect-max S] [--max-inflight N] [--qos 0|1|2] [--json-lines] [--log DIR | --no-log] [--lang es|en]',
  async run(argv, io, signal) {
    const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    const lang = parseLang(values.lang, io.env);
    const duration = positive('duration', values.duration, { max: 7 * 24 * 3600 });
    // The session flags are the diagnosis's own (target-options.ts); the monitor starts from the
    // guide's settings and takes only those given on the command line.
    const input = await resolveTarget(values, io);
    const settings: MonitorSettings = {};
    if (values.keepalive !== undefined) settings.keepaliveS = input.keepaliveS;
    if (values['clean-session'] !== undefined) settings.cleanSession = input.cleanSession;
    if (values['reconnect-min'] !== undefined) settings.backoffMinMs = input.reconnectMinMs;
    if (values['reconnect-max'] !== undefined) settings.backoffMaxMs = input.reconnectMaxMs;
    if (values['max-inflight'] !== undefined) settings.maxInflight = input.maxInflight;
    if ((settings.backoffMinMs ?? GUIDE_SETTINGS.backoffMinMs) > (settings.backoffMaxMs ?? GUIDE_SETTINGS.backoffMaxMs)) {
      throw new UsageError('--reconnect-min must not be larger than --reconnect-max');
    }
    if (values.qos !== undefined) {
      if (!['0', '1', '2'].includes(values.qos)) throw new UsageError(`--qos takes 0, 1 or 2, not "${values.qos}"`);
      settings.qos = Number(values.qos) as 0 | 1 | 2;
    }
    if (values['no-log'] && values.log !== undefined) throw new UsageError('choose one of --log and --no-log');
    const jsonLines = values['json-lines'] ?? false;
    const log = openLogFromFlags(values, io, { then: 'usage-error' });

    let lastPhase = '';
    let lastFindingIds = '';
    let lastFlowAt = 0;
    let lastFindings: FindingInstance[] = [];
    let loggedError = false;
    const onBatch = (b: MonitorBatch): void => {
      lastFindings = b.findings;
      if (jsonLines) {
        io.stdout.write(JSON.stringify({ type: 'batch', ...b }) + '\n');
        return;
      }
      const time = new Date(b.at).toISOString().slice(11, 19);
      for (const a of b.attempts) io.stdout.write(`${time}  ${attemptLine(a)}\n`);
      const phaseKey = `${b.state.phase}:${b.state.attempt}:${b.state.nextDelayMs ?? ''}`;
      if (phaseKey !== lastPhase) {
        lastPhase = phaseKey;
        io.stdout.write(`${time}  ${stateLine(b.state, lang)}\n`);
      }
      if (b.flow.messages > 0 && b.at - lastFlowAt >= 10_000) {
        lastFlowAt = b.at;
        io.stdout.write(`${time}  ${T[lang].flow(b.flow.messages, b.flow.ratePerS, b.flow.sinceLastMs === null ? '–' : `${(b.flow.sinceLastMs / 1000).toFixed(1)} s`)}\n`);
      }
      const ids = b.findings.map((f) => f.id).join(',');
      if (ids !== lastFindingIds && !b.final) {
        lastFindingIds = ids;
        for (const f of b.findings) io.stdout.write(`${time}  ! ${renderFinding(f, lang).title} (${f.id})\n`);
      }
      if (b.logError && !loggedError) {
        loggedError = true;
        io.stderr.write(`siscom-doctor: ${T[lang].logError}: ${b.logError}\n`);
      }
    };

    let monitor;
    try {
      monitor = startMonitorSession({ input, settings, ...(log ? { log } : {}), onBatch });
    } catch (error) {
      log?.close();
      if (error instanceof MonitorTargetError) {
        const f = renderFinding(error.finding, lang);
        io.stderr.write(`siscom-doctor: ${f.title}: ${f.explanation}\n`);
        return 1;
      }
      throw error;
    }
    if (!jsonLines) io.stdout.write(T[lang].start(monitor.target, monitor.clientId) + '\n');
    const timer = duration !== undefined ? setTimeout(() => void monitor.stop(), duration * 1000) : undefined;
    const onAbort = (): void => void monitor.stop();
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    await monitor.done;
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
    log?.close();
    if (jsonLines) {
      io.stdout.write(JSON.stringify({ type: 'summary', findings: lastFindings.map((f) => renderFinding(f, lang)), log: log?.path ?? null }) + '\n');
    } else {
      io.stdout.write('\n' + renderFindings(lastFindings, lang));
      if (log) io.stdout.write(`${T[lang].log}: ${log.path}\n`);
    }
    return lastFindings.some((f) => findingDefinition(f.id)?.severity === 'error') ? 1 : 0;
  },
};
