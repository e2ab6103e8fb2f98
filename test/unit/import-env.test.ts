import { describe, expect, it } from 'vitest';
import { importEnvText, withEnvPassword } from '../../electron/core/env/import-env';
import { TargetInput } from '../../shared/model/target';

const ENV = 'BROKER_HOST=b:1883\nBROKER_TOPIC=t/x\nMQTT_USERNAME=u\nMQTT_PASSWORD="p w"\nSTATSD_ENABLED=false\n';

describe('importing a .env into the app', () => {
  it('gives the form its fields and only whether a password exists', () => {
    const imported = importEnvText(ENV);
    expect(imported).toEqual({ brokerHost: 'b:1883', topic: 't/x', username: 'u', passwordPresent: true, settings: 5 });
    expect(JSON.stringify(imported)).not.toContain('p w');
    expect(importEnvText('BROKER_HOST=b\n').passwordPresent).toBe(false);
  });

  it("uses the file's password only when the form gives none", () => {
    expect(withEnvPassword(TargetInput.parse({ brokerHost: 'b', envText: ENV })).password).toBe('p w');
    expect(withEnvPassword(TargetInput.parse({ brokerHost: 'b', envText: ENV, password: 'typed' })).password).toBe('typed');
    expect(withEnvPassword(TargetInput.parse({ brokerHost: 'b' })).password).toBeUndefined();
  });
});
