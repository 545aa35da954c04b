import { WIRE } from '../serverFailure';
import { serverError, serverFailureIn } from './serverMessages';

describe('what the page’s failure handler received', () => {
  it('is read wherever the failure starts, after the type Apps Script may put before it', () => {
    const wire = `${WIRE}${JSON.stringify({ code: 'noSheet', sheet: 'Actuals' })}`;
    expect(serverFailureIn(`Exception: ${wire}`)).toEqual({ code: 'noSheet', sheet: 'Actuals' });
    expect(serverError(new Error(`Error: ${wire}`), 'en').message).toBe(
      'the sheet "Actuals" no longer exists. Check the contract again.',
    );
  });

  it('keeps Google’s own words, without their type, when the server wrote no failure', () => {
    expect(serverError(new Error('Exception: Range not found'), 'fr').message).toBe('Range not found');
  });

  it('says what to do when Google would not authorize the call, its words kept', () => {
    const refusals = [
      'ScriptError: Authorization is required to perform that action.',
      "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
      'NetworkError: Connection failure due to HTTP 401',
    ];
    for (const refusal of refusals) {
      const message = serverError(new Error(refusal), 'en').message;
      expect(message).toMatch(/^Google refused the call for want of authorization \("/);
      expect(message).toContain(refusal.replace(/^\w+Error: /, ''));
      expect(message).toContain('signed in to several Google accounts');
    }
    expect(serverError(new Error(refusals[0]), 'fr').message).toMatch(
      /^Google a refusé l’appel faute d’autorisation \(«\u00a0Authorization is required/,
    );
    // A French Google account gets Google's words in French.
    expect(
      serverError(new Error('Une autorisation est requise pour effectuer cette action.'), 'fr').message,
    ).toMatch(/^Google a refusé l’appel faute d’autorisation \(«\u00a0Une autorisation est requise/);
    expect(serverError(new Error('Fonction de script introuvable : readSheets'), 'fr').message).toMatch(
      /^Outcome Fees a été mis à jour depuis l’ouverture de ce panneau/,
    );
  });

  it('says what to do when the connection failed, not that authorization did, its words kept', () => {
    expect(serverError(new Error('NetworkError: Connection failure due to HTTP 0'), 'en').message).toBe(
      `The connection to Google Sheets failed ("NetworkError: Connection failure due to HTTP 0"): the network dropped, or Google's servers did not answer. Check the connection and try again; after an action that makes sheets, first reload the spreadsheet and see whether they were made.`,
    );
    const french = serverError(new Error('NetworkError: Connection failure due to HTTP 500'), 'fr').message;
    expect(french).toMatch(
      /^La connexion à Google Sheets a échoué \(«\u00a0NetworkError: Connection failure due to HTTP 500\u00a0»\)/,
    );
    expect(french).toContain('rechargez d’abord le classeur');
    expect(french).not.toMatch(/autorisation/);
  });

  it('keeps the message as it came when the failure is unreadable or unknown', () => {
    for (const message of [`${WIRE}{"code":`, `${WIRE}{"code":"later"}`, `${WIRE}[1]`]) {
      expect(serverError(new Error(message), 'en').message).toBe(message);
    }
  });
});
