/**
 * Which Contract and Actuals sheets the pane works on. Our sheets carry a tag (`SheetTag`) pairing them,
 * so a user's own sheet named "Contract" is never read, and a second contract's "Contract (2)" goes with
 * its "Actuals (2)" whatever they are renamed to. A workbook where no sheet is tagged (written before
 * tags, or by the command line's .xlsx) is paired by name: `Contract` with `Actuals`, `Contract (2)` with
 * `Actuals (2)`, in either language.
 */
import type { Language } from '../contract/types';
import { contractText } from '../i18n/contract';
import { sheetNameKey } from '../layout/uniqueSheetName';
import { DIAGNOSTICS_TAG } from './diagnostics/sheetTagCheck';
import { andThen, type MaybePromise } from './maybePromise';
import { LAYOUT_TOP, printedRole } from './printedRole';
import type { SheetInfo, WorkbookPort, WorkbookSheets } from './workbookPort';

/** One contract of the workbook: its Contract sheet and, if it has one, its Actuals sheet. */
export interface ContractPair {
  readonly contract: string;
  readonly actuals: string | null;
  /**
   * Two sheets carrying this contract's tag of one role: a copied sheet keeps the mark in both hosts, and
   * nothing tells the copy from the original, so the pane refuses to choose (`chooseContract`). A sheet id
   * in the tag would not: Excel's `worksheet.id` holds for a session only, and a reopened workbook numbers
   * its sheets by position (office-js-docs#297, office-js#1390), so a copy could take the original's id.
   */
  readonly twins?: TwinSheets;
}

/** The first two sheets, in workbook order, carrying one role of a contract's tag. */
export interface TwinSheets {
  readonly role: 'contract' | 'actuals';
  readonly first: string;
  readonly second: string;
}

/** The contract to work on, or why there is none to choose. */
export type ContractChoice =
  | { readonly ok: true; readonly pair: ContractPair }
  | { readonly ok: false; readonly reason: 'none' }
  | { readonly ok: false; readonly reason: 'notAContract'; readonly picked: string }
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly contracts: readonly string[] }
  | { readonly ok: false; readonly reason: 'twins'; readonly pair: ContractPair & { twins: TwinSheets } }
  | ({ readonly ok: false; readonly reason: 'notOfContract' } & NotOfContract);

/**
 * The user is on a sheet of no contract that may pass for one of the only contract's (`notOfContractSheet`),
 * whose sheets `pair` the pane would read instead.
 */
export interface NotOfContract {
  readonly active: string;
  /** Unmarked (a copy the host made without the mark, a pasted one, a sheet of one's own), or foreign. */
  readonly mark: 'none' | 'foreign';
  /**
   * Unmarked, of a name that says nothing, and printing a Contract or Actuals sheet's first rows
   * (`printedRole`): a copy that lost the mark and was renamed.
   */
  readonly printed?: 'contract' | 'actuals';
  readonly pair: { readonly contract: string; readonly actuals: string };
}

const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** The plain sheet names of `key` in every language (`Contract`, `Contrat`). */
export function plainNames(key: 'contractSheet' | 'actualsSheet'): string[] {
  return LANGUAGES.map((lang) => contractText(lang)[key]);
}

/** `Contract (2)` → `Contract` and ` (2)`; a plain name has an empty suffix. */
function splitCopy(name: string): { base: string; suffix: string } {
  const match = /^(.*?)( \(\d+\))?$/.exec(name)!;
  return { base: match[1]!, suffix: match[2] ?? '' };
}

function pairsByTag(sheets: readonly SheetInfo[]): ContractPair[] {
  const tagged = (role: TwinSheets['role'], contract: string) =>
    sheets.filter((sheet) => sheet.tag?.role === role && sheet.tag.contract === contract).map((s) => s.name);
  return sheets
    .filter((sheet) => sheet.tag?.role === 'contract')
    .map((sheet) => {
      const contracts = tagged('contract', sheet.tag!.contract);
      const actuals = tagged('actuals', sheet.tag!.contract);
      const [role, twins] =
        contracts.length > 1 ? ['contract' as const, contracts] : ['actuals' as const, actuals];
      const pair = { contract: sheet.name, actuals: actuals[0] ?? null };
      return twins.length > 1 ? { ...pair, twins: { role, first: twins[0]!, second: twins[1]! } } : pair;
    });
}

/**
 * A sheet name as Excel tells names apart (`sheetNameKey`: a workbook cannot hold `Actuals` and `actuals`),
 * and the spaces around it aside, so that `actuals` or a renamed `Actuals ` is still the Actuals sheet.
 */
export const foundSheetKey = (name: string): string => sheetNameKey(name.trim());

function pairsByName(sheets: readonly SheetInfo[]): ContractPair[] {
  const contracts = plainNames('contractSheet').map(foundSheetKey);
  const actuals = plainNames('actualsSheet');
  const names = sheets.map((sheet) => sheet.name);
  return names
    .filter((name) => contracts.includes(splitCopy(foundSheetKey(name)).base))
    .map((contract) => {
      const { suffix } = splitCopy(foundSheetKey(contract));
      const wanted = actuals.map((a) => a + suffix);
      const exact = names.find((name) => wanted.includes(name));
      const near = names.find((name) => wanted.some((a) => foundSheetKey(a) === foundSheetKey(name)));
      return { contract, actuals: exact ?? near ?? null };
    });
}

/**
 * Every contract of the workbook, in the order of their Contract sheets. Only a Contract sheet's tag pairs
 * by tag: a workbook the command line wrote keeps its pairs by name once the pane tagged an invoice in it,
 * or beside a Diagnostics sheet the host would not delete (its actuals mark is of no contract).
 */
