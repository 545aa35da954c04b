/**
 * The currency codes a contract may name: ISO 4217's current codes, funds codes (CLF, UYI, …) and the
 * special drawing right, with the codes withdrawn since 2023 (HRK, SLL, ZWL, CUC) for contracts written
 * before. A code of three capital letters is not enough: `JYP` typed for JPY would be invoiced to the
 * cent, which a yen amount has not. The precious metals, bond units, test and "no currency" codes price
 * no service.
 */
const CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN ' +
  'BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD ' +
  'FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS ' +
  'KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN ' +
  'MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR ' +
  'SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD ' +
  'USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XDR XOF XPF XSU XUA YER ZAR ZMW ZWG ZWL';

const ISO_4217 = new Set(CODES.split(' '));

/** Whether `code` is a currency a contract may be invoiced in. */
export function isCurrencyCode(code: string): boolean {
  return ISO_4217.has(code);
}
