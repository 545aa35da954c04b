/** Amounts of a contract are bounded at parse time to what a cell holds to the currency's minor unit. */
import { TEMPLATES } from '../../templates';
import { contractToJson, parseContract } from '../json';

const document = () =>
  contractToJson(TEMPLATES.find((t) => t.id === 'bpo-customer-service')!.contract('en')) as Record<
    string,
    unknown
  >;

const messages = (doc: unknown) => {
  const result = parseContract(doc);
  return result.ok ? [] : result.issues.map((i) => i.message);
};

describe('contract amounts a cell cannot hold to the minor unit', () => {
  it('refuse 99,999,999,999,999.99 and 1e400, naming the field', () => {
    const doc = document();
    doc.fixedFees = [
      { label: 'A', amount: '99999999999999.99' },
      { label: 'B', amount: '1e400' },
      { label: 'C', amount: '9999999999999.99' },
    ];
    expect(messages(doc)).toEqual([
      'fixedFees[0].amount: must be ≤ 9999999999999.99',
      'fixedFees[1].amount: must be ≤ 9999999999999.99',
    ]);
  });

  it('bound by the currency: JPY holds 15 digits of yen, KWD 12 digits and 3 decimals', () => {
    const doc = { ...document(), currency: 'JPY', fixedFees: [{ label: 'A', amount: '99999999999999' }] };
    expect(messages(doc)).toEqual([]);
    const kwd = { ...document(), currency: 'KWD', caps: { bonus: { amount: '1000000000000' } } };
    expect(messages(kwd)).toEqual(['caps.bonus.amount: must be ≤ 999999999999.999']);
  });
});
