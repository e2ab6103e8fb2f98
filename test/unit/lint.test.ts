import { describe, expect, it } from 'vitest';
import { lintEnvBytes } from '../../electron/core/lint/lint-env-file';
import { checkTopicFilter, closestKnownKey, lintClientSettings, looksRandomClientId, renderLintIssue, severityOf, type LintIssue } from '../../shared/lint';
import { findingDefinition } from '../../shared/findings';

const GOOD = 'BROKER_HOST=broker.example.com:1883\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=Zr8-real-Secret\nSTATSD_ENABLED=false\n';
const lint = (text: string | Uint8Array): LintIssue[] => lintEnvBytes(typeof text === 'string' ? new TextEncoder().encode(text) : text);
const ids = (text: string | Uint8Array): string[] => lint(text).map((i) => i.id);
const find = (text: string, id: string): LintIssue | undefined => lint(text).find((i) => i.id === id);

describe('the .env linter', () => {
  it('passes a well-written .env without a single finding', () => {
    expect(lint(GOOD)).toEqual([]);
  });

  it('flags the guide’s own sample .env: its password is a placeholder', () => {
    const issue = find('BROKER_HOST=broker.example.com:1883\nBROKER_TOPIC=tracking/data\nMQTT_USERNAME=administrator\nMQTT_PASSWORD=tu_password_aquí\n', 'config.password_placeholder');
    expect(issue).toMatchObject({ key: 'MQTT_PASSWORD', line: 4 });
    expect(severityOf(issue!)).toBe('error');
    for (const p of ['changeme', 'CHANGE_ME', '<password>', '********', 'your-password-here', 'tu_contraseña']) expect(ids(GOOD.replace('Zr8-real-Secret', p)), p).toContain('config.password_placeholder');
  });

  it('checks BROKER_HOST: malformed, port out of range, port missing (info), 8883 without TLS', () => {
    expect(find(GOOD.replace('broker.example.com:1883', 'broker example:1883'), 'config.invalid_broker_host')?.line).toBe(1);
    expect(ids(GOOD.replace(':1883', ':70000'))).toContain('config.invalid_port');
    const defaulted = find(GOOD.replace(':1883', ''), 'config.port_defaulted');
    expect(defaulted && severityOf(defaulted)).toBe('info');
    expect(ids(GOOD.replace(':1883', ':8883'))).toContain('config.tls_port_without_tls');
    expect(ids(GOOD.replace('BROKER_HOST=broker.example.com:1883\n', ''))).toContain('config.missing_broker');
  });

  it('checks BROKER_TOPIC: missing, wildcard rules, $SYS, length, suspicious slashes', () => {
    expect(ids(GOOD.replace('tracking/data', ''))).toContain('config.topic_missing');
    expect(ids(GOOD.replace('tracking/data', '"tracking/#/x"'))).toContain('config.topic_invalid');
    expect(ids(GOOD.replace('tracking/data', 'tracking/da+ta'))).toContain('config.topic_invalid');
    expect(ids(GOOD.replace('tracking/data', '$SYS/broker/load'))).toContain('config.topic_sys');
    expect(ids(GOOD.replace('tracking/data', '/tracking/data'))).toContain('config.topic_suspicious');
    expect(ids(GOOD.replace('tracking/data', 'tracking/+/data'))).toEqual([]);
    expect(ids(GOOD.replace('tracking/data', '"tracking/#"'))).toEqual([]);
    expect(checkTopicFilter('a'.repeat(70_000))).toMatchObject({ kind: 'invalid' });
    expect(checkTopicFilter('#')).toEqual({ kind: 'ok' });
  });

  it('checks the credentials without ever echoing the password', () => {
    // A password without a user is a protocol error, named as such.
    expect(ids(GOOD.replace('MQTT_USERNAME=administrator\n', ''))).toContain('config.password_without_username');
    expect(ids(GOOD.replace('MQTT_USERNAME=administrator\n', ''))).not.toContain('config.username_missing');
    expect(ids(GOOD.replace('MQTT_USERNAME=administrator\n', '').replace('MQTT_PASSWORD=Zr8-real-Secret\n', ''))).toContain('config.username_missing');
    expect(ids(GOOD.replace('MQTT_PASSWORD=Zr8-real-Secret\n', ''))).toContain('config.password_missing');
    const quoted = GOOD.replace('MQTT_PASSWORD=Zr8-real-Secret', `MQTT_PASSWORD="'Zr8-real-Secret'"`);
    expect(ids(quoted)).toContain('config.password_quoted');
    expect(ids(GOOD.replace('MQTT_PASSWORD=Zr8-real-Secret', 'MQTT_PASSWORD=" Zr8-real-Secret"'))).toContain('config.password_quoted');
    const hashed = GOOD.replace('Zr8-real-Secret', 'Zr8#real');
    expect(find(hashed, 'config.value_hash_cut')).toMatchObject({ key: 'MQTT_PASSWORD', line: 4 });
    for (const text of [quoted, hashed]) {
      for (const lang of ['es', 'en'] as const) {
        const rendered = JSON.stringify(lint(text).map((i) => renderLintIssue(i, lang)));
        expect(rendered).not.toContain('Zr8');
      }
    }
  });

  it('checks StatsD: boolean, host and port when enabled, and 8126', () => {
    expect(ids(GOOD.replace('STATSD_ENABLED=false', 'STATSD_ENABLED=maybe'))).toContain('statsd.config.enabled_not_boolean');
    const enabled = GOOD.replace('STATSD_ENABLED=false', 'STATSD_ENABLED=True');
    expect(ids(enabled)).toEqual(expect.arrayContaining(['statsd.config.missing_host', 'statsd.config.missing_port']));
    const guide = enabled + 'STATSD_HOST=localhost\nSTATSD_PORT=8126\n';
    const issue = find(guide, 'statsd.config.port_8126');
    expect(issue).toMatchObject({ key: 'STATSD_PORT', line: 7 });
    const text = renderLintIssue(issue!, 'en');
    expect(text.message).toMatch(/management/);
    expect(text.fixes.join(' ')).toMatch(/ss -ulnp/);
    expect(ids(enabled + 'STATSD_HOST=localhost\nSTATSD_PORT=8125\n')).toEqual([]);
    expect(ids(enabled + 'STATSD_HOST=localhost:8125\nSTATSD_PORT=99999\n')).toEqual(expect.arrayContaining(['statsd.config.invalid_host', 'statsd.config.invalid_port']));
    // Disabled StatsD: its other settings do not matter.
    expect(ids(GOOD + 'STATSD_PORT=8126\n')).toEqual([]);
  });

  it('reports duplicates with the winning line, as dotenv reads them', () => {
    const issue = find(GOOD + 'BROKER_TOPIC=other/topic\n', 'config.duplicate_key');
    expect(issue).toMatchObject({ key: 'BROKER_TOPIC', line: 6, params: { lines: '2, 6', winner: 6 } });
  });

  it('reports BOM, CRLF, unbalanced quotes, trailing spaces, lines without =, bad keys, typos', () => {
    expect(find('\uFEFF' + GOOD, 'config.bom')).toMatchObject({ key: 'BROKER_HOST', line: 1 });
    expect(find(GOOD.replace(/\n/g, '\r\n'), 'config.crlf')?.params.lines).toBe(5);
    expect(find(GOOD + 'STATSD_PREFIX="siscom_api\n', 'config.unbalanced_quote')).toMatchObject({ key: 'STATSD_PREFIX', line: 6 });
    expect(find(GOOD.replace('administrator', 'administrator  '), 'config.trailing_space')).toMatchObject({ key: 'MQTT_USERNAME', line: 3 });
    expect(find(GOOD + 'just some words\n', 'config.line_without_equals')?.line).toBe(6);
    expect(find(GOOD + 'MY KEY=1\n', 'config.invalid_key')?.line).toBe(6);
    expect(find(GOOD + 'BROKER_TOPC=x\n', 'config.unknown_key')?.params.suggestion).toBe('BROKER_TOPIC');
    expect(find(GOOD + 'STATSD_PROT=8125\n', 'config.unknown_key')?.params.suggestion).toBe('STATSD_PORT');
    // A multi-line quoted value is legal and not a stray line.
    expect(ids(GOOD + 'STATSD_PREFIX="a\nb"\n')).toEqual([]);
    // Keys are read case-insensitively by the service: no typo there.
    expect(closestKnownKey('broker_host')).toBeUndefined();
    expect(closestKnownKey('LOG_LEVEL')).toBeUndefined();
  });

  it('turns bad bytes into findings, never exceptions', () => {
    expect(ids(new Uint8Array())).toEqual(['config.file_empty']);
    expect(ids('# only a comment\n\n')).toEqual(['config.file_empty']);
    expect(ids(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]))).toEqual(['config.file_binary']);
    expect(ids(new Uint8Array([0xff, 0xfe, 0x42, 0x00]))).toEqual(['config.file_binary']); // UTF-16
    const latin1 = new Uint8Array([...new TextEncoder().encode(GOOD), ...new TextEncoder().encode('STATSD_PREFIX=caf'), 0xe9, 0x0a]);
    expect(find(new TextDecoder().decode(latin1), 'config.invalid_utf8')).toBeUndefined();
    expect(lint(latin1).find((i) => i.id === 'config.invalid_utf8')?.line).toBe(6);
  });

  it('every id it can raise is in the findings catalog with texts in both languages', () => {
    const all = [
      ...lint('\uFEFFBROKER_HOST=x:8883\r\nBROKER_TOPIC=/a\r\nX Y=1\r\nnoeq\r\nQ="open\r\nBROKER_HOST=y\r\n'),
      ...lintClientSettings({ clientId: 'a-1f2e3d4c', cleanSession: false, keepalive: 300, maxQueued: 0 }),
    ];
    expect(all.length).toBeGreaterThan(8);
    for (const i of all) {
      expect(findingDefinition(i.id), i.id).toBeDefined();
      const es = renderLintIssue(i, 'es');
      expect(es.message, i.id).not.toContain('{{');
      expect(renderLintIssue(i, 'en').title).not.toBe(es.title);
    }
  });
});

