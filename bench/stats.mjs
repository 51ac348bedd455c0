// Statistics for make bench: quantiles, and where a ratio of two samples' medians stands against its budget.

export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
export const median = (xs) => quantile(xs, 0.5);
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
/** A 90 % interval for the ratio of two samples' medians: the runs resampled with replacement
 * 2,000 times (a fixed-seed generator, so that the same samples give the same interval). */
function ratioInterval(xs, ys) {
  let seed = 1;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const resample = (s) => s.map(() => s[Math.floor(random() * s.length)]);
  const ratios = Array.from({ length: 2000 }, () => median(resample(xs)) / median(resample(ys)));
  return [quantile(ratios, 0.05), quantile(ratios, 0.95)];
}
/** Where a ratio stands against its budget, given its interval. */
export function verdict(name, xs, ys, budget) {
  const [lo, hi] = ratioInterval(xs, ys);
  const range = `${(median(xs) / median(ys)).toFixed(2)}×, 90 % interval ${lo.toFixed(2)}–${hi.toFixed(2)}×`;
  const stand = hi <= budget ? 'met' : lo > budget ? '**not met**' : 'undecided: the interval spans the budget';
  return `${name} ${range}, budget ≤ ${budget.toFixed(2)}×: ${stand}.`;
}
