/**
 * The renderer's Content Security Policy: only our own scripts, no eval, no remote content.
 * `connect-src 'self'` lets the e2e bridge's WebSocket (same origin) through and nothing else.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
