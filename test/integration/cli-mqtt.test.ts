import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBroker, type EmbeddedBroker } from '../../electron/core/demo/embedded-broker';
import { runCliCaptured } from '../helpers/cli';

describe('siscom-doctor diagnose: MQTT settings, listen window and opt-in flags', () => {
  let broker: EmbeddedBroker;
  beforeAll(async () => {
    broker = await startEmbeddedBroker({ sampleIntervalMs: 50 });
  });
  afterAll(() => broker.close());

  it('listens with --until-first, shows the settings it used, and prints the sample like mosquitto_sub -v', async () => {
    const run = await runCliCaptured(['diagnose', '--broker', broker.url, '--topic', broker.topic, '--listen', '3', '--until-first', '--keepalive', '120', '--clean-session', 'false', '--max-inflight', '20', '--reconnect-min', '1', '--reconnect-max', '120', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.target).toMatchObject({ keepaliveS: 120, cleanSession: false, maxInflight: 20, reconnectMinMs: 1000, reconnectMaxMs: 120_000, listenMs: 3000, untilFirst: true });
    const messages = doc.steps.find((s: { id: string }) => s.id === 'mqtt.messages');
    // Counted from the SUBACK on: a busy topic may deliver one or two before the window opens.
    expect(messages).toMatchObject({ status: 'pass', evidence: { endedBy: 'first' } });
    expect(messages.evidence.count).toBeGreaterThanOrEqual(1);
    expect(messages.command).toContain(`-t ${broker.topic} -v -C 1`);
    const connect = doc.steps.find((s: { id: string }) => s.id === 'mqtt.connect');
    expect(connect.evidence.settings).toMatchObject({ keepaliveS: 120, cleanSession: false });
    expect(connect.command).toContain('-k 120 -c');
    const text = await runCliCaptured(['diagnose', '--broker', broker.url, '--topic', broker.topic, '--listen', '2', '--until-first']);
    expect(text.stdout).toMatch(/tracking\/data \{/);
  });

  it('opt-in tests run only when their flag is given', async () => {
    const without = JSON.parse((await runCliCaptured(['diagnose', '--broker', broker.url, '--listen', '0', '--json'])).stdout);
    expect(without.steps.map((s: { id: string }) => s.id)).not.toContain('mqtt.takeover');
    const run = await runCliCaptured(['diagnose', '--broker', broker.url, '--topic', broker.topic, '--listen', '0', '--test-takeover', '--test-publish', '--test-connection-limit', '3', '--json']);
    const doc = JSON.parse(run.stdout);
    const ids = doc.steps.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['mqtt.takeover', 'mqtt.publish_roundtrip', 'mqtt.connection_limit']));
    expect(doc.steps.find((s: { id: string }) => s.id === 'mqtt.publish_roundtrip').status).toBe('pass');
    expect(doc.steps.find((s: { id: string }) => s.id === 'mqtt.connection_limit')).toMatchObject({ status: 'pass', evidence: { opened: 3 } });
  });

  it.each([
    [['diagnose', '--broker', 'x', '--listen', 'soon'], /--listen takes seconds/],
    [['diagnose', '--broker', 'x', '--clean-session', 'maybe'], /--clean-session takes true or false/],
    [['diagnose', '--broker', 'x', '--test-connection-limit', '0'], /--test-connection-limit takes a whole number from 1/],
    [['diagnose', '--broker', 'x', '--reconnect-min', '200', '--reconnect-max', '10'], /--reconnect-min must not be larger/],
  ])('bad usage %j exits 2 with one line', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
