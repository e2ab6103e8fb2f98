/** How a payload is shown: like `mosquitto_sub -v`, but JSON pretty-printed and binary as hex. */
export interface PayloadView {
  format: 'json' | 'text' | 'hex' | 'empty';
  text: string;
  bytes: number;
  /** The view was cut; `text` ends with a visible marker. */
  truncated: boolean;
}

export const DEFAULT_PAYLOAD_LIMIT = 1024;

const cutMarker = (more: number): string => ` … [+${more} bytes cut]`;

function isPrintable(text: string): boolean {
  // Control characters other than tab, CR, LF mean binary, even if the bytes are valid UTF-8.
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

export function viewPayload(payload: Uint8Array, limit = DEFAULT_PAYLOAD_LIMIT): PayloadView {
  const bytes = payload.length;
  if (bytes === 0) return { format: 'empty', text: '', bytes, truncated: false };
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    text = undefined;
  }
  if (text !== undefined && isPrintable(text)) {
    let format: PayloadView['format'] = 'text';
    const trimmed = text.trim();
    if (/^[[{]/.test(trimmed)) {
      try {
        text = JSON.stringify(JSON.parse(trimmed), null, 2);
        format = 'json';
      } catch {
        // Not JSON after all: shown as text.
      }
    }
    if (text.length > limit) return { format, text: text.slice(0, limit) + cutMarker(Buffer.byteLength(text.slice(limit))), bytes, truncated: true };
    return { format, text, bytes, truncated: false };
  }
  // Two characters a byte: show half as many bytes so the view stays about `limit` long.
  const shownBytes = Math.max(1, Math.floor(limit / 2));
  const shown = Buffer.from(payload.subarray(0, shownBytes)).toString('hex');
  return { format: 'hex', text: bytes > shownBytes ? shown + cutMarker(bytes - shownBytes) : shown, bytes, truncated: bytes > shownBytes };
}
