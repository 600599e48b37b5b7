// Writes the encoding fixtures under test/fixtures/encodings/ from seed 000:
//   seed000.utf16le.txt         UTF-16LE with a byte-order mark; decodes to the seed exactly.
//   seed000.tcvn3.txt           TCVN3 (ABC) bytes, made by iconv-lite's TCVN 5712 encoder, which
//                               is independent of our decoding table (src/decode/tcvn3-table.ts).
//   seed000.tcvn3.expected.txt  UTF-8 text the TCVN3 fixture must decode to: the seed with the
//                               characters TCVN3 cannot store spelled in ASCII (“ ” → ", … → ...).
// TCVN3 proper has no capitals with tone marks; the seed's Á (×3) and Ủ (×1) are stored at their
// TCVN 5712 VN1 codes (0x83, 0x9E), which the decoder reads.
//
// Run: npx tsx scripts/make-encoding-fixtures.ts
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiPunctuation, encodeTcvn } from '../src/decode/legacy-encoders.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const seed = readFileSync(join(repo, 'data', 'seeds', '000_8fee37822d2a2a5b.txt'), 'utf8').normalize('NFC');
const out = join(repo, 'test', 'fixtures', 'encodings');
mkdirSync(out, { recursive: true });

const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
writeFileSync(join(out, 'seed000.utf16le.txt'), utf16);

const tcvnText = asciiPunctuation(seed);
const tcvn = encodeTcvn(tcvnText);
// iconv-lite writes "?" for anything it cannot encode; the seed has no "?" of its own.
if (tcvn.includes(0x3f) && !tcvnText.includes('?')) throw new Error('seed has characters TCVN 5712 cannot encode');
writeFileSync(join(out, 'seed000.tcvn3.txt'), tcvn);
writeFileSync(join(out, 'seed000.tcvn3.expected.txt'), tcvnText, 'utf8');

console.log(`wrote ${utf16.length} + ${tcvn.length} bytes to ${out}`);
