import { runInNewContext } from 'node:vm';
import { messageOf } from './messageOf';

describe('messageOf', () => {
  it("is an Error's message, from this realm or another (a sidebar's failure, a copied Office error)", () => {
    expect(messageOf(new RangeError('Cannot select B3'))).toBe('Cannot select B3');
    expect(messageOf(runInNewContext('new Error("from the script")'))).toBe('from the script');
    expect(messageOf({ code: 'AccessDenied', message: 'read-only' })).toBe('read-only');
  });

  it('is a thrown text as it is', () => {
    expect(messageOf('The sheet is protected.')).toBe('The sheet is protected.');
  });

  it("is '' for what carries no message, so the pane says it in its own words", () => {
    for (const error of [undefined, null, 42, {}, { message: 7 }, new Error()])
      expect(messageOf(error)).toBe('');
  });
});
