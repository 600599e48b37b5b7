// Byte → Unicode table for TCVN 5712:1993 ("TCVN3", "ABC", the .VnTime fonts), kept as data.
//
// The standard defines three nested sets, all keeping ASCII 0x20–0x7E:
//   VN3 (TCVN3 proper): no-break space, Ă Â Ê Ô Ơ Ư Đ, all 67 lower-case non-ASCII letters.
//       Capitals with tone marks have no code: ABC users switched to an all-capitals font
//       (.VnTimeH) that draws capitals at the lower-case codes. That case cannot be undone from
//       the bytes alone: such text decodes as lower case.
//   VN2: VN3 + five combining tone marks + 16 toned capitals in the gaps of 0xA0–0xFF.
//   VN1: VN2 + the remaining 44 toned capitals on C1 (0x80–0x9F) and 12 little-used C0 codes.
// We decode the full VN1 layout: VN3 files never use the extra positions, so reading them costs
// nothing, and files written by converters that emit VN1 capitals then decode losslessly.
//
// The lower-case rows are laid out per vowel in the standard's tone order
// (grave, hook above, tilde, acute, dot below), which lets the table be built from
// "base letter + combining tone" and checked against that order in the tests.

/** Combining tone marks in TCVN order: grave, hook above, tilde, acute, dot below. */
export const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** Lower-case vowels with their five toned forms' bytes, in TONE_MARKS order (VN3). */
const LOWER_TONED: ReadonlyArray<readonly [base: string, bytes: readonly number[]]> = [
  ['a', [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** Untoned letters outside ASCII (VN3): capitals at 0xA1–0xA7, lower case at 0xA8–0xAE. */
const UNTONED: ReadonlyArray<readonly [byte: number, char: string]> = [
  [0xa0, '\u00a0'],
  [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
  [0xa8, 'ă'], [0xa9, 'â'], [0xaa, 'ê'], [0xab, 'ô'], [0xac, 'ơ'], [0xad, 'ư'], [0xae, 'đ'],
];

/** VN2 additions: combining tones and the toned capitals that fit in the gaps of 0xA0–0xFF. */
const VN2_EXTRA: ReadonlyArray<readonly [byte: number, char: string]> = [
  [0xb0, '\u0300'], [0xb1, '\u0309'], [0xb2, '\u0303'], [0xb3, '\u0301'], [0xb4, '\u0323'],
  [0xaf, 'Ằ'], [0xba, 'Ẳ'], [0xbf, 'Ẵ'], [0xc0, 'Ắ'],
  [0xc1, 'Ầ'], [0xc2, 'Ẩ'], [0xc3, 'Ẫ'], [0xc4, 'Ấ'],
  [0xc5, 'Ề'], [0xcd, 'Ể'], [0xd9, 'Ễ'], [0xda, 'Ế'],
  [0xdb, 'Ồ'], [0xe0, 'Ổ'], [0xf0, 'Ỗ'], [0xff, 'Ố'],
];

/** VN1 additions: the other toned capitals, on C1 and on C0 codes plain text never uses. */
const VN1_EXTRA: ReadonlyArray<readonly [byte: number, char: string]> = [
  [0x01, 'Ú'], [0x02, 'Ụ'], [0x04, 'Ừ'], [0x05, 'Ử'], [0x06, 'Ữ'],
  [0x11, 'Ứ'], [0x12, 'Ự'], [0x13, 'Ỳ'], [0x14, 'Ỷ'], [0x15, 'Ỹ'], [0x16, 'Ý'], [0x17, 'Ỵ'],
  [0x80, 'À'], [0x81, 'Ả'], [0x82, 'Ã'], [0x83, 'Á'], [0x84, 'Ạ'], [0x85, 'Ặ'], [0x86, 'Ậ'], [0x87, 'È'],
  [0x88, 'Ẻ'], [0x89, 'Ẽ'], [0x8a, 'É'], [0x8b, 'Ẹ'], [0x8c, 'Ệ'], [0x8d, 'Ì'], [0x8e, 'Ỉ'], [0x8f, 'Ĩ'],
  [0x90, 'Í'], [0x91, 'Ị'], [0x92, 'Ò'], [0x93, 'Ỏ'], [0x94, 'Õ'], [0x95, 'Ó'], [0x96, 'Ọ'], [0x97, 'Ộ'],
  [0x98, 'Ờ'], [0x99, 'Ở'], [0x9a, 'Ỡ'], [0x9b, 'Ớ'], [0x9c, 'Ợ'], [0x9d, 'Ù'], [0x9e, 'Ủ'], [0x9f, 'Ũ'],
];

function buildVn3(): Map<number, string> {
  const map = new Map<number, string>(UNTONED);
  for (const [base, bytes] of LOWER_TONED) {
    bytes.forEach((byte, tone) => map.set(byte, (base + TONE_MARKS[tone]).normalize('NFC')));
  }
  return map;
}

/** Bytes of TCVN3 proper (VN3) and what they mean; ASCII bytes are not listed. */
export const TCVN3_VN3: ReadonlyMap<number, string> = buildVn3();

/** The full decoding table: VN3 plus the VN2 and VN1 positions. ASCII bytes are not listed. */
export const TCVN3_DECODE: ReadonlyMap<number, string> = new Map([...TCVN3_VN3, ...VN2_EXTRA, ...VN1_EXTRA]);