export function contractPairs(sheets: readonly SheetInfo[]): ContractPair[] {
  const tagged = sheets.some((sheet) => sheet.tag?.role === 'contract');
  return tagged ? pairsByTag(sheets) : pairsByName(sheets);
}

/**
 * The contract the user means: the one they picked (by its Contract sheet), else the one whose Contract
 * or Actuals sheet is active, else the only one; refused when that contract has twin sheets (`twins`).
 */
export function chooseContract(workbook: WorkbookSheets, picked?: string): ContractChoice {
  const chosen = pairChosen(workbook, picked);
  if (!chosen.ok || !chosen.pair.twins) return chosen;
  return { ok: false, reason: 'twins', pair: { ...chosen.pair, twins: chosen.pair.twins } };
}

function pairChosen(workbook: WorkbookSheets, picked?: string): ContractChoice {
  const pairs = contractPairs(workbook.sheets);
  if (picked) {
    const pair = pairs.find((candidate) => candidate.contract === picked);
    return pair ? { ok: true, pair } : { ok: false, reason: 'notAContract', picked };
  }
  // A copy the user is on is of its contract, refused as such.
  const sheetsOf = (pair: ContractPair) => [
    pair.contract,
    pair.actuals,
    ...(pair.twins ? [pair.twins.first, pair.twins.second] : []),
  ];
  const active = pairs.find((pair) => workbook.active !== null && sheetsOf(pair).includes(workbook.active));
  if (active) return { ok: true, pair: active };
  if (pairs.length === 1) return notOfContractSheet(workbook, pairs[0]!) ?? { ok: true, pair: pairs[0]! };
  if (pairs.length === 0) return { ok: false, reason: 'none' };
  return { ok: false, reason: 'ambiguous', contracts: pairs.map((pair) => pair.contract) };
}

/** `name` holds `part` as whole words (`Copy of Actuals`, `Actuals (2)`, `Kopie von Actuals`), by Excel's key. */
function holdsName(name: string, part: string): boolean {
  const [whole, word] = [foundSheetKey(name), foundSheetKey(part)];
  const at = whole.indexOf(word);
  return at >= 0 && (at === 0 || /\s/.test(whole[at - 1]!)) && /^(\s|$)/.test(whole.slice(at + word.length));
}

/**
 * Refuses to read the only contract while the user is on a sheet of none that may pass for one of its
 * sheets: one carrying another contract's Contract or Actuals mark (a sheet copied from another spreadsheet
 * with its developer metadata), or an unmarked one whose name holds the name of the contract's sheets or a
 * plain Contract or Actuals name: a copy as each host names it (Sheets' Duplicate where it loses the mark,
 * Excel's `Actuals (2)`, a pasted copy, Copy to) or a user's own "Contract"; or an unmarked one whose first
 * rows (its `top`, `withActiveTop`) print a Contract or Actuals sheet's: such a copy renamed "Q3 pricing".
 * Reading the original there would invoice it while the user edits the copy, the result's line alone
 * saying which sheets were read; reading the copy as what it prints would take an unmarked sheet for the
 * contract's, which a user's own sheet never is (and a copy of Actuals has no Contract to pair with). A
 * contract without actuals is left to say so.
 */
function notOfContractSheet(workbook: WorkbookSheets, pair: ContractPair): ContractChoice | null {
  const { actuals } = pair;
  const sheet = workbook.sheets.find((candidate) => candidate.name === workbook.active);
  if (!sheet || actuals === null) return null;
  const { tag } = sheet;
  // A sheet marked as a contract's Contract is that contract's, and one marked as the Actuals of a contract
  // here is of its pair (twins at worst): only an Actuals mark of a contract not here reaches this point.
  const foreign = tag?.role === 'actuals' && tag.contract !== DIAGNOSTICS_TAG.contract;
  const names = [pair.contract, actuals, ...plainNames('contractSheet'), ...plainNames('actualsSheet')];
  const named = tag === null && names.some((name) => holdsName(sheet.name, name));
  const printed = tag === null && !named && sheet.top ? printedRole(sheet.top) : null;
  if (!foreign && !named && !printed) return null;
  const mark = foreign ? 'foreign' : 'none';
  return {
    ok: false,
    reason: 'notOfContract',
    active: sheet.name,
    mark,
    ...(printed ? { printed } : {}),
    pair: { contract: pair.contract, actuals },
  };
}

/**
 * `workbook` (listed with `port.sheets(LAYOUT_TOP)`) with the active sheet's first rows where the choice
 * hangs on them: no contract picked, one contract, the user on an unmarked sheet of none of its sheets,
 * whose first rows the listing did not give (Sheets'). One read of that sheet's first rows, then; none
 * otherwise, so an action started on the Contract or Actuals sheet costs what it did.
 */
export function withActiveTop(
  port: WorkbookPort,
  workbook: WorkbookSheets,
  picked?: string,
): MaybePromise<WorkbookSheets> {
  const sheet = workbook.sheets.find((candidate) => candidate.name === workbook.active);
  if (picked || !sheet || sheet.tag !== null || sheet.top !== undefined) return workbook;
  const pairs = contractPairs(workbook.sheets);
  if (pairs.length !== 1 || pairs[0]!.actuals === null) return workbook;
  const { contract, actuals } = pairs[0]!;
  if (sheet.name === contract || sheet.name === actuals) return workbook;
  const tops = port.readTopLeft
    ? port.readTopLeft([sheet.name], LAYOUT_TOP.rows, LAYOUT_TOP.columns)
    : port.readSheets([sheet.name]);
  return andThen(tops, ([top]) => ({
    ...workbook,
    sheets: workbook.sheets.map((info) => (info === sheet && top ? { ...info, top } : info)),
  }));
}
