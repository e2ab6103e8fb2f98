import { parseArgs } from 'node:util';
import { lintClientSettings, renderLintIssue, sortIssues, type ClientSettings, type LintIssue, type RenderedLintFinding } from '../../../shared/lint';
import type { Lang } from '../../../shared/model/localized';
import { EnvFileError } from '../../core/env/service-env';
import { lintEnvFile } from '../../core/lint/lint-env-file';
import { TOOL_VERSION } from '../../core/version';
import { parseLang, UsageError, type CliIo } from '../io';
import type { CliCommand } from './command';

const OPTIONS = {
  env: { type: 'string' },
  'client-id': { type: 'string' },
  'clean-session': { type: 'string' },
  keepalive: { type: 'string' },
  'max-queued': { type: 'string' },
  instances: { type: 'string' },
  'idle-timeout': { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

function parseBool(flag: string, value: string): boolean {
  if (/^(true|1|yes|on)$/i.test(value)) return true;
  if (/^(false|0|no|off)$/i.test(value)) return false;
  throw new UsageError(`--${flag} takes true or false, not "${value}"`);
}

function parseCount(flag: string, value: string, min: number): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < min) throw new UsageError(`--${flag} takes a whole number ≥ ${min}, not "${value}"`);
  return Number(value);
}

const LABELS = {
  es: { none: 'Sin hallazgos: la configuración parece correcta.', fix: 'Qué hacer', command: 'Para verlo a mano', kb: 'Códigos relacionados', summary: 'Errores: {{e}} · avisos: {{w}} · notas: {{i}}', client: '(ajustes del cliente)' },
  en: { none: 'No findings: the configuration looks right.', fix: 'What to do', command: 'To see it by hand', kb: 'Related codes', summary: 'Errors: {{e}} · warnings: {{w}} · notes: {{i}}', client: '(client settings)' },
} as const;

export function renderLintText(findings: RenderedLintFinding[], file: string | undefined, lang: Lang): string {
  const l = LABELS[lang];
  if (findings.length === 0) return `${l.none}\n`;
  const lines: string[] = [];
  for (const f of findings) {
    const where = f.id.startsWith('config.client.') || file === undefined ? l.client : `${file}${f.line !== undefined ? `:${f.line}` : ''}`;
    lines.push(`${where}  [${f.severity}] ${f.title}  (${f.id})`, `    ${f.message}`);
    for (const fix of f.fixes) lines.push(`    → ${fix}`);
    if (f.command) lines.push(`    ${l.command}: ${f.command}`);
    if (f.kb) lines.push(`    ${l.kb}: ${f.kb.join(', ')} (siscom-doctor decode <id>)`);
  }
  const count = (s: string): number => findings.filter((f) => f.severity === s).length;
  lines.push('', l.summary.replace('{{e}}', String(count('error'))).replace('{{w}}', String(count('warning'))).replace('{{i}}', String(count('info'))));
  return lines.join('\n') + '\n';
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: {
    es: 'Revisa el .env del servicio y los ajustes del cliente MQTT (sin conectarse a nada)',
    en: "Review the service's .env and the MQTT client settings (connects to nothing)",
  },
  usage:
    'siscom-doctor lint [--env FILE] [--client-id ID] [--clean-session true|false] [--keepalive S] [--max-queued N] [--instances N] [--idle-timeout S] [--json] [--lang es|en]',
  async run(argv, io: CliIo) {
    const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    const lang = parseLang(values.lang, io.env);
    const client: ClientSettings = {};
    if (values['client-id'] !== undefined) client.clientId = values['client-id'];
    if (values['clean-session'] !== undefined) client.cleanSession = parseBool('clean-session', values['clean-session']);
    if (values.keepalive !== undefined) client.keepalive = values.keepalive;
    if (values['max-queued'] !== undefined) client.maxQueued = parseCount('max-queued', values['max-queued'], 0);
    if (values.instances !== undefined) client.instances = parseCount('instances', values.instances, 1);
    if (values['idle-timeout'] !== undefined) client.idleTimeout = parseCount('idle-timeout', values['idle-timeout'], 1);
    if (values.env === undefined && Object.keys(client).length === 0) throw new UsageError('lint needs --env FILE or client settings (--client-id, --clean-session, --keepalive, --max-queued)');

    let issues: LintIssue[] = [];
    if (values.env !== undefined) {
      try {
        issues = await lintEnvFile(values.env, { passwordFromEnvironment: Boolean(io.env.MQTT_PASSWORD) });
      } catch (error) {
        if (error instanceof EnvFileError) throw new UsageError(error.message);
        throw error;
      }
    }
    issues = sortIssues([...issues, ...lintClientSettings(client)]);
    const findings = issues.map((i) => renderLintIssue(i, lang));
    if (values.json) {
      const count = (s: string): number => findings.filter((f) => f.severity === s).length;
      const doc = { tool: 'siscom-doctor', version: TOOL_VERSION, lang, ...(values.env !== undefined ? { file: values.env } : {}), findings, counts: { error: count('error'), warning: count('warning'), info: count('info') } };
      io.stdout.write(JSON.stringify(doc, null, 2) + '\n');
    } else {
      io.stdout.write(renderLintText(findings, values.env, lang));
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
