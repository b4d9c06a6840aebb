/**
 * Remembering what a pure function gave for keys that repeat (words, names), with a bound on
 * memory: past `limit` distinct keys the memory starts afresh, which only adversarial input reaches.
 * @module
 */

/** `read`, remembering its result for each key it was asked about, up to `limit` keys at a time. */
export function boundedMemo<K, V>(limit: number, read: (key: K) => V): (key: K) => V {
  const memory = new Map<K, V>();
  return (key) => {
    let value = memory.get(key);
    if (value === undefined) {
      value = read(key);
      if (memory.size >= limit) memory.clear();
      memory.set(key, value);
    }
    return value;
  };
}
