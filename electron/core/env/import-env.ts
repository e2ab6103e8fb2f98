import dotenv from 'dotenv';
import type { ParsedTargetInput } from '../../../shared/model/target';
import { targetFromEnv } from './service-env';

/** What the app's form takes from a loaded .env: never the password itself, only whether there is one. */
export interface ImportedEnv {
  brokerHost?: string;
  topic?: string;
  username?: string;
  passwordPresent: boolean;
  /** How many settings the file holds, for the person's confirmation. */
  settings: number;
}

/** Reads a service .env's text (dotenv's rules) into the form's fields, keeping the password back. */
export function importEnvText(text: string): ImportedEnv {
  const values = dotenv.parse(text);
  const target = targetFromEnv(values);
  return {
    ...(target.brokerHost !== undefined ? { brokerHost: target.brokerHost } : {}),
    ...(target.topic !== undefined ? { topic: target.topic } : {}),
    ...(target.username !== undefined ? { username: target.username } : {}),
    passwordPresent: (target.password ?? '') !== '',
    settings: Object.keys(values).length,
  };
}

/**
 * The app sends the loaded .env's text with the target rather than echoing the password back to
 * the form: when the form leaves the password empty, the file's is used, as the service would.
 */
export function withEnvPassword(input: ParsedTargetInput): ParsedTargetInput {
  if (input.envText === undefined || (input.password !== undefined && input.password !== '')) return input;
  const password = dotenv.parse(input.envText).MQTT_PASSWORD;
  return password ? { ...input, password } : input;
}
