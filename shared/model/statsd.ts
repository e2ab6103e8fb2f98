import { z } from 'zod';

/** StatsD metric types: Etsy's c, ms, g, s plus DogStatsD's h (histogram) and d (distribution). */
export const StatsdMetricType = z.enum(['c', 'ms', 'g', 's', 'h', 'd']);
export type StatsdMetricType = z.infer<typeof StatsdMetricType>;

/** Why a line is not valid StatsD; the UI and the CLI translate these codes. */
export const StatsdLineProblem = z.enum(['empty_name', 'no_value', 'no_type', 'bad_type', 'bad_value', 'bad_rate', 'bad_tags']);
export type StatsdLineProblem = z.infer<typeof StatsdLineProblem>;

/** One line the built-in sink received, parsed, or flagged with the reason it is bad. */
export const StatsdLine = z.object({
  /** The line as received, cut to a readable length. */
  raw: z.string(),
  ok: z.boolean(),
  /** DogStatsD events (`_e{…}`) and service checks (`_sc|…`) are valid but not metrics. */
  kind: z.enum(['metric', 'event', 'service_check', 'bad']),
  name: z.string().optional(),
  /** One value, or several (DogStatsD `name:1:2:3|d`). Sets keep their text. */
  values: z.array(z.union([z.number(), z.string()])).optional(),
  type: StatsdMetricType.optional(),
  sampleRate: z.number().optional(),
  tags: z.array(z.string()).optional(),
  problem: StatsdLineProblem.optional(),
  /** Where the datagram came from (`ip:port`). */
  from: z.string().optional(),
});
export type StatsdLine = z.infer<typeof StatsdLine>;

export const StatsdSinkTotals = z.object({
  packets: z.number(),
  lines: z.number(),
  ok: z.number(),
  bad: z.number(),
  /** Distinct metric names seen (bounded; see `namesCapped`). */
  names: z.number(),
  namesCapped: z.boolean(),
});
export type StatsdSinkTotals = z.infer<typeof StatsdSinkTotals>;

/** One distinct metric name the sink has seen, with its latest value. */
export const StatsdNameSeen = z.object({ name: z.string(), type: StatsdMetricType, count: z.number(), last: z.union([z.number(), z.string()]) });
export type StatsdNameSeen = z.infer<typeof StatsdNameSeen>;

/**
 * What the sink streams to the UI: at most one batch per 100 ms carrying the totals and a bounded
 * sample of the newest lines, never one event per datagram.
 */
export const StatsdSinkEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('batch'),
    sinkId: z.string(),
    at: z.string(),
    totals: StatsdSinkTotals,
    lines: z.array(StatsdLine),
    /** Lines received since the last batch that are not in `lines` (the sample is bounded). */
    omitted: z.number(),
    names: z.array(StatsdNameSeen),
  }),
  z.object({ type: z.literal('stopped'), sinkId: z.string(), at: z.string(), totals: StatsdSinkTotals, error: z.string().optional() }),
]);
export type StatsdSinkEvent = z.infer<typeof StatsdSinkEvent>;

export const StatsdSinkStartRequest = z
  .object({
    port: z.number().int().min(1).max(65535),
    /** Loopback by default; 0.0.0.0 or :: to receive from other machines. */
    host: z.string().default('127.0.0.1'),
  })
  .strict();
export const StatsdSinkStartReply = z.object({ sinkId: z.string(), address: z.string(), port: z.number() });
