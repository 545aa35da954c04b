import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { findTemplate } from '../../core/templates';

/** CSAT for October restated from 91.2 % to 89 %: the performance fee is no longer due. */
export const csatRestated = (csv: string): string => csv.replace(/^(.*CSAT.*?)0\.912/m, '$10.89');

/**
 * The BPO template's contract and actuals as the files a finance team keeps, plus the actuals as
 * restated after invoicing, in a fresh folder: the starting point of every correction and verify test.
 */
export function restatedBpoFiles(prefix: string, restate: (csv: string) => string) {
  const bpo = findTemplate('bpo-customer-service')!;
  const contract = bpo.contract('en');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const contractFile = join(dir, 'contract.json');
  const issuedActuals = join(dir, 'actuals.csv');
  const restatedActuals = join(dir, 'restated.csv');
  const csv = actualsToCsv(contract, bpo.actuals('en'));
  const restated = restate(csv);
  writeFileSync(contractFile, JSON.stringify(contractToJson(contract)));
  writeFileSync(issuedActuals, csv);
  writeFileSync(restatedActuals, restated);
  return { contract, dir, contractFile, issuedActuals, restatedActuals, csv, restated };
}
