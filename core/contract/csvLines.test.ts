/**
 * `readCsv` parses the header, then the lines after it on their own (so that csv-parse builds no error
 * for a file whose every line is ragged the same way): for any file, the records and the line each one
 * starts on are those of one parse of the whole file.
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { parseCsv, readCsv } from './csv';

/** A field as a CSV writer quotes it: delimiters, quotes and line breaks inside quotes. */
const field = fc
  .array(fc.constantFrom('a', '1', ',', '"', '\n', ' ', 'é', ';'), { maxLength: 4 })
  .map((chars) => chars.join(''));
const quoted = (f: string) => (/[",\n;]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);

/** Rows of 1 to 5 fields; a row of one empty field is a blank line. */
const rows = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });

describe('a CSV file read in two parts', () => {
  test('gives the records of one parse of the whole file', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const text = `Period,Kind,Name,Value\n${table.map((r) => r.map(quoted).join(',')).join('\n')}\n`;
        const whole = parse(text, { delimiter: ',', relax_column_count: true }) as string[][];
        expect(parseCsv(text)).toEqual(whole);
      }),
    );
  });

  test('names the line each ragged record starts on, after blank lines and quoted line breaks', () => {
    fc.assert(
      fc.property(fc.nat(3), rows, (blankLines, table) => {
        const lines = table.map((r) => r.map(quoted).join(','));
        const text = `${'\n'.repeat(blankLines)}Period,Kind,Name,Value\n${lines.join('\n')}\n`;
        // A record starts on the line after every line break written before it.
        let line = blankLines + 2;
        const expected: number[] = [];
        table.forEach((record, i) => {
          const blank = record.every((f) => f.trim() === '');
          if (!blank && record.length !== 4) expected.push(line);
          line += (lines[i].match(/\n/g) ?? []).length + 1;
        });
        const found = readCsv(text, 'x.csv').issues.map((issue) =>
          Number(/line (\d+)/.exec(issue.message)?.[1]),
        );
        expect(found).toEqual(expected);
      }),
    );
  });
});
