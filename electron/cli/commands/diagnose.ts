import { parseArgs } from 'node:util';
import type { ParsedTargetInput } from '../../../shared/model/target';
import type { Lang } from '../../../shared/model/localized';
import { runDiagnosis } from '../../core/runner/run-diagnosis';
import { diagnosisPlan } from '../../core/checks/diagnosis-plan';
import { toContractReport, exitCodeFor } from '../../core/report/contract-json';
import { renderTextReport } from '../../core/report/text';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { renderAdminReport, type ReportFormat } from '../../core/report/admin-report';
import type { AttemptLog } from '../../core/attempts/attempt-log';
import { attemptLogTap } from '../../core/attempts/log-diagnosis';
import type { RunEvent } from '../../../shared/model/report';
import { progressPrinter } from '../progress';
import { parseLang, UsageError, type CliIo } from '../io';
import { resolveTarget, TARGET_OPTIONS } from './target-options';
import { LOG_OPTIONS, openLogFromFlags } from './log-option';
import type { CliCommand } from './command';

export const OUTPUT_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

export interface DiagnoseExtras {
  /** Append the run's MQTT connection attempt here. */
  log?: AttemptLog;
  /** Also write the administrator report to this file (.md or .html). */
  reportPath?: string;
}

export function reportFormatOf(path: string): ReportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.html' || ext === '.htm') return 'html';
  throw new UsageError(`--report takes a file ending in .html or .md, not "${path}"`);
}

/** Runs the diagnosis (the broker's, plus StatsD's when the target enables it) and prints it; shared by `diagnose` and `demo`. */
export async function diagnoseAndPrint(input: ParsedTargetInput, lang: Lang, json: boolean, io: CliIo, signal?: AbortSignal, extras: DiagnoseExtras = {}): Promise<0 | 1> {
  const listeners: Array<(event: RunEvent) => void> = [];
  // Live progress for a person at a terminal, on stderr so stdout keeps only the report.
  if (io.isTTY && !json) listeners.push(progressPrinter((text) => io.stderr.write(text), lang));
  if (extras.log) {
    const warn = lang === 'es' ? 'aviso: no se pudo escribir el registro de intentos' : 'warning: could not write the attempt log';
    listeners.push(attemptLogTap(extras.log, 'cli', input.mqttVersion, (e) => io.stderr.write(`siscom-doctor: ${warn}: ${(e as Error).message}\n`)));
  }
  const report = await runDiagnosis({
    input,
    checks: diagnosisPlan(input),
    ...(signal ? { signal } : {}),
    ...(listeners.length ? { onEvent: (event: RunEvent) => listeners.forEach((l) => l(event)) } : {}),
  });
  const contract = toContractReport(report, lang);
  io.stdout.write(json ? JSON.stringify(contract, null, 2) + '\n' : renderTextReport(contract, lang, io.isTTY));
  if (extras.reportPath) {
    const content = renderAdminReport(contract, lang, reportFormatOf(extras.reportPath));
    try {
      await writeFile(extras.reportPath, io.scrub ? io.scrub(content) : content);
    } catch (error) {
      throw new UsageError(`the report could not be written to ${extras.reportPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return exitCodeFor(contract);
}

export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  summary: { es: 'Diagnostica la conexión con el broker MQTT (y StatsD si está activado)', en: 'Diagnose the connection to the MQTT broker (and StatsD when enabled)' },
  usage: 'siscom-doctor diagnose [--env FILE] [--broker URL] [--username U] [--password-stdin] [--topic T] [--client-id ID] [--mqtt-version 3.1.1|5] [--timeout MS] [--dns-server IP[:PORT]] [--clean-session true|false] [--keepalive S] [--reconnect-min S] [--reconnect-max S] [--max-inflight N] [--listen S] [--until-first] [--ca-file FILE] [--insecure] [--test-takeover] [--test-connection-limit N] [--test-publish] [--statsd HOST:PORT] [--statsd-admin-port N] [--report FILE.html|FILE.md] [--log DIR | --no-log] [--json] [--lang es|en]',
  async run(argv, io, signal) {
    const { values } = parseArgs({
      args: argv,
      options: { ...TARGET_OPTIONS, ...OUTPUT_OPTIONS, ...LOG_OPTIONS, 'no-log': { type: 'boolean' }, report: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    const lang = parseLang(values.lang, io.env);
    if (values.report !== undefined) reportFormatOf(values.report);
    if (values['no-log'] && values.log !== undefined) throw new UsageError('choose one of --log and --no-log');
    const input = await resolveTarget(values, io);
    // The diagnosis still runs without a log; only the record of it is missing.
    const log = openLogFromFlags(values, io, { then: 'warn', lang });
    try {
      return await diagnoseAndPrint(input, lang, values.json ?? false, io, signal, { ...(log ? { log } : {}), ...(values.report ? { reportPath: values.report } : {}) });
    } finally {
      log?.close();
    }
  },
};
