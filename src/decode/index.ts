// The decode stage's public surface.
export { decode, type DecodeOptions } from './decode.ts';
export { DecodeError, type DecodeFailure } from './decode-error.ts';
export { MAX_INFLATED_BYTES, MAX_INPUT_BYTES, checkInputSize, longestLineLength } from './limits.ts';
export { gunzipLimited, isGzip } from './gunzip.ts';
export { isVietnameseSyllable, scoreVietnamese, type VietnameseScore } from './vietnamese-score.ts';
export { ENCODING_NAMES, encodingFromName, parseDeclaredCharset } from './declared-charset.ts';
