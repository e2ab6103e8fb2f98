import type { CodeSource } from '../kb';
import { decodeCode, parseCodeNumber, type CodeDecoding } from './decode-code';
import { decodeText, type TextDecoding } from './decode-text';

export { decodeCode, parseCodeNumber, decodeText };
export type { CodeDecoding, TextDecoding };
export type { CodeAbsence } from './decode-code';
export type { TextHit } from './decode-text';

export type Decoding = ({ kind: 'code' } & CodeDecoding) | ({ kind: 'text' } & TextDecoding);

const TOKEN = /^\s*[A-Za-z0-9_.+-]{1,40}\s*$/;

/**
 * What the decoder command and screen do with whatever a person typed: one token (a number, a
 * hex code, a name, a kb id) is decoded as a code; anything else is scanned as free text.
 */
export function decode(input: string, source?: CodeSource): Decoding {
  if (TOKEN.test(input)) {
    const code = decodeCode(input.trim(), source);
    if (code.matches.length > 0 || parseCodeNumber(input) || source) return { kind: 'code', ...code };
  }
  const text = decodeText(input);
  if (!source) return { kind: 'text', ...text };
  return { kind: 'text', ...text, hits: text.hits.filter((h) => h.entry.source === source || (source === 'connack' && h.entry.source === 'suback')) };
}
