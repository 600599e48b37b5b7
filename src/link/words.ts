// The words the link stage reads scope, stance and time from, as data: each list says why it is there.
// Phrases are written as the press writes them, with diacritics; they are compared as match keys
// (keys.ts), whole words only. Where two phrases overlap at one place, the longer one is the cue
// (`các tỉnh` is a group of provinces, not a reference back to `tỉnh`).

// ── Stance ────────────────────────────────────────────────────────────────────────────────────────

export type StanceClass = 'target' | 'reported' | 'estimate';

/**
 * Cues before a number (in its own stretch of the sentence, else earlier in the sentence); the
 * nearest one says what the number is. `đến năm 2030` is read separately (stance.ts): it is a
 * deadline only when the year is still ahead.
 */
export const STANCE_CUES: readonly [string, StanceClass][] = [
  // A goal, a plan, a quota, a commitment: whoever sets it, the figure is aimed at, not measured.
  ['mục tiêu', 'target'],
  ['phấn đấu', 'target'],
  ['chỉ tiêu', 'target'],
  ['theo kế hoạch', 'target'],
  ['kế hoạch đặt', 'target'],
  ['kế hoạch đề ra', 'target'],
  ['đề ra', 'target'],
  ['đặt ra', 'target'],
  ['cam kết', 'target'],
  ['hướng tới', 'target'],
  ['hướng đến', 'target'],
  ['kỳ vọng', 'target'],
  ['kì vọng', 'target'],
  ['tầm nhìn', 'target'],
  ['định hướng', 'target'],
  ['nhằm đạt', 'target'],
  ['cần đạt', 'target'],
  ['phải đạt', 'target'],
  ['sẽ', 'target'],
  // Expected or forecast: the current period's estimate (a reported value), or a later year's
  // forecast, which is neither a goal nor a measurement unless a plan sets it.
  ['dự kiến', 'estimate'],
  ['dự báo', 'estimate'],
  ['ước đạt', 'estimate'],
  ['ước tính', 'estimate'],
  ['ước khoảng', 'estimate'],
  ['ước', 'estimate'],
  // Achieved or measured. `đạt` alone is neither: `phấn đấu đạt 35%` is a goal, `đã đạt 35%` a result.
  ['đã', 'reported'],
  ['đạt được', 'reported'],
  ['chỉ đạt', 'reported'],
  ['mới đạt', 'reported'],
  ['hiện nay', 'reported'],
  ['hiện có', 'reported'],
  ['hiện đã', 'reported'],
  ['hiện đạt', 'reported'],
  ['tính đến', 'reported'],
  ['vừa', 'reported'],
  ['thực tế', 'reported'],
  ['ghi nhận', 'reported'],
  ['giữ vững', 'reported'],
  ['duy trì', 'reported'],
  ['còn', 'reported'],
];

/** Right after a number (a few words, no comma or other number between): `90% dân số sẽ được…`, `22.758 trạm đã được lắp đặt`. */
export const STANCE_AFTER: readonly [string, StanceClass][] = [
  ['sẽ', 'target'],
  ['dự kiến', 'estimate'],
  ['phấn đấu', 'target'],
  ['cần đạt', 'target'],
  ['phải đạt', 'target'],
  ['đã', 'reported'],
];

/** A forecast for a later year becomes a target only when a plan or goal frames it. */
export const GOAL_WORDS: readonly string[] = ['mục tiêu', 'phấn đấu', 'chỉ tiêu', 'kế hoạch', 'cam kết', 'hướng tới', 'hướng đến', 'định hướng'];

// ── Time ──────────────────────────────────────────────────────────────────────────────────────────

/** "Now": the value is as of the day the text was written (its published date, else its stored date line). */
export const NOW_WORDS: readonly string[] = [
  'hiện nay',
  'hiện có',
  'hiện tại',
  'hiện đã',
  'hiện đang',
  'hiện vẫn',
  'đến nay',
  'tới nay',
  'như hiện nay',
  'cho đến nay',
];

/** Years relative to the text's own year. */
export const RELATIVE_YEARS: readonly [string, number][] = [
  ['năm nay', 0],
  ['trong năm nay', 0],
  ['năm ngoái', -1],
  ['năm trước', -1],
  ['năm tới', 1],
  ['năm sau', 1],
];

// ── Scope ─────────────────────────────────────────────────────────────────────────────────────────

export type ScopeWordKind = 'national' | 'backref' | 'group' | 'block' | 'operator' | 'world';

/**
 * Words that say whose figure a number is. The nearest before the number (in its sentence, else
 * earlier in its paragraph) decides, together with the provinces and agencies named there.
 */
