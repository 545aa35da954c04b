/**
 * `LockService` and `Lock`. The fake runs one execution at a time, so no real contention happens: a test
 * makes another execution hold the document lock (`__holdDocumentLock`) to see a paint wait and give up.
 * As in Apps Script, a lock is taken only by `tryLock`/`waitLock`, `releaseLock` without it does nothing,
 * and `getDocumentLock` answers null outside a document (`__outsideDocument`).
 */
import type { CallLog } from './callLog';
import { Recorded } from './recorder';

/** Who holds each lock: this execution, another one, or nobody. */
interface LockState {
  holder: 'this' | 'other' | null;
}

/** `Lock`. */
export class FakeLock extends Recorded {
  readonly __service = 'Lock';
  readonly __group = 'LockService' as const;

  constructor(
    log: CallLog,
    private readonly state: LockState,
  ) {
    super(log);
  }

  tryLock(_timeoutInMillis: number): boolean {
    if (this.state.holder === 'other') return false;
    this.state.holder = 'this';
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis))
      throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.state.holder === 'this';
  }
  releaseLock(): void {
    if (this.state.holder === 'this') this.state.holder = null;
  }
}

/** `LockService`: one document lock, one script lock and one user lock. */
export class FakeLockService extends Recorded {
  readonly __service = 'LockService';
  readonly __group = 'LockService' as const;
  private readonly document: LockState = { holder: null };
  private readonly script: LockState = { holder: null };
  private readonly user: LockState = { holder: null };
  private inDocument = true;

  getDocumentLock(): FakeLock | null {
    return this.inDocument ? new FakeLock(this.__log, this.document) : null;
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.__log, this.script);
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.__log, this.user);
  }

  /** Another execution takes the document lock (or, with false, lets it go). */
  __holdDocumentLock(held = true): void {
    this.document.holder = held ? 'other' : null;
  }
  /** Whether this execution still holds the document lock (a paint must have released it). */
  __documentLockHeld(): boolean {
    return this.document.holder === 'this';
  }
  /** The script runs outside a document (a web app, a standalone script): no document lock. */
  __outsideDocument(): void {
    this.inDocument = false;
  }
}
