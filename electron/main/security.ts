import { session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';

/** Sets the strict CSP on every response and refuses permission requests (camera, geolocation …). */
export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}
