import { z } from 'zod';

/** The protocols a broker URL may use. mqtts and wss run over TLS. */
export const BrokerProtocol = z.enum(['mqtt', 'mqtts', 'ws', 'wss']);
export type BrokerProtocol = z.infer<typeof BrokerProtocol>;

export const MqttVersion = z.enum(['3.1.1', '5']);
export type MqttVersion = z.infer<typeof MqttVersion>;

export const DEFAULT_PORTS: Record<BrokerProtocol, number> = { mqtt: 1883, mqtts: 8883, ws: 80, wss: 443 };
export const DEFAULT_TIMEOUT_MS = 5000;
export const MIN_TIMEOUT_MS = 100;
export const MAX_TIMEOUT_MS = 120_000;

/**
 * What a person (or a .env file) told us about the target, as text, before any validation.
 * The `config` check turns it into a resolved endpoint or into `config.*` findings, so a
 * malformed value is a finding a person can read rather than a crash.
 */
export const TargetInput = z.object({
  /** `mqtt://host:port`, `mqtts://…`, `ws://…/path`, `wss://…`; wins over brokerHost. */
  brokerUrl: z.string().optional(),
  /** The service's `BROKER_HOST` form: `host[:port]`, IPv6 in brackets. */
  brokerHost: z.string().optional(),
  username: z.string().optional(),
  password: z.string().optional(),
  topic: z.string().optional(),
  clientId: z.string().optional(),
  mqttVersion: MqttVersion.default('3.1.1'),
  /** Ask this DNS server (`ip[:port]`) instead of the system resolver, e.g. the company's. */
  dnsServer: z.string().optional(),
  timeoutMs: z.number().int().min(MIN_TIMEOUT_MS).max(MAX_TIMEOUT_MS).default(DEFAULT_TIMEOUT_MS),
  /**
   * The raw text of the .env the target came from, so the config step can lint it (line numbers,
   * duplicates, quotes). It holds the password: never shown, dropped by redactTarget.
   */
  envText: z.string().max(1024 * 1024).optional(),
  statsd: z
    .object({
      enabled: z.string().optional(),
      host: z.string().optional(),
      port: z.string().optional(),
      prefix: z.string().optional(),
      /** Where a StatsD server's management or admin service may answer (TCP); Etsy's default is 8126. Not a service setting: the diagnosis asks for it. */
      adminPort: z.string().optional(),
    })
    .optional(),
});
export type TargetInput = z.input<typeof TargetInput>;
export type ParsedTargetInput = z.output<typeof TargetInput>;

/** A broker address after validation. */
export interface BrokerEndpoint {
  protocol: BrokerProtocol;
  host: string;
  port: number;
  /** Whether the port came from the input or from the protocol's default. */
  portWasDefaulted: boolean;
  /** Path for ws/wss (e.g. `/mqtt`). */
  path?: string;
}

export const SECRET_MASK = '***';

/** The target as it may be shown anywhere: the password is never carried past this point. */
export function redactTarget(input: ParsedTargetInput): Record<string, unknown> {
  const { password, envText: _envText, ...rest } = input;
  return { ...rest, password: password === undefined || password === '' ? undefined : SECRET_MASK };
}
