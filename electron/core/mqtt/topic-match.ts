/** Whether an MQTT topic filter (with + and # wildcards) matches a topic name. */
export function topicMatches(filter: string, topic: string): boolean {
  // A filter starting with a wildcard never matches a $-topic ($SYS …), as brokers do.
  if (topic.startsWith('$') && (filter.startsWith('+') || filter.startsWith('#'))) return false;
  const f = filter.split('/');
  const t = topic.split('/');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true;
    if (i >= t.length) return false;
    if (f[i] !== '+' && f[i] !== t[i]) return false;
  }
  return f.length === t.length;
}
