import type { StatsdLine, StatsdLineProblem, StatsdMetricType } from '../../../shared/model/statsd';

/** Lines are shown to people; a runaway line is cut here. */
export const MAX_RAW_CHARS = 300;

const TYPES = new Set<string>(['c', 'ms', 'g', 's', 'h', 'd']);
const BLANK = /^\s*$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** Etsy's multi-sample form `name:1|c:200|ms` has a type followed by another sample. */
const ETSY_MULTI = /^(?:c|ms|g|s|h|d):/;

function bad(raw: string, problem: StatsdLineProblem, name?: string): StatsdLine {
  return { raw: cut(raw), ok: false, kind: 'bad', problem, ...(name !== undefined && name !== '' ? { name } : {}) };
}

function withFrom(line: StatsdLine, from: string | undefined): StatsdLine {
  if (from !== undefined) line.from = from;
  return line;
}

function cut(raw: string): string {
  return raw.length > MAX_RAW_CHARS ? `${raw.slice(0, MAX_RAW_CHARS)}…` : raw;
}

function parseValue(text: string, type: StatsdMetricType): number | string | undefined {
  if (type === 's') return text === '' ? undefined : text;
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  // A negative timing is nonsense; Etsy statsd counts it as a bad line.
  if (type === 'ms' && n < 0) return undefined;
  return n;
}

/**
 * Parses one StatsD line: Etsy's `name:value|type[|@rate]`, its multi-sample form, and DogStatsD's
 * additions (`|#tag:v,tag`, several values `name:1:2|d`, `|T<ts>`, `|c:<container>`, events `_e{…}`,
 * service checks `_sc|…`). A line a StatsD server would refuse comes back with ok=false and the reason.
 */
export function parseStatsdLine(input: string, from?: string): StatsdLine {
  const line = input.endsWith('\r') ? input.slice(0, -1) : input;
  if (line.startsWith('_e{')) return withFrom({ raw: cut(line), ok: true, kind: 'event' }, from);
  if (line.startsWith('_sc|')) return withFrom({ raw: cut(line), ok: true, kind: 'service_check' }, from);

  let head = line;
  let tags: string[] | undefined;
  const tagAt = line.indexOf('|#');
  if (tagAt >= 0) {
    head = line.slice(0, tagAt);
    const tagText = line.slice(tagAt + 2).split('|')[0] as string;
    tags = tagText.split(',');
    if (tags.some((t) => t.trim() === '')) return bad(line, 'bad_tags');
  }
  const colon = head.indexOf(':');
  const name = colon < 0 ? head : head.slice(0, colon);
  if (BLANK.test(name)) return bad(line, 'empty_name');
  if (colon < 0 || colon === head.length - 1) return bad(line, 'no_value', name);
  const rest = head.slice(colon + 1);
  const fields = rest.split('|');
  if (fields.length < 2 || fields[1] === '') return bad(line, 'no_type', name);

  if (ETSY_MULTI.test(fields[1] as string) && tags === undefined) return parseEtsyMulti(line, name, rest);

  const type = fields[1] as string;
  if (!TYPES.has(type)) return bad(line, 'bad_type', name);
  const metricType = type as StatsdMetricType;
  const valueText = fields[0] as string;
  let values: Array<number | string>;
  if (metricType === 's' || valueText.indexOf(':') < 0) {
    // The common case: one value, no array to split into.
    const value = parseValue(valueText, metricType);
    if (value === undefined) return bad(line, 'bad_value', name);
    values = [value];
  } else {
    values = [];
    for (const text of valueText.split(':')) {
      const value = parseValue(text, metricType);
      if (value === undefined) return bad(line, 'bad_value', name);
      values.push(value);
    }
  }
  let sampleRate: number | undefined;
  for (let i = 2; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.startsWith('@')) {
      const rate = field.slice(1);
      if (!NUMBER.test(rate) || Number(rate) <= 0 || Number(rate) > 1) return bad(line, 'bad_rate', name);
      sampleRate = Number(rate);
    }
    // T<timestamp>, c:<container>, e:<external>, card:<cardinality> are DogStatsD extensions.
  }
  // Built field by field: this runs for every line at up to 100k lines/s.
  const parsed: StatsdLine = { raw: cut(line), ok: true, kind: 'metric', name, values, type: metricType, from };
  if (sampleRate !== undefined) parsed.sampleRate = sampleRate;
  if (tags) parsed.tags = tags;
  return parsed;
}

function parseEtsyMulti(line: string, name: string, rest: string): StatsdLine {
  const values: Array<number | string> = [];
  let firstType: StatsdMetricType | undefined;
  let sampleRate: number | undefined;
  for (const sample of rest.split(':')) {
    const [valueText = '', type = '', rate] = sample.split('|');
    if (!TYPES.has(type)) return bad(line, type === '' ? 'no_type' : 'bad_type', name);
    const value = parseValue(valueText, type as StatsdMetricType);
    if (value === undefined) return bad(line, 'bad_value', name);
    if (rate !== undefined) {
      const r = rate.startsWith('@') ? rate.slice(1) : '';
      if (!NUMBER.test(r) || Number(r) <= 0 || Number(r) > 1) return bad(line, 'bad_rate', name);
      sampleRate ??= Number(r);
    }
    firstType ??= type as StatsdMetricType;
    values.push(value);
  }
  return { raw: cut(line), ok: true, kind: 'metric', name, values, type: firstType as StatsdMetricType, ...(sampleRate !== undefined ? { sampleRate } : {}) };
}

/** Splits a datagram into its lines (clients pack several, newline-separated); empty lines are not lines. */
export function splitDatagram(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
    if (i > start) out.push(text.slice(start, i));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