describe('the client settings review', () => {
  const clientIds = (s: Parameters<typeof lintClientSettings>[0]): string[] => lintClientSettings(s).map((i) => i.id);

  it('a random per-start client id with clean_session=false leaves orphaned sessions', () => {
    expect(clientIds({ clientId: 'siscom-api-app-3f2a9c1b', cleanSession: false })).toEqual(['config.client.random_id_persistent']);
    expect(clientIds({ clientId: 'siscom-api-app-3f2a9c1b', cleanSession: true })).toEqual([]);
    expect(clientIds({ clientId: '', cleanSession: false })).toEqual(['config.client.empty_id_persistent']);
    expect(looksRandomClientId('siscom-api-{uuid}')).toBe(true);
    expect(looksRandomClientId('6f1c1d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f')).toBe(true);
    expect(looksRandomClientId('siscom-api-prod-01')).toBe(false);
    expect(looksRandomClientId('siscom-api-deadbeef')).toBe(false);
  });

  it('a static id shared by several instances loops in takeovers', () => {
    expect(clientIds({ clientId: 'siscom-api-prod', instances: 3 })).toEqual(['config.client.shared_id']);
    expect(clientIds({ clientId: 'siscom-api-prod', instances: 1 })).toEqual([]);
    expect(clientIds({ clientId: 'siscom-api-prod' })).toEqual(['config.client.static_id']);
  });

  it('keepalive against idle timeouts, and max_queued 0', () => {
    expect(clientIds({ keepalive: 120 })).toEqual(['config.client.keepalive_long']);
    expect(clientIds({ keepalive: 60 })).toEqual([]);
    expect(clientIds({ keepalive: 240, idleTimeout: 350 })).toEqual([]);
    expect(clientIds({ keepalive: 60, idleTimeout: 30 })).toEqual(['config.client.keepalive_long']);
    expect(clientIds({ keepalive: 0 })).toEqual(['config.client.keepalive_off']);
    expect(clientIds({ keepalive: 'soon' })).toEqual(['config.client.keepalive_invalid']);
    expect(clientIds({ keepalive: 70000 })).toEqual(['config.client.keepalive_invalid']);
    expect(clientIds({ maxQueued: 0 })).toEqual(['config.client.unbounded_queue']);
    expect(clientIds({ maxQueued: 1000 })).toEqual([]);
  });
});