export const SCOPE_WORDS: readonly [string, ScopeWordKind][] = [
  // The whole country, said outright. `đứng đầu cả nước` is not among these (a rank among provinces): scope.ts.
  ['cả nước', 'national'],
  ['toàn quốc', 'national'],
  ['trên toàn quốc', 'national'],
  ['nước ta', 'national'],
  ['trên cả nước', 'national'],
  // The two national blocks of the public-service statistics: national figures (their own indicators).
  ['khối bộ, ngành', 'block'],
  ['khối bộ ngành', 'block'],
  ['khối tỉnh, thành', 'block'],
  ['khối tỉnh, thành phố', 'block'],
  ['khối địa phương', 'block'],
  ['các bộ, ngành', 'block'],
  ['các bộ, ngành, địa phương', 'block'],
  // Back to the province the story is about (its title, lede or dateline names it).
  ['toàn tỉnh', 'backref'],
  ['tỉnh này', 'backref'],
  ['của tỉnh', 'backref'],
  ['cấp tỉnh', 'backref'],
  ['toàn thành phố', 'backref'],
  ['thành phố này', 'backref'],
  ['của thành phố', 'backref'],
  ['địa phương này', 'backref'],
  ['trên địa bàn', 'backref'],
  ['địa bàn tỉnh', 'backref'],
  ['trong tỉnh', 'backref'],
  ['tỉnh', 'backref'],
  ['thành phố', 'backref'],
  ['địa phương', 'backref'],
  // Unnamed or partial groups: no single scope, so no observation (`4/13 sở, ngành đạt trên 80%`).
  ['các tỉnh', 'group'],
  ['một số tỉnh', 'group'],
  ['nhiều tỉnh', 'group'],
  ['các tỉnh, thành', 'group'],
  ['các tỉnh, thành phố', 'group'],
  ['tỉnh, thành còn lại', 'group'],
  ['tỉnh, thành phố còn lại', 'group'],
  ['các địa phương', 'group'],
  ['một số địa phương', 'group'],
  ['nhiều địa phương', 'group'],
  ['địa phương còn lại', 'group'],
  ['sở, ngành', 'group'],
  ['các sở', 'group'],
  ['các xã', 'group'],
  ['xã, phường', 'group'],
  ['các huyện', 'group'],
  ['khu công nghiệp', 'group'],
  // One operator's own network: back to the company the paragraph is about.
  ['toàn mạng', 'operator'],
  ['trên toàn mạng', 'operator'],
  ['đơn vị này', 'operator'],
  ['nhà mạng này', 'operator'],
  ['tập đoàn này', 'operator'],
  ['doanh nghiệp này', 'operator'],
  // The world or a foreign aggregate: never a Vietnamese scope.
  ['thế giới', 'world'],
  ['toàn cầu', 'world'],
];

/** Before `cả nước`, these make it the set a province is ranked in, not the figure's scope. */
export const RANKED_AMONG: readonly string[] = ['đầu', 'nhất', 'thứ', 'top', 'tốp', 'trong nhóm', 'so với'];

/** A ministry followed by these words is the source of a figure, not its subject. */
export const SOURCE_VERBS: readonly string[] = [
  'cho biết',
  'công bố',
  'báo cáo',
  'đánh giá',
  'thông tin',
  'cho hay',
  'nhận định',
  'ghi nhận',
  'ban hành',
  'chỉ ra',
  'khẳng định',
  'thống kê',
  'dự báo',
  'ước tính',
];

/** …or preceded by these (`theo Bộ…`, `số liệu của Bộ…`). */
export const SOURCE_BEFORE: readonly string[] = ['theo', 'của', 'từ'];

/** The whole of a part-whole pair (`27 trên tổng số 35 chỉ tiêu`): not the part's agency. */
export const WHOLE_OF: readonly string[] = ['trên tổng số', 'trong tổng số', 'tổng số'];

// ── Lists of figures ─────────────────────────────────────────────────────────────────────────────

/**
 * A figure without a unit of its own continues the measure of the figure before it in the sentence
 * (`25% GRDP và năm 2030 là 40%`) unless one of these stands between: they change what is measured.
 */
export const CONTINUATION_BREAKERS: readonly string[] = [
  'cao hơn',
  'thấp hơn',
  'chênh lệch',
  'gấp',
  'tăng trưởng',
  'tốc độ',
  'trong đó',
  'lõi',
  'bình quân',
  'trung bình giai đoạn',
  'số hóa',
  'từng ngành',
  'các ngành',
  'ngành, lĩnh vực',
  'thương mại điện tử',
  'chiếm hơn',
];

/**
 * `Cùng kỳ, tỷ lệ này của Cần Thơ là 58,3%`: the measure named before (in the sentence or paragraph
 * before) is this figure's too.
 */
export const SAME_MEASURE: readonly string[] = ['tỷ lệ này', 'tỷ trọng này', 'chỉ số này', 'con số này', 'mức này', 'tỷ lệ tương ứng'];

/**
 * Right before a number, a change rather than a level: `tăng 14,6%` is growth, `lắp thêm 40 trạm`
 * an addition. `tăng lên 50%`, `giảm xuống 10%` give the level reached and are not among these.
 */
export const CHANGE_BEFORE: readonly string[] = ['tăng', 'giảm', 'thêm', 'tăng thêm', 'giảm đi', 'tăng trưởng'];

/** …unless a need is stated: `cần thêm 3.000 kỹ sư`, `cần bổ sung 7.500 nhân lực` measure demand. */
export const NEED_BEFORE: readonly string[] = ['cần', 'phải', 'nhu cầu'];
