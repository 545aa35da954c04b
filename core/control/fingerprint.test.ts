/** Fingerprints: same inputs, same fingerprint; any change of a term or of a value the invoice used, another. */
import { buildActuals, actualEntries, type ActualEntry } from '../contract/actuals';
import { loadContract, saveContract } from '../contract/json';
import type { Actuals, Contract } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import { dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { itServicesSla } from '../templates/itServicesSla';
import { canonicalJson } from './canonicalJson';
import { ENGINE_VERSION, contractVersion, sha256Hex } from './fingerprint';
import { recordingActuals } from './usedActuals';

function sealOf(contract: Contract, actuals: Actuals, period = '2026-10') {
  const result = buildInvoice(contract, actuals, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice.seal;
}

/** The actuals with one value replaced. */
function restated(actuals: Actuals, period: string, name: string, value: string): Actuals {
  const entries = actualEntries(actuals).map((e): ActualEntry =>
    e.period === period && e.name === name && e.kind !== 'excluded' ? { ...e, value: dec(value) } : e,
  );
  return buildActuals(entries);
}

const contract = bpoCustomerService.contract();
const actuals = bpoCustomerService.actuals();

describe('sha256Hex and canonicalJson', () => {
  it('is SHA-256 (FIPS 180-2 test vector)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('sorts keys, writes decimals canonically and drops absent fields', () => {
    expect(
      canonicalJson({ b: dec('2.10'), a: [1, 'x', null], c: undefined, d: { z: true, y: dec('-0') } }),
    ).toBe('{"a":[1,"x",null],"b":"2.1","d":{"y":"0","z":true}}');
  });
});

describe('invoice fingerprint', () => {
  it('the engine version is the package version', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(ENGINE_VERSION).toBe(require('../../package.json').version);
  });

  it('is the same for the same inputs, however the contract file spells its decimals', () => {
    const first = sealOf(contract, actuals);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const text = saveContract(contract);
    expect(text).toContain('"20000"');
    const respelled = loadContract(text.replace('"20000"', '"20000.000"'));
    expect(respelled.ok).toBe(true);
    if (!respelled.ok) return;
    expect(sealOf(respelled.value, actuals)).toEqual(first);
    expect(sealOf(contract, actuals)).toEqual({ ...first });
  });

  it('changes with a value the invoice used, not with one it did not', () => {
    const base = sealOf(contract, actuals).fingerprint;
    expect(sealOf(contract, restated(actuals, '2026-10', 'CSAT', '0.913')).fingerprint).not.toBe(base);
    expect(sealOf(contract, restated(actuals, '2026-10', 'Interactions', '42501')).fingerprint).not.toBe(
      base,
    );
    expect(sealOf(contract, restated(actuals, '2026-11', 'CSAT', '0.5')).fingerprint).toBe(base);
  });

  it('changes with any term, and so does the contract version', () => {
    const base = sealOf(contract, actuals);
    const amended = { ...contract, vatRate: dec('0.21') };
    expect(sealOf(amended, actuals).fingerprint).not.toBe(base.fingerprint);
    expect(contractVersion(amended)).not.toBe(base.contractVersion);
    expect(base.contractVersion).toMatch(/^sha256:[0-9a-f]{16}$/);
    const renamed = { ...contract, parties: { ...contract.parties, provider: 'Other BPO' } };
    expect(sealOf(renamed, actuals).fingerprint).not.toBe(base.fingerprint);
  });

  it('a contract that states its version is known by it', () => {
    const stated = loadContract(saveContract({ ...contract, version: '2026-03 amendment 2' }));
    expect(stated.ok && stated.value.version).toBe('2026-03 amendment 2');
    if (!stated.ok) return;
    expect(contractVersion(stated.value)).toBe('2026-03 amendment 2');
    expect(sealOf(stated.value, actuals).contractVersion).toBe('2026-03 amendment 2');
  });

  it('covers the earlier months an earnback looked at', () => {
    const sla = itServicesSla.contract();
    const slaActuals = itServicesSla.actuals();
    const base = sealOf(sla, slaActuals, '2026-05').fingerprint;
    const april = actualEntries(slaActuals).find((e) => e.period === '2026-04' && e.kind === 'kpi')!;
    expect(sealOf(sla, restated(slaActuals, '2026-04', april.name, '0.5'), '2026-05').fingerprint).not.toBe(
      base,
    );
  });

  it('is printed in the invoice JSON with the contract and engine versions', () => {
    const result = buildInvoice(contract, actuals, '2026-10');
    if (!result.ok) throw new Error('no invoice');
    expect(invoiceToJson(result.invoice)).toMatchObject({
      fingerprint: result.invoice.seal.fingerprint,
      contractVersion: result.invoice.seal.contractVersion,
      engineVersion: ENGINE_VERSION,
    });
  });
});

describe('recordingActuals', () => {
  it('notes each value looked up, and lookups that found nothing', () => {
    const { actuals: view, reads } = recordingActuals(actuals);
    expect(view.periods.get('2026-10')?.kpis.get('CSAT')?.toFixed()).toBe('0.912');
    expect(view.periods.get('2026-10')?.kpis.get('NPS')).toBeUndefined();
    expect(view.periods.get('2031-01')).toBeUndefined();
    expect(view.periods.get('2026-10')?.hours).toBeUndefined();
    expect(reads().map((r) => [r.period, r.kind, r.name, r.value === null ? null : String(r.value)])).toEqual(
      [
        ['2026-10', 'kpi', 'CSAT', '0.912'],
        ['2026-10', 'kpi', 'NPS', null],
        ['2031-01', 'month', '', null],
        ['2026-10', 'hours', '', null],
      ],
    );
  });

  it('iterating a month notes every value in it', () => {
    const { actuals: view, reads } = recordingActuals(actuals);
    const names = [...view.periods.get('2026-10')!.volumes.keys()];
    expect(reads().map((r) => r.name)).toEqual(names);
  });
});
