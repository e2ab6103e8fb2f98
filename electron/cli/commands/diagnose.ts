import { parseArgs } from 'node:util';
import type { ParsedTargetInput } from '../../../shared/model/target';
import type { Lang } from '../../../shared/model/localized';
import { runDiagnosis } from '../../core/runner/run-diagnosis';
import { diagnosisPlan } from '../../core/checks/diagnosis-plan';
import { toContractReport, exitCodeFor } from '../../core/report/contract-json';
import { renderTextReport } from '../../core/report/text';
import { parseLang, type CliIo } from '../io';
import { resolveTarget, TARGET_OPTIONS } from './target-options';
import type { CliCommand } from './command';

export const OUTPUT_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/** Runs the diagnosis (the broker's, plus StatsD's when the target enables it) and prints it; shared by `diagnose` and `demo`. */
export async function diagnoseAndPrint(input: ParsedTargetInput, lang: Lang, json: boolean, io: CliIo, signal?: AbortSignal): Promise<0 | 1> {
  const report = await runDiagnosis({ input, checks: diagnosisPlan(input), ...(signal ? { signal } : {}) });
  const contract = toContractReport(report, lang);
  io.stdout.write(json ? JSON.stringify(contract, null, 2) + '\n' : renderTextReport(contract, lang, io.isTTY));
  return exitCodeFor(contract);
}

export const diagnoseCommand: CliCommand = {
  name: 'diagnose',
  summary: { es: 'Diagnostica la conexión con el broker MQTT (y StatsD si está activado)', en: 'Diagnose the connection to the MQTT broker (and StatsD when enabled)' },
  usage: 'siscom-doctor diagnose [--env FILE] [--broker URL] [--username U] [--password-stdin] [--topic T] [--client-id ID] [--mqtt-version 3.1.1|5] [--timeout MS] [--dns-server IP[:PORT]] [--clean-session true|false] [--keepalive S] [--reconnect-min S] [--reconnect-max S] [--max-inflight N] [--listen S] [--until-first] [--ca-file FILE] [--insecure] [--test-takeover] [--test-connection-limit N] [--test-publish] [--statsd HOST:PORT] [--statsd-admin-port N] [--json] [--lang es|en]',
  async run(argv, io, signal) {
    const { values } = parseArgs({ args: argv, options: { ...TARGET_OPTIONS, ...OUTPUT_OPTIONS }, strict: true, allowPositionals: false });
    const lang = parseLang(values.lang, io.env);
    const input = await resolveTarget(values, io);
    return diagnoseAndPrint(input, lang, values.json ?? false, io, signal);
  },
};
