import { TOOL_VERSION } from '../core/version';
import { COMMANDS } from './commands';
import { defaultLang, UsageError, withSecretScrubbing, type CliIo } from './io';

function helpText(lang: 'es' | 'en'): string {
  const head =
    lang === 'es'
      ? 'siscom-doctor: diagnostica la conexión MQTT y StatsD de los servicios siscom.\n\nUso: siscom-doctor <orden> [opciones]\n\nÓrdenes:'
      : 'siscom-doctor: diagnoses the MQTT and StatsD links of siscom services.\n\nUsage: siscom-doctor <command> [options]\n\nCommands:';
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary[lang]}\n      ${c.usage}`);
  const tail =
    lang === 'es'
      ? '\nOpciones generales: --help, --version\nSalida: 0 sin errores, 1 si algún hallazgo es un error, 2 uso incorrecto.\n'
      : '\nGeneral options: --help, --version\nExit status: 0 no error finding, 1 some finding is an error, 2 bad usage.\n';
  return [head, ...rows, tail].join('\n');
}

/** The whole CLI as a function, so tests run it in-process; returns the exit status. */
export async function runCli(argv: string[], rawIo: CliIo, signal: AbortSignal = new AbortController().signal): Promise<number> {
  const io = withSecretScrubbing(rawIo);
  const lang = argv.includes('--lang') ? (argv[argv.indexOf('--lang') + 1] === 'es' ? 'es' : 'en') : defaultLang(io.env);
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout.write(helpText(lang));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-V') {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (!command) throw new UsageError(`unknown command "${first}"; run siscom-doctor --help`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout.write(`${command.summary[lang]}\n\n${command.usage}\n`);
      return 0;
    }
    return await command.run(rest, io, signal);
  } catch (error) {
    // One line on stderr: node's parseArgs messages can run to three.
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`siscom-doctor: ${message}\n`);
      return 2;
    }
    io.stderr.write(`siscom-doctor: unexpected error: ${message}\n`);
    return 3;
  }
}
