import dotenv from 'dotenv';
import type { ParsedTargetInput } from '../../../shared/model/target';
import type { LintIssue } from '../../../shared/lint';
import { lintEnvBytes } from './lint-env-file';

/** The config check judges the effective broker address itself; these would say it twice. */
const ADDRESS_IDS = new Set(['config.missing_broker', 'config.invalid_broker_host', 'config.invalid_port', 'config.port_defaulted', 'config.tls_port_without_tls']);

/**
 * Lint findings for the .env a target came from, minus what flags or the environment overrode
 * (a --broker makes BROKER_HOST moot, a --topic BROKER_TOPIC, MQTT_PASSWORD in the environment
 * the file's password).
 */
export function envLintForTarget(input: ParsedTargetInput): LintIssue[] {
  if (input.envText === undefined) return [];
  let values: Record<string, string> = {};
  try {
    values = dotenv.parse(input.envText);
  } catch {
    values = {};
  }
  const overridden = new Set<string>();
  if (input.brokerUrl?.trim()) overridden.add('BROKER_HOST');
  if (input.topic !== values.BROKER_TOPIC) overridden.add('BROKER_TOPIC');
  if (input.username !== values.MQTT_USERNAME) overridden.add('MQTT_USERNAME');
  const passwordElsewhere = input.password !== undefined && input.password !== '' && input.password !== values.MQTT_PASSWORD;
  if (passwordElsewhere) overridden.add('MQTT_PASSWORD');
  return lintEnvBytes(new TextEncoder().encode(input.envText), { passwordFromEnvironment: passwordElsewhere }).filter(
    (issue) => !ADDRESS_IDS.has(issue.id) && !(issue.key !== undefined && overridden.has(issue.key) && !issue.id.startsWith('config.duplicate') && !issue.id.startsWith('config.unknown')),
  );
}
