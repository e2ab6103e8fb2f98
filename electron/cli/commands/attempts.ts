import { parseArgs } from 'node:util';
import { AttemptOutcome, type AttemptRecord } from '../../../shared/model/attempt';
import { attemptsToCsv, attemptsToJson, readAttempts, type AttemptQuery } from '../../core/attempts/attempt-log';
import { parseLang, UsageError } from '../io';
import { attemptLogDir, LOG_OPTIONS } from './log-option';
import type { CliCommand } from './command';

const OPTIONS = {
  ...LOG_OPTIONS,
  since: { type: 'string' },
  until: { type: 'string' },
  target: { type: 'string' },
  outcome: { type: 'string' },
  source: { type: 'string' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

function parseTime(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value))) throw new UsageError(`--${flag} takes an ISO date or time (2026-01-31 or 2026-01-31T08:00:00Z), not "${value}"`);
  return value;
}

const HEAD = {
  es: ['fecha', 'origen', 'destino', 'intento', 'resultado', 'código', 'conexión ms', 'sesión s'],
  en: ['time', 'source', 'target', 'attempt', 'outcome', 'code', 'connect ms', 'session s'],
};

function table(records: AttemptRecord[], lang: 'es' | 'en'): string {
  const rows = records.map((r) => [
    r.at,
    r.source,
    r.target,
    r.attempt !== undefined ? String(r.attempt) : '',
    r.outcome,
    r.connackCode !== undefined ? String(r.connackCode) : (r.errorCode ?? (r.endReason ? `end:${r.endReason}` : '')),
    String(r.phases.connackMs ?? r.phases.totalMs),
    r.sessionMs !== undefined ? (r.sessionMs / 1000).toFixed(1) : '',
  ]);
  const all = [HEAD[lang], ...rows];
  const widths = HEAD[lang].map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all.map((row) => row.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}

export const attemptsCommand: CliCommand = {
  name: 'attempts',
  summary: { es: 'Muestra o exporta el registro local de intentos de conexión', en: 'Show or export the local log of connection attempts' },
  usage: 'siscom-doctor attempts [--since ISO] [--until ISO] [--target T] [--outcome O] [--source wizard|cli|monitor] [--limit N] [--json|--csv] [--log DIR] [--lang es|en]',
  async run(argv, io) {
    const { values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
    const lang = parseLang(values.lang, io.env);
    if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
    const query: AttemptQuery = {};
    const since = parseTime('since', values.since);
    const until = parseTime('until', values.until);
    if (since) query.since = since;
    if (until) query.until = until;
    if (values.target !== undefined) query.target = values.target;
    if (values.outcome !== undefined) {
      const outcomes = values.outcome.split(',');
      for (const o of outcomes) if (!AttemptOutcome.safeParse(o).success) throw new UsageError(`--outcome takes ${AttemptOutcome.options.join(', ')}, not "${o}"`);
      query.outcome = outcomes as AttemptOutcome[];
    }
    if (values.source !== undefined) {
      if (!['wizard', 'cli', 'monitor'].includes(values.source)) throw new UsageError(`--source takes wizard, cli or monitor, not "${values.source}"`);
      query.source = values.source as AttemptRecord['source'];
    }
    if (values.limit !== undefined) {
      if (!/^\d+$/.test(values.limit) || Number(values.limit) < 1) throw new UsageError(`--limit takes a positive whole number, not "${values.limit}"`);
      query.limit = Number(values.limit);
    }
    const dir = attemptLogDir(values.log, io);
    const result = readAttempts(dir, query);
    if (values.json) io.stdout.write(attemptsToJson(result));
    else if (values.csv) io.stdout.write(attemptsToCsv(result.records));
    else if (result.records.length === 0) io.stdout.write(lang === 'es' ? `Ningún intento en ${dir} con esos filtros.\n` : `No attempts in ${dir} match.\n`);
    else io.stdout.write(table(result.records, lang));
    if (result.bad.length > 0 && !values.json) {
      const torn = result.bad.filter((b) => b.kind === 'torn').length;
      io.stderr.write(
        lang === 'es'
          ? `siscom-doctor: ${result.bad.length} línea(s) ilegibles omitidas (${torn} cortadas por un cierre brusco), p. ej. ${result.bad[0]?.file}:${result.bad[0]?.line}\n`
          : `siscom-doctor: skipped ${result.bad.length} unreadable line(s) (${torn} torn by an abrupt stop), e.g. ${result.bad[0]?.file}:${result.bad[0]?.line}\n`,
      );
    }
    return 0;
  },
};
