// Units and magnitude words that follow numbers in Vietnamese news.

/** Magnitude words and their power of ten. `tỉ` is the older spelling of `tỷ`. */
export const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['nghìn', 3],
  ['ngàn', 3],
  ['triệu', 6],
  ['tỷ', 9],
  ['tỉ', 9],
]);

/**
 * Unit symbols, case-sensitive (`MW` is a unit, `mw` is not; `5G` is a network generation, so `G`
 * is absent). They may be glued to the number (`7.000mAh`) or follow it after a space (`4.000 nit`).
 */
export const UNIT_SYMBOLS: ReadonlySet<string> = new Set([
  'W', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh', 'kWp', 'MWp', 'mAh', 'Ah', 'V', 'kV',
  'MP', 'nit', 'nits', 'KB', 'MB', 'GB', 'TB', 'PB', 'Kbps', 'Mbps', 'Gbps', 'Hz', 'kHz', 'MHz', 'GHz',
  'nm', 'mm', 'cm', 'm', 'km', 'm2', 'm²', 'km2', 'km²', 'm3', 'm³', 'ha', 'mg', 'g', 'kg',
  'ml', 'ppm', 'inch', 'USD', 'VND', 'VNĐ', 'EUR', 'JPY', 'CNY', 'KRW', 'đ', '°C', 'TFLOPS', 'PFLOPS',
]);

/** Currency names written as words after a number or a magnitude (`tỷ đồng`, `triệu USD`). */
export const CURRENCY_WORDS: readonly string[] = [
  'đô la Mỹ', 'đô la', 'nhân dân tệ', 'bảng Anh', 'đồng', 'USD', 'VND', 'VNĐ', 'EUR', 'euro', 'yên', 'won',
];
