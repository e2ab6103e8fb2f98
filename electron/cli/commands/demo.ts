import { parseArgs } from 'node:util';
import { TargetInput } from '../../../shared/model/target';
import { startEmbeddedBroker } from '../../core/demo/embedded-broker';
import { parseLang } from '../io';
import { diagnoseAndPrint, OUTPUT_OPTIONS } from './diagnose';
import { resolveTarget, TARGET_OPTIONS } from './target-options';
import type { CliCommand } from './command';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: {
    es: 'Arranca un broker de prueba en loopback y lo diagnostica (sin broker propio)',
    en: 'Start a sample broker on loopback and diagnose it (no broker of your own needed)',
  },
  usage: 'siscom-doctor demo [--listen S] [--until-first] [--json] [--lang es|en]',
  async run(argv, io, signal) {
    const { values } = parseArgs({ args: argv, options: { ...OUTPUT_OPTIONS, listen: TARGET_OPTIONS.listen, 'until-first': TARGET_OPTIONS['until-first'] }, strict: true, allowPositionals: false });
    const window = await resolveTarget({ ...(values.listen !== undefined ? { listen: values.listen } : {}), 'until-first': values['until-first'] ?? false }, io);
    const lang = parseLang(values.lang, io.env);
    const broker = await startEmbeddedBroker();
    try {
      if (!values.json) {
        io.stderr.write(
          lang === 'es'
            ? `Broker de demostración (aedes) en ${broker.url}, publicando en ${broker.topic}\n`
            : `Demo broker (aedes) at ${broker.url}, publishing on ${broker.topic}\n`,
        );
      }
      const input = TargetInput.parse({ brokerUrl: broker.url, topic: broker.topic, listenMs: window.listenMs, untilFirst: window.untilFirst });
      return await diagnoseAndPrint(input, lang, values.json ?? false, io, signal);
    } finally {
      await broker.close();
    }
  },
};
