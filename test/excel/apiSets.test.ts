/**
 * Every Office.js member the Excel bundle's code touches, found by the TypeScript compiler from the two
 * entry points webpack bundles (the functions and the task pane, core and the shared pane included), with
 * the requirement set Microsoft's own annotations give it (`[Api set: ExcelApi 1.7]` in @types/office-js
 * and @types/custom-functions-runtime): each is within what the manifest declares, or is one the code
 * checks with isSetSupported before calling. requirements.test.ts runs the actions on an Excel of exactly
 * the declared ExcelApi, but only for the calls the fake's table lists; this one reads the code itself, so
 * a member of a later set cannot reach users' Excel unnoticed.
 */
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import ts from 'typescript';
import { compareVersions } from '../fakes/excel/requirements';

const ROOT = path.resolve(__dirname, '../..');
const ENTRIES = ['excel-addin/functions/functions.ts', 'excel-addin/taskpane/main.ts'];

/**
 * Members above the manifest's sets that the code calls only once isSetSupported said yes: where, and the
 * call of the painter that asks first (queueCellWrites' `typedText`).
 */
const GUARDED: Readonly<Record<string, string>> = { 'Range.valuesAsJson': 'excel-addin/cellMatrices.ts' };
const GUARD = { file: 'excel-addin/painter.ts', text: "hostSupports('ExcelApi', '1.16')" };

/** The manifest's `<Set Name MinVersion>`, by name. */
function declaredSets(): Record<string, string> {
  const xpath = "//*[local-name()='Set']";
  const out = execFileSync('xmllint', ['--nonet', '--xpath', xpath, path.join(ROOT, 'manifest.xml')], {
    encoding: 'utf8',
  });
  return Object.fromEntries(
    [...out.matchAll(/Name="([^"]+)" MinVersion="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
}

interface Use {
  readonly member: string;
  readonly set: string;
  readonly version: string;
  readonly at: string;
}

/** The Office declarations' requirement sets: `[Api set: ExcelApi 1.7]`, one or more. */
function apiSets(declaration: ts.Declaration): [string, string][] {
  const file = declaration.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
  const text = ranges.map((r) => file.text.slice(r.pos, r.end)).join('\n');
  return [...text.matchAll(/\[Api set: ([A-Za-z]+) (\d+\.\d+)/g)].map((m) => [m[1]!, m[2]!]);
}

function officeUses(): Use[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  const program = ts.createProgram(
    ENTRIES.map((entry) => path.join(ROOT, entry)),
    config.options,
  );
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes('node_modules')) continue;
    const record = (node: ts.Node, symbol: ts.Symbol | undefined, name: string): void => {
      for (const declaration of symbol?.declarations ?? []) {
        const declared = declaration.getSourceFile().fileName;
        if (!/@types\/(office-js|custom-functions-runtime|office-runtime)\//.test(declared)) continue;
        const owner = (declaration.parent as ts.NamedDeclaration | undefined)?.name?.getText() ?? '';
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        for (const [set, version] of apiSets(declaration))
          uses.push({
            member: `${owner}.${name}`,
            set,
            version,
            at: `${path.relative(ROOT, file.fileName)}:${line + 1}`,
          });
      }
    };
    const visit = (node: ts.Node): void => {
      // A property read or a call at run time; a type's name (Excel.StringCellValue) needs no set.
      if (ts.isPropertyAccessExpression(node))
        record(node, checker.getSymbolAtLocation(node.name), node.name.text);
      // A member picked by a key of a literal type: CustomFunctions.ErrorCode[code], each key it may be.
      if (ts.isElementAccessExpression(node)) {
        const key = checker.getTypeAtLocation(node.argumentExpression);
        const object = checker.getTypeAtLocation(node.expression);
        for (const each of key.isUnion() ? key.types : [key])
          if (each.isStringLiteral()) record(node, object.getProperty(each.value), each.value);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return uses;
}

describe('the requirement sets of the Office.js members the Excel bundle uses', () => {
  const declared = declaredSets();
  const uses = officeUses();

  it('finds the members it should, with the sets Microsoft gives them', () => {
    const found = (member: string) => uses.find((use) => use.member === member);
    expect(found('WorksheetCustomPropertyCollection.add')).toMatchObject({
      set: 'ExcelApi',
      version: '1.12',
    });
    expect(found('Worksheet.getRangeByIndexes')).toMatchObject({ set: 'ExcelApi', version: '1.7' });
    expect(found('Worksheet.copy')).toMatchObject({ set: 'ExcelApi', version: '1.7' });
    expect(found('Range.valuesAsJson')).toMatchObject({ set: 'ExcelApi', version: '1.16' });
  });

  it('needs no set the manifest does not declare, nor a later version, but the guarded ones', () => {
    const beyond = uses.filter((use) => {
      const min = declared[use.set];
      if (min !== undefined && compareVersions(use.version, min) <= 0) return false;
      return !use.at.startsWith(`${GUARDED[use.member] ?? '?'}:`);
    });
    expect(beyond).toEqual([]);
    expect(readFileSync(path.join(ROOT, GUARD.file), 'utf8')).toContain(GUARD.text);
  });

  it('needs the declared ExcelApi and CustomFunctionsRuntime, no lower one would do', () => {
    const highest = (set: string) =>
      uses
        .filter((use) => use.set === set && !(use.member in GUARDED))
        .map((use) => use.version)
        .sort(compareVersions)
        .at(-1);
    expect(highest('ExcelApi')).toBe(declared.ExcelApi);
    expect(highest('CustomFunctionsRuntime')).toBe(declared.CustomFunctionsRuntime);
  });
});
