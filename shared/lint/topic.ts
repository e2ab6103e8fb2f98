/** What is wrong with a subscription filter, by the rules of MQTT 3.1.1 §4.7 and MQTT 5 §4.7. */
export type TopicCheck = { kind: 'ok' } | { kind: 'invalid' | 'suspicious' | 'sys'; reason: string };

const MAX_TOPIC_BYTES = 65535;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkTopicFilter(topic: string): TopicCheck {
  if (topic === '') return { kind: 'invalid', reason: 'it is empty' };
  if (topic.includes('\u0000')) return { kind: 'invalid', reason: 'it contains a null character (U+0000)' };
  if (utf8Length(topic) > MAX_TOPIC_BYTES) return { kind: 'invalid', reason: `it is longer than ${MAX_TOPIC_BYTES} bytes` };
  const levels = topic.split('/');
  for (let i = 0; i < levels.length; i++) {
    const level = levels[i] as string;
    if (level.includes('#') && (level !== '#' || i !== levels.length - 1)) {
      return { kind: 'invalid', reason: '"#" must be the last level and alone in it (a/b/#)' };
    }
    if (level.includes('+') && level !== '+') return { kind: 'invalid', reason: '"+" must fill a whole level (a/+/c)' };
  }
  if (topic.startsWith('$')) return { kind: 'sys', reason: 'it starts with $' };
  if (topic !== topic.trim()) return { kind: 'suspicious', reason: 'it starts or ends with a space' };
  if (/\s/.test(topic)) return { kind: 'suspicious', reason: 'it contains a space' };
  if (topic.startsWith('/')) return { kind: 'suspicious', reason: 'a leading "/" adds an empty first level (/tracking/data is not tracking/data)' };
  if (topic.length > 1 && topic.endsWith('/')) return { kind: 'suspicious', reason: 'a trailing "/" adds an empty last level' };
  if (topic.includes('//')) return { kind: 'suspicious', reason: '"//" makes an empty level' };
  return { kind: 'ok' };
}
