import { isOfficeError, officeErrorCode } from './officeError';

/** An error as a rejected sync gives it: Office's code on an Error, as OfficeExtension.Error carries it. */
const officeError = (code: string, cause?: unknown) =>
  Object.assign(new Error(`failed: ${code}`, { cause }), { code });

describe('officeErrorCode', () => {
  it("reads Office's code from an error, or from a copy of one that lost its class", () => {
    expect(officeErrorCode(officeError('ItemNotFound'))).toBe('ItemNotFound');
    expect(officeErrorCode({ code: 'AccessDenied', message: 'copied' })).toBe('AccessDenied');
  });

  it("is '' for a failure without a code: a plain Error, a string, undefined, a numeric code", () => {
    for (const error of [new Error('x'), 'AccessDenied', undefined, null, { code: 403 }])
      expect(officeErrorCode(error)).toBe('');
  });
});

describe('isOfficeError', () => {
  it("matches the error's own code only, unless asked to follow its causes", () => {
    const wrapped = new Error('paint failed', { cause: officeError('InvalidOperationInCellEditMode') });
    expect(isOfficeError(officeError('AccessDenied'), 'AccessDenied')).toBe(true);
    expect(isOfficeError(officeError('AccessDenied'), 'ItemNotFound')).toBe(false);
    expect(isOfficeError(wrapped, 'InvalidOperationInCellEditMode')).toBe(false);
    expect(isOfficeError(wrapped, 'InvalidOperationInCellEditMode', { throughCauses: true })).toBe(true);
  });

  it('follows at most five errors down a chain of causes', () => {
    const chain = (length: number): unknown =>
      Array.from({ length: length - 1 }).reduce<unknown>(
        (cause) => new Error('wrapper', { cause }),
        officeError('InvalidOperationInCellEditMode'),
      );
    expect(isOfficeError(chain(5), 'InvalidOperationInCellEditMode', { throughCauses: true })).toBe(true);
    expect(isOfficeError(chain(6), 'InvalidOperationInCellEditMode', { throughCauses: true })).toBe(false);
  });
});
