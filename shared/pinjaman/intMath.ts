/**
 * Exact integer arithmetic for money (sen) and rates (basis points). Products of a sen amount and a rate
 * can pass 2^53 for large amounts, so every multiply-then-divide goes through BigInt when the product is
 * not a safe integer. No floating-point result ever reaches an amount.
 */

/** `p ÷ d` for integers, d > 0, rounded half away from zero (half up for the non-negative amounts used here). */
function divRound(p: number, d: number): number {
  const abs = Math.abs(p);
  const r = abs % d;
  const q = (abs - r) / d + (2 * r >= d ? 1 : 0);
  return p < 0 ? -q : q;
}

/** `a × b ÷ d` exactly, rounded half away from zero (d > 0; a, b integers). */
export function mulDivRound(a: number, b: number, d: number): number {
  const p = a * b;
  if (Number.isSafeInteger(p) && Number.isSafeInteger(2 * d)) return divRound(p, d);
  const big = BigInt(a) * BigInt(b);
  const den = BigInt(d);
  const abs = big < 0n ? -big : big;
  let q = abs / den;
  if ((abs % den) * 2n >= den) q += 1n;
  return Number(big < 0n ? -q : q);
}

/** `a × b ÷ d` exactly, rounded down (towards −∞) (d > 0; a, b integers). */
export function mulDivFloor(a: number, b: number, d: number): number {
  const big = BigInt(a) * BigInt(b);
  const den = BigInt(d);
  let q = big / den;
  if (big % den !== 0n && big < 0n) q -= 1n;
  return Number(q);
}

/** ceil(a ÷ b) for a ≥ 0, b > 0, without floating point. */
export function ceilDiv(a: number, b: number): number {
  const r = a % b;
  return (a - r) / b + (r > 0 ? 1 : 0);
}

/** Sign of n1/d1 − n2/d2 (d1, d2 > 0), exact. */
export function compareFractions(n1: number, d1: number, n2: number, d2: number): -1 | 0 | 1 {
  const left = BigInt(n1) * BigInt(d2);
  const right = BigInt(n2) * BigInt(d1);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Day number (days since 1970-01-01) of an ISO date `YYYY-MM-DD`; no Date object kept. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
