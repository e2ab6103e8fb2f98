import dotenv from 'dotenv';
import { lintEnvBytes } from '../../electron/core/lint/lint-env-file';
import { decodeText } from '../../shared/decoder';
import { figure, median, timeRuns, type Bench } from './figure';

const SERVICE_ENV = 'BROKER_HOST=broker.example.com:1883\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD="Zr8-real-Secret"\nSTATSD_ENABLED=true\nSTATSD_HOST=localhost\nSTATSD_PORT=8125\n';
const LOG_LINES = [
  '2026-12-04 10:00:01 INFO tracking message stored device=unit-1 speed=42',
  'aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused',
  '1733300000: Client siscom-api-1 already connected, closing old connection.',
  'paho: Unexpected disconnection, rc=7',
  '2026-12-04 10:00:02 DEBUG published 118 bytes to tracking/data qos=0',
];

/** A .env of `bytes` made of `line` repeated. */
function envOf(line: string, bytes: number): Uint8Array {
  return new TextEncoder().encode(line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes));
}

/**
 * The linter's cost against dotenv.parse of the same bytes (the parse it does anyway), on a real
 * .env and on a 1 MiB worst case of unclosed quotes (the scan must stay linear); the decoder's
 * cost on a 256 KiB log against splitting and lower-casing its lines.
 */
export const lintDecodeBench: Bench = {
  name: 'lint and decode',
  async run() {
    const small = new TextEncoder().encode(SERVICE_ENV);
    const smallText = new TextDecoder().decode(small);
    const lintSmall = await timeRuns(2000, async () => lintEnvBytes(small));
    const parseSmall = await timeRuns(2000, async () => dotenv.parse(smallText));

    const quotes = envOf('A="never closed\n', 1024 * 1024);
    const quotesText = new TextDecoder().decode(quotes);
    const lintQuotes = await timeRuns(5, async () => lintEnvBytes(quotes));
    const quarter = envOf('A="never closed\n', 256 * 1024);
    const lintQuarter = await timeRuns(5, async () => lintEnvBytes(quarter));
    const parseQuotes = await timeRuns(5, async () => dotenv.parse(quotesText));

    const log = LOG_LINES.join('\n').repeat(Math.ceil((256 * 1024) / LOG_LINES.join('\n').length)).slice(0, 256 * 1024);
    const decodeLog = await timeRuns(10, async () => decodeText(log));
    const splitLog = await timeRuns(10, async () => log.split('\n').map((l) => l.toLowerCase()));

    return [
      figure('lint a service .env (median)', median(lintSmall), 'ms', median(parseSmall), { note: 'baseline: dotenv.parse of the same text' }),
      figure('lint 1 MiB of unclosed quotes (median)', median(lintQuotes), 'ms', median(parseQuotes), { target: 'same order as the parse (linear scan)', note: 'baseline: dotenv.parse of the same text' }),
      figure('lint unclosed quotes: 1 MiB against 256 KiB (median)', median(lintQuotes), 'ms', median(lintQuarter), { target: 'ratio ≈ 4 (linear)', note: 'baseline: the same lint on a quarter of the bytes' }),
      figure('decode a 256 KiB log (median)', median(decodeLog), 'ms', median(splitLog), { note: 'baseline: split and lower-case its lines' }),
    ];
  },
};
