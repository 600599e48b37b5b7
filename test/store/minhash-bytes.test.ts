// The stored form of a MinHash signature: four little-endian bytes per value, read back exactly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { minhashFromBytes, minhashToBytes } from '../../src/store/minhash-bytes.ts';

test('each value is four little-endian bytes', () => {
  assert.deepEqual([...minhashToBytes(Uint32Array.of(1, 0xdeadbeef, 0))], [1, 0, 0, 0, 0xef, 0xbe, 0xad, 0xde, 0, 0, 0, 0]);
  assert.deepEqual([...minhashFromBytes(Uint8Array.of(0xef, 0xbe, 0xad, 0xde, 2, 1, 0, 0))], [0xdeadbeef, 0x102]);
});

test('any signature reads back as written, from any offset in a larger buffer', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 0xffff_ffff }), { maxLength: 300 }), fc.nat({ max: 7 }), (values, offset) => {
      const bytes = minhashToBytes(Uint32Array.from(values));
      // Rows arrive as slices of larger buffers, not always at a 4-byte boundary.
      const host = new Uint8Array(bytes.length + offset);
      host.set(bytes, offset);
      assert.deepEqual(Array.from(minhashFromBytes(host.subarray(offset))), values);
    }),
  );
});

test('bytes that are not whole 32-bit values are refused', () => {
  assert.throws(() => minhashFromBytes(new Uint8Array(1023)), /1023 bytes, not a multiple of 4/);
});
