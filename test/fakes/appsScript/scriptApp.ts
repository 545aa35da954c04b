/** `ScriptApp`: the AuthMode enum a trigger's event carries. */
import { Recorded } from './recorder';

/** `ScriptApp.AuthMode`; values compare equal to `e.authMode` in the fake's events. */
export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;

/** `ScriptApp`, for its `AuthMode` enum. */
export class FakeScriptApp extends Recorded {
  readonly __service = 'ScriptApp';
  readonly __group = 'ScriptApp' as const;
  readonly AuthMode = AuthMode;

  getScriptId(): string {
    return 'fake-script-id';
  }
}
