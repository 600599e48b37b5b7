// A MinHash signature as the store keeps it: each 32-bit value as four little-endian bytes (1 KB for
// 256 hashes). It replaced a JSON array of numbers (about 2.8 KB): a new document's candidates are
// read signature by signature, and at a million documents parsing and paging in that text was most
// of a bulk load's near-duplicate cost. Little-endian is written explicitly so that a database moved
// between machines reads the same values.

/** The bytes of `sig`, four per value, little-endian. */
export function minhashToBytes(sig: Uint32Array): Buffer {
  const bytes = Buffer.allocUnsafe(sig.length * 4);
  for (let i = 0; i < sig.length; i++) bytes.writeUInt32LE(sig[i] as number, i * 4);
  return bytes;
}

/** The signature `bytes` holds; refuses bytes that are not whole 32-bit values (a damaged row). */
export function minhashFromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.byteLength % 4 !== 0) throw new RangeError(`a stored MinHash signature has ${bytes.byteLength} bytes, not a multiple of 4`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}
