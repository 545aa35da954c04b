/** The noun a count takes, singular after exactly 1 (the rule both tables follow). */
export const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

/** A count and its noun: `1 simulation`, `2 simulations`. */
export const counted = (n: number, one: string, many: string): string => `${n} ${plural(n, one, many)}`;
