import { describe, expect, it } from 'vitest';
import { parseBrokerHost, parseBrokerUrl, endpointUrl } from '../../shared/config/broker-address';

describe('parseBrokerHost (the service .env form)', () => {
  it.each([
    ['broker.example.com:1883', 'broker.example.com', 1883, false],
    ['broker.example.com', 'broker.example.com', 1883, true],
    ['127.0.0.1:2883', '127.0.0.1', 2883, false],
    ['[::1]:1884', '::1', 1884, false],
    ['[::1]', '::1', 1883, true],
    ['  broker-01.local:1883  ', 'broker-01.local', 1883, false],
  ])('%s → %s:%d', (value, host, port, defaulted) => {
    const r = parseBrokerHost(value);
    expect(r).toEqual({ ok: true, endpoint: { protocol: 'mqtt', host, port, portWasDefaulted: defaulted } });
  });

  it.each([
    ['', 'config.invalid_broker_host', /empty/],
    [':1883', 'config.invalid_broker_host', /empty host/],
    ['::1', 'config.invalid_broker_host', /brackets/],
    ['mqtt://broker:1883', 'config.invalid_broker_host', /protocol prefix/],
    ['bro ker:1883', 'config.invalid_broker_host', /spaces/],
    ['[::1:1883', 'config.invalid_broker_host', /closing/],
    ['999.1.1.1:1883', 'config.invalid_broker_host', /IPv4/],
    ['bad_host!:1883', 'config.invalid_broker_host', /characters/],
  ])('rejects %j with %s', (value, id, reason) => {
    const r = parseBrokerHost(value);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.id).toBe(id);
      expect(String(r.problem.params.reason)).toMatch(reason);
    }
  });

  it.each(['broker:0', 'broker:65536', 'broker:abc', 'broker:', 'broker:-1'])('rejects the port in %s', (value) => {
    const r = parseBrokerHost(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.id).toBe('config.invalid_port');
  });
});

describe('parseBrokerUrl', () => {
  it.each([
    ['mqtt://broker:1883', 'mqtt', 'broker', 1883, undefined],
    ['mqtts://broker', 'mqtts', 'broker', 8883, undefined],
    ['ws://broker:9001', 'ws', 'broker', 9001, '/mqtt'],
    ['wss://broker/custom', 'wss', 'broker', 443, '/custom'],
    ['mqtt://[::1]:1883', 'mqtt', '::1', 1883, undefined],
    ['tcp://10.0.0.5:1883', 'mqtt', '10.0.0.5', 1883, undefined],
  ])('%s', (value, protocol, host, port, path) => {
    const r = parseBrokerUrl(value);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.endpoint).toMatchObject({ protocol, host, port, ...(path ? { path } : {}) });
  });

  it.each([
    ['http://broker', 'config.invalid_url'],
    ['broker:1883', 'config.invalid_url'],
    ['mqtt://user:pw@broker', 'config.invalid_url'],
    ['mqtt://broker:70000', 'config.invalid_port'],
    ['mqtt://:1883', 'config.invalid_broker_host'],
  ])('rejects %s', (value, id) => {
    const r = parseBrokerUrl(value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.id).toBe(id);
  });

  it('never echoes a password given inside a URL', () => {
    const r = parseBrokerUrl('mqtt://user:s3cret@broker:1883');
    expect(JSON.stringify(r)).not.toContain('s3cret');
  });

  it('prints IPv6 endpoints in brackets', () => {
    expect(endpointUrl({ protocol: 'mqtt', host: '::1', port: 1883, portWasDefaulted: false })).toBe('mqtt://[::1]:1883');
  });
});
