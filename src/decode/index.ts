// The decode stage's public surface.
export { decode, type DecodeOptions } from './decode.ts';
export { DecodeError, type DecodeFailure } from './decode-error.ts';
export { MAX_INPUT_BYTES, checkInputSize, longestLineLength } from './limits.ts';
export { isVietnameseSyllable, scoreVietnamese, type VietnameseScore } from './vietnamese-score.ts';
export { ENCODING_NAMES, encodingFromName, parseDeclaredCharset } from './declared-charset.ts';
