// Chooses among the legacy single-byte encodings by decoding with each and scoring the result.
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from './legacy-codecs.ts';
import { scoreVietnamese, type VietnameseScore } from './vietnamese-score.ts';

export interface LegacyCandidate extends VietnameseScore {
  encoding: LegacyEncoding;
  /** Decoded text of the scored sample, NFC. */
  text: string;
}

/**
 * Lowest score accepted as "this is Vietnamese in that encoding". Right decodings of real text
 * score above 0.9 (loanwords and names are the misses); wrong ones stay well below 0.5.
 */
export const MIN_LEGACY_SCORE = 0.7;

/**
 * Bytes scored per candidate. 64 KiB hold some ten thousand words, far more than the
 * decision needs, and keep detection cheap on large files.
 */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * Every legacy candidate, best first (score, then common-word hits, then the listed order).
 * Scores and `text` cover the first SAMPLE_BYTES only.
 */
export function rankLegacyEncodings(bytes: Uint8Array): LegacyCandidate[] {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates = LEGACY_ENCODINGS.map((encoding, order) => {
    const text = decodeLegacy(sample, encoding).normalize('NFC');
    return { encoding, text, order, ...scoreVietnamese(text) };
  });
  candidates.sort((a, b) => b.score - a.score || b.commonWords - a.commonWords || a.order - b.order);
  return candidates.map(({ order: _order, ...rest }) => rest);
}

/** The legacy encoding that clearly yields Vietnamese, or null when none does. */
export function detectLegacyEncoding(bytes: Uint8Array): { best: LegacyCandidate | null; ranking: LegacyCandidate[] } {
  const ranking = rankLegacyEncodings(bytes);
  const top = ranking[0];
  const best = top && top.nonAsciiWords > 0 && top.score >= MIN_LEGACY_SCORE ? top : null;
  return { best, ranking };
}
