/** `Session`: the user's locale, the script's time zone and the user. */
import type { CallLog } from './callLog';
import { Recorded } from './recorder';
import type { FakeState } from './state';

/** `User`, as `Session.getEffectiveUser()` returns it. */
export class FakeUser extends Recorded {
  readonly __service = 'User';
  readonly __group = 'Session' as const;

  constructor(
    log: CallLog,
    private readonly email: string,
  ) {
    super(log);
  }

  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

/** `Session`, answering from the environment's settings. */
export class FakeSession extends Recorded {
  readonly __service = 'Session';
  readonly __group = 'Session' as const;

  constructor(
    log: CallLog,
    private readonly state: FakeState,
  ) {
    super(log);
  }

  getActiveUserLocale(): string {
    return this.state.userLocale;
  }
  getScriptTimeZone(): string {
    return this.state.timeZone;
  }
  getEffectiveUser(): FakeUser {
    return new FakeUser(this.__log, this.state.userEmail);
  }
  getActiveUser(): FakeUser {
    return new FakeUser(this.__log, this.state.userEmail);
  }
  getTemporaryActiveUserKey(): string {
    return `temp-${this.state.userEmail}`;
  }
}
