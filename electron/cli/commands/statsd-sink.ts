import { parseArgs } from 'node:util';
import type { Lang } from '../../../shared/model/localized';
import type { StatsdLine } from '../../../shared/model/statsd';
import { startStatsdSink, SinkStartError } from '../../core/statsd/sink';
import { parseLang, UsageError } from '../io';
import type { CliCommand } from './command';

/** Printed lines are gathered and written this often, so a flood of metrics is not a flood of writes. */
const PRINT_EVERY_MS = 50;
/** Output waiting to be written beyond this is dropped (and counted): memory stays bounded. */
const MAX_PENDING_CHARS = 1024 * 1024;

const PROBLEM_TEXT: Record<Lang, Record<string, string>> = {
  es: { empty_name: 'sin nombre', no_value: 'sin valor', no_type: 'sin tipo', bad_type: 'tipo desconocido', bad_value: 'valor no válido', bad_rate: 'frecuencia de muestreo no válida', bad_tags: 'etiquetas mal formadas' },
  en: { empty_name: 'no name', no_value: 'no value', no_type: 'no type', bad_type: 'unknown type', bad_value: 'invalid value', bad_rate: 'invalid sample rate', bad_tags: 'malformed tags' },
};

export function formatLine(line: StatsdLine, lang: Lang): string {
  const from = line.from ? `  ← ${line.from}` : '';
  if (!line.ok) return `BAD  ${PROBLEM_TEXT[lang][line.problem ?? 'bad_value'] ?? line.problem}: ${JSON.stringify(line.raw)}${from}`;
  if (line.kind !== 'metric') return `${line.kind === 'event' ? 'EVT ' : 'SC  '} ${line.raw}${from}`;
  const rate = line.sampleRate !== undefined ? `  @${line.sampleRate}` : '';
  const tags = line.tags?.length ? `  #${line.tags.join(',')}` : '';
  return `${(line.type ?? '').padEnd(4)} ${line.name} = ${(line.values ?? []).join(':')}${rate}${tags}${from}`;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) throw new UsageError('statsd-sink needs --port N (the STATSD_PORT the service sends to, e.g. 8125)');
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) throw new UsageError(`--port takes a number from 1 to 65535, not "${value}"`);
  return Number(value);
}

export const statsdSinkCommand: CliCommand = {
  name: 'statsd-sink',
  summary: {
    es: 'Escucha StatsD (UDP) y muestra cada línea que envía el servicio, interpretada, con las erróneas marcadas',
    en: 'Listen for StatsD (UDP) and show each line the service sends, parsed, with bad lines flagged',
  },
  usage: 'siscom-doctor statsd-sink --port N [--host 127.0.0.1] [--json-lines] [--count N] [--lang es|en]',
  async run(argv, io, signal) {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, host: { type: 'string' }, 'json-lines': { type: 'boolean' }, count: { type: 'string' }, lang: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    const lang = parseLang(values.lang, io.env);
    const port = parsePort(values.port);
    const host = values.host ?? '127.0.0.1';
    if (values.count !== undefined && !/^[1-9]\d*$/.test(values.count)) throw new UsageError(`--count takes a positive number of lines, not "${values.count}"`);
    const limit = values.count !== undefined ? Number(values.count) : Infinity;
    const json = values['json-lines'] ?? false;

    let pending = '';
    let notPrinted = 0;
    let seen = 0;
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const write = (): void => {
      if (pending) io.stdout.write(pending);
      pending = '';
    };
    let sink;
    try {
      sink = await startStatsdSink({
        port,
        host,
        onLine: (line) => {
          if (seen >= limit) return;
          seen++;
          const text = json ? JSON.stringify(line) : formatLine(line, lang);
          if (pending.length < MAX_PENDING_CHARS) pending += text + '\n';
          else notPrinted++;
          if (seen >= limit) stop();
        },
      });
    } catch (error) {
      if (error instanceof SinkStartError) throw new UsageError(error.message);
      throw error;
    }
    io.stderr.write(
      lang === 'es'
        ? `Receptor StatsD escuchando en UDP ${sink.address}:${sink.port}. Ctrl-C para terminar.\n`
        : `StatsD sink listening on UDP ${sink.address}:${sink.port}. Ctrl-C to stop.\n`,
    );
    const timer = setInterval(write, PRINT_EVERY_MS);
    signal.addEventListener('abort', () => stop(), { once: true });
    if (signal.aborted) stop();
    const error = await Promise.race([stopped.then(() => undefined), sink.closed]);
    clearInterval(timer);
    await sink.close();
    write();
    const t = sink.totals();
    io.stderr.write(
      (lang === 'es'
        ? `Recibidos: ${t.packets} paquetes, ${t.lines} líneas (${t.ok} válidas, ${t.bad} erróneas), ${t.names} nombres distintos`
        : `Received: ${t.packets} packets, ${t.lines} lines (${t.ok} valid, ${t.bad} bad), ${t.names} distinct names`) +
        (notPrinted ? (lang === 'es' ? `; ${notPrinted} líneas sin imprimir (salida lenta)` : `; ${notPrinted} lines not printed (slow output)`) : '') +
        '\n',
    );
    if (error) {
      io.stderr.write(`siscom-doctor: ${error.message}\n`);
      return 1;
    }
    return 0;
  },
};
