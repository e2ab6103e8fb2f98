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

/** Session settings the guide discusses; defaults are mqtt.js's and the guide's recommendations. */
export const DEFAULT_KEEPALIVE_S = 60;
export const DEFAULT_RECONNECT_MIN_MS = 1000;
export const DEFAULT_RECONNECT_MAX_MS = 120_000;
export const DEFAULT_MAX_INFLIGHT = 20;
/** The listen window: 5 s in the CLI (the schema default), 10 s in the wizard. */
export const DEFAULT_LISTEN_MS = 5000;
export const WIZARD_LISTEN_MS = 10_000;
export const MAX_LISTEN_MS = 600_000;
export const DEFAULT_CONNECTION_PROBE = 20;
export const MAX_CONNECTION_PROBE = 500;

/**
 * Tests that touch the broker (extra connections, a publish): they run only when asked, behind
 * an explicit confirmation in the UI and a flag in the CLI.
 */
export const OptInTests = z.object({
  /** Two diagnostic connections with one client id: does the broker kick the first? */
  takeover: z.boolean().default(false),
  /** Open up to this many connections and say where refusals begin (0: off). */
  connectionLimit: z.number().int().min(0).max(MAX_CONNECTION_PROBE).default(0),
  /** Publish on a diagnostic topic and wait for it to come back. */
  publishRoundTrip: z.boolean().default(false),
});
export type OptInTests = z.output<typeof OptInTests>;

export const TlsOptions = z.object({
  /** A PEM file of CA certificates to trust (a company CA). */
  caFile: z.string().optional(),
  /** Accept any certificate (the service's `tls_insecure`); the tls step still reports problems. */
  insecure: z.boolean().default(false),
});

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
  cleanSession: z.boolean().default(true),
  keepaliveS: z.number().int().min(0).max(65535).default(DEFAULT_KEEPALIVE_S),
  reconnectMinMs: z.number().int().min(0).max(3_600_000).default(DEFAULT_RECONNECT_MIN_MS),
  reconnectMaxMs: z.number().int().min(0).max(3_600_000).default(DEFAULT_RECONNECT_MAX_MS),
  maxInflight: z.number().int().min(1).max(65535).default(DEFAULT_MAX_INFLIGHT),
  /** How long mqtt.messages listens on the topic (0: skip the window). */
  listenMs: z.number().int().min(0).max(MAX_LISTEN_MS).default(DEFAULT_LISTEN_MS),
  /** End the listen window at the first message. */
  untilFirst: z.boolean().default(false),
  optIn: OptInTests.default({ takeover: false, connectionLimit: 0, publishRoundTrip: false }),
  tls: TlsOptions.default({ insecure: false }),
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
