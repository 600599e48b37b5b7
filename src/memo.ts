// A pure function remembered for the arguments seen lately. Many text rules ask the same question
// of the same line, word or paragraph several times per document; the answers are kept in a map
// that is emptied when it reaches `limit`, so memory stays bounded however long a run lasts.
export function rememberRecent<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const recent = new Map<K, V>();
  return (key: K): V => {
    if (recent.has(key)) return recent.get(key) as V;
    const value = compute(key);
    if (recent.size >= limit) recent.clear();
    recent.set(key, value);
    return value;
  };
}
