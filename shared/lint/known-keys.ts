/** The variables the siscom services read from their .env. */
export const KNOWN_KEYS = [
  'BROKER_HOST',
  'BROKER_TOPIC',
  'MQTT_USERNAME',
  'MQTT_PASSWORD',
  'STATSD_ENABLED',
  'STATSD_HOST',
  'STATSD_PORT',
  'STATSD_PREFIX',
  'APP_NAME',
] as const;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        (rows[0] as number[])[j] = j;
        continue;
      }
      const row = rows[i] as number[];
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known key an unknown one was probably meant to be. Case is ignored (pydantic settings read
 * names case-insensitively); short names need a closer match so FOO is not taken for APP_NAME.
 */
export function closestKnownKey(key: string): string | undefined {
  const upper = key.toUpperCase();
  if ((KNOWN_KEYS as readonly string[]).includes(upper)) return undefined;
  let best: { key: string; d: number } | undefined;
  for (const known of KNOWN_KEYS) {
    const d = editDistance(upper, known);
    const allowed = known.length >= 10 ? 2 : 1;
    if (d <= allowed && (!best || d < best.d)) best = { key: known, d };
  }
  // Common slips that are further than two edits: a missing prefix or a plural.
  if (!best) {
    for (const known of KNOWN_KEYS) {
      const stem = known.replace(/^(BROKER|MQTT|STATSD)_/, '');
      if (upper === stem && stem.length >= 4) return known;
    }
  }
  return best?.key;
}
