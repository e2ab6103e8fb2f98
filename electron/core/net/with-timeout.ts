/** Rejects with `TimeoutError` after `ms`, or with the abort reason when `signal` fires. */
export class TimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(readonly timeoutMs: number, what: string) {
    super(`${what} did not finish within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

export class CancelledError extends Error {
  readonly code = 'ECANCELED';
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/**
 * Races a promise against a timeout and a cancel signal. For operations that cannot be
 * aborted themselves (dns.lookup) the underlying work is abandoned, not stopped.
 */
export function withTimeout<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError());
      return;
    }
    let finished = false;
    const done = (action: () => void): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      action();
    };
    const timer = setTimeout(() => done(() => reject(new TimeoutError(ms, what))), ms);
    const onAbort = (): void => done(() => reject(new CancelledError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => done(() => resolve(value)),
      (error: unknown) => done(() => reject(error)),
    );
  });
}
