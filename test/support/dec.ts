import { dec, type Dec } from '../../core/money';

/** Decimal literal for model tests: `d('0.774')`. */
export const d = (value: string | number): Dec => dec(value);
