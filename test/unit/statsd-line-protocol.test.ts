import { describe, expect, it } from 'vitest';
import { parseStatsdLine, splitDatagram } from '../../electron/core/statsd/line-protocol';
import { parseStatsdSettings } from '../../shared/config/statsd-settings';
import { dockerRunCommand, envLines, telegrafConfig } from '../../shared/statsd/generators';
import { parseInspectNumbers, parseStatsLines } from '../../electron/core/statsd/admin-client';

describe('StatsD line protocol', () => {
  it.each([
    ['siscom_api.requests:1|c', { name: 'siscom_api.requests', values: [1], type: 'c' }],
    ['api.latency:12.5|ms|@0.25', { name: 'api.latency', values: [12.5], type: 'ms', sampleRate: 0.25 }],
    ['queue.depth:-3|g', { name: 'queue.depth', values: [-3], type: 'g' }],
    ['queue.depth:+3|g', { name: 'queue.depth', values: [3], type: 'g' }],
    ['users.unique:alice|s', { name: 'users.unique', values: ['alice'], type: 's' }],
    ['page.views:1|c|@0.5|#env:prod,region:mx,canary', { name: 'page.views', type: 'c', sampleRate: 0.5, tags: ['env:prod', 'region:mx', 'canary'] }],
    ['size:1:2:3|d|#a:b', { name: 'size', values: [1, 2, 3], type: 'd', tags: ['a:b'] }],
    ['h.x:7|h|T1656581400|c:abc123', { name: 'h.x', values: [7], type: 'h' }],
    ['foo:1|c:200|ms', { name: 'foo', values: [1, 200], type: 'c' }],
    ['cr.line:1|c\r', { name: 'cr.line', values: [1], type: 'c', raw: 'cr.line:1|c' }],
  ])('parses %s', (line, expected) => {
    const parsed = parseStatsdLine(line);
    expect(parsed).toMatchObject({ ok: true, kind: 'metric', ...expected });
  });

  it.each([
    [':1|c', 'empty_name'],
    ['name', 'no_value'],
    ['name:', 'no_value'],
    ['name:1', 'no_type'],
    ['name:1|', 'no_type'],
    ['name:1|x', 'bad_type'],
    ['name:abc|c', 'bad_value'],
    ['name:-5|ms', 'bad_value'],
    ['name:|c', 'bad_value'],
    ['name:1|c|@2', 'bad_rate'],
    ['name:1|c|@zero', 'bad_rate'],
    ['name:1|c|#a,,b', 'bad_tags'],
    ['aio_statsd status:False', 'no_type'],
  ])('flags %s as %s', (line, problem) => {
    expect(parseStatsdLine(line)).toMatchObject({ ok: false, kind: 'bad', problem });
  });

  it('knows DogStatsD events and service checks', () => {
    expect(parseStatsdLine('_e{5,4}:title|text')).toMatchObject({ ok: true, kind: 'event' });
    expect(parseStatsdLine('_sc|db.up|0')).toMatchObject({ ok: true, kind: 'service_check' });
  });

  it('cuts a runaway line for display', () => {
    const parsed = parseStatsdLine('x'.repeat(5000));
    expect(parsed.raw.length).toBeLessThan(400);
  });

  it('splits a packed datagram and skips empty lines', () => {
    expect(splitDatagram('a:1|c\nb:2|g\n\nc:3|ms\n')).toEqual(['a:1|c', 'b:2|g', 'c:3|ms']);
    expect(splitDatagram('')).toEqual([]);
  });
});

describe('StatsD settings and generators', () => {
  it('reads the .env values with the usual defaults', () => {
    expect(parseStatsdSettings({ enabled: 'True' })).toMatchObject({ ok: true, settings: { enabled: true, host: 'localhost', hostDefaulted: true, port: 8125, portDefaulted: true, adminPort: 8126 } });
    expect(parseStatsdSettings(undefined)).toMatchObject({ ok: true, settings: { enabled: false } });
    expect(parseStatsdSettings({ enabled: 'true', host: '[::1]', port: '9125', prefix: 'siscom_api.' })).toMatchObject({ ok: true, settings: { host: '::1', port: 9125, prefix: 'siscom_api' } });
  });

  it('puts STATSD_PORT into Telegraf’s inputs.statsd and the docker run', () => {
    const conf = telegrafConfig({ host: 'localhost', port: 9125, prefix: 'siscom_api' });
    expect(conf).toMatch(/\[\[inputs\.statsd\]\]\n\s+protocol = "udp"\n\s+service_address = ":9125"/);
    expect(dockerRunCommand({ host: 'localhost', port: 9125 })).toContain('-p 127.0.0.1:9125:9125/udp');
    expect(dockerRunCommand({ host: 'metrics.example.com', port: 8125 })).toContain('-p 8125:8125/udp');
    expect(envLines({ host: 'localhost', port: 9125, prefix: 'siscom_api' })).toBe('STATSD_ENABLED=true\nSTATSD_HOST=localhost\nSTATSD_PORT=9125\nSTATSD_PREFIX=siscom_api\n');
  });
});

describe('Etsy statsd management replies', () => {
  it('reads util.inspect tables and stats lines', () => {
    expect(parseInspectNumbers("{\n  'statsd.bad_lines_seen': 1,\n  'statsd.packets_received': 2,\n  plain: 3,\n  'a.b-c': 4.5\n}\nEND\n")).toEqual({ 'statsd.bad_lines_seen': 1, 'statsd.packets_received': 2, plain: 3, 'a.b-c': 4.5 });
    expect(parseStatsLines('uptime: 5\nmessages.bad_lines_seen: 2\nEND\n')).toEqual({ uptime: 5, 'messages.bad_lines_seen': 2 });
  });
});

describe('the StatsD findings', () => {
  it('has every id the issue names, with the severities the wizard relies on', async () => {
    const { findingDefinition } = await import('../../shared/findings');
    const expected: Record<string, string> = {
      'statsd.disabled': 'info',
      'statsd.dns.not_found': 'error',
      'statsd.port_unreachable': 'error',
      'statsd.unconfirmed': 'warning',
      'statsd.admin_port': 'error',
      'statsd.send_failed': 'error',
      'statsd.ok': 'info',
    };
    for (const [id, severity] of Object.entries(expected)) expect(findingDefinition(id)?.severity, id).toBe(severity);
  });
});
