/**
 * A contract file edited by hand: a comment or a trailing comma (habits of JSONC and JSON5 editors), a
 * file cut short, and a document nested so deep that walking it overflowed the stack. Each is refused at
 * its line and column with its cause named, never a position count or a crash.
 */
import { saveContract, loadContract } from './json';
import { MAX_JSON_DEPTH, readJsonText } from './jsonText';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import type { Result } from './issues';
import type { Contract } from './types';

const file = saveContract(bpoCustomerService.contract('en'));
const messages = (result: Result<Contract>) => (result.ok ? [] : result.issues.map((i) => i.message));

describe('a contract file that is no JSON', () => {
  test('a comment is named at its line and column', () => {
    const edited = file.replace('{\n', '{\n  // edited by hand\n');
    expect(messages(loadContract(edited))).toEqual([
      '(contract): not valid JSON: line 2, column 3: a comment, which JSON does not allow: delete it',
    ]);
    const block = file.replace('"vatRate"', '/* 20 % */ "vatRate"');
    const line = file.slice(0, file.indexOf('"vatRate"')).split('\n').length;
    expect(messages(loadContract(block))).toEqual([
      `(contract): not valid JSON: line ${line}, column 3: a comment, which JSON does not allow: delete it`,
    ]);
  });

  test('a trailing comma in an object or an array, CRLF line ends counted as one', () => {
    const lines = file.trimEnd().split('\n');
    const object = [...lines.slice(0, -1).map((l, i, all) => (i === all.length - 1 ? `${l},` : l)), '}'];
    expect(messages(loadContract(`${object.join('\r\n')}\r\n`))).toEqual([
      `(contract): not valid JSON: line ${lines.length}, column 1: a comma after the last item, which JSON does not allow: delete it`,
    ]);
    expect(readJsonText('{"a": [1, 2, ]}')).toEqual({
      ok: false,
      problem: 'line 1, column 14: a comma after the last item, which JSON does not allow: delete it',
    });
  });

  test('a file cut short, and a missing comma said in words at its place', () => {
    expect(readJsonText(file.slice(0, 200))).toEqual({
      ok: false,
      problem: 'the file ends inside a value (cut short?)',
    });
    expect(readJsonText('{\n  "a": 1\n  "b": 2\n}')).toEqual({
      ok: false,
      problem: 'line 3, column 3: expected "," between two items',
    });
  });

  test('nesting beyond 64 levels is refused at the bracket that goes past, in French too', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(messages(loadContract(deep))).toEqual([
      '(contract): not valid JSON: line 1, column 65: nested deeper than 64 levels, as no contract or invoice file is',
    ]);
    expect(readJsonText(`{"a":\n${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`)).toEqual({
      ok: false,
      problem: 'line 2, column 64: nested deeper than 64 levels, as no contract or invoice file is',
    });
    // Brackets inside strings are text, not nesting.
    expect(readJsonText(JSON.stringify({ note: '['.repeat(100) }))).toEqual({
      ok: true,
      value: { note: '['.repeat(100) },
    });
    expect(readJsonText('{"a": // x\n1}', 'fr')).toEqual({
      ok: false,
      problem: 'ligne 1, colonne 7\u00a0: un commentaire, que JSON n’admet pas\u00a0: supprimez-le',
    });
  });

  test('an empty file says so', () => {
    expect(readJsonText(' \n')).toEqual({ ok: false, problem: 'the file is empty' });
  });

  test('a contract file as written still loads', () => {
    expect(loadContract(file).ok).toBe(true);
  });
});
