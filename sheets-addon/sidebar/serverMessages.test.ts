import { WIRE } from '../serverFailure';
import { serverError, serverFailureIn } from './serverMessages';

describe('what the page’s failure handler received', () => {
  it('is read wherever the failure starts, after the type Apps Script may put before it', () => {
    const wire = `${WIRE}${JSON.stringify({ code: 'noSheet', sheet: 'Actuals' })}`;
    expect(serverFailureIn(`Exception: ${wire}`)).toEqual({ code: 'noSheet', sheet: 'Actuals' });
    expect(serverError(new Error(`Error: ${wire}`), 'en').message).toBe(
      'the sheet “Actuals” no longer exists. Check the contract again.',
    );
  });

  it('keeps Google’s own words, without their type, when the server wrote no failure', () => {
    expect(serverError(new Error('Exception: Range not found'), 'fr').message).toBe('Range not found');
    expect(serverError('ScriptError: Authorization is required to perform that action.', 'en').message).toBe(
      'Authorization is required to perform that action.',
    );
  });

  it('keeps the message as it came when the failure is unreadable or unknown', () => {
    for (const message of [`${WIRE}{"code":`, `${WIRE}{"code":"later"}`, `${WIRE}[1]`]) {
      expect(serverError(new Error(message), 'en').message).toBe(message);
    }
  });
});
