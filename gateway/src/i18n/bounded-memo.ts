/**
 * A pure function of one string remembered for the strings seen most recently. Locale negotiation
 * runs on every request with the same few headers and claims, and `Intl.Locale` is slow to build;
 * the inputs come from clients, so the memory is bounded (the oldest entry goes first) and long
 * inputs are computed every time rather than kept.
 */
export interface BoundedMemoOptions {
  /** Entries kept at most. */
  maxEntries: number;
  /** Inputs longer than this are not remembered. */
  maxKeyLength: number;
}

export function boundedMemo<T>(
  compute: (input: string) => T,
  { maxEntries, maxKeyLength }: BoundedMemoOptions,
): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    if (input.length > maxKeyLength) return compute(input);
    if (known.has(input)) return known.get(input) as T;
    const value = compute(input);
    // A Map iterates in insertion order: its first key is the oldest entry.
    if (known.size >= maxEntries) known.delete(known.keys().next().value!);
    known.set(input, value);
    return value;
  };
}
