import { session, type WebFrameMain } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';

/** Sets the strict CSP on every response and refuses permission requests (camera, geolocation …). */
export function hardenSession(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/** Our page is either the dev server's URL or the packaged file; nothing else may call IPC. */
export function trustedFrameCheck(rendererUrl: string | undefined): (frame: WebFrameMain | null) => boolean {
  return (frame) => {
    if (!frame || frame.parent) return false;
    const url = new URL(frame.url);
    if (rendererUrl) return url.origin === new URL(rendererUrl).origin;
    return url.protocol === 'file:';
  };
}
