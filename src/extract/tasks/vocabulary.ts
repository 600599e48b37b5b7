// The words that make a sentence assign a task, and the words that show it does not. Hand-made
// from the fixed formulas of Vietnamese Government and Party texts and of the news that reports
// them; each list says why it is there. All phrases are matched on token keys (lower case, tone
// placement ignored), so `Giao` and `giao` are one entry.

/**
 * Verbs by which an authority hands a task to the agency named right after them: `Giao Bộ …`,
 * `Thủ tướng yêu cầu Bộ …`, `Đề nghị Ban …`, `chỉ thị Bộ Công an …`. `kiến nghị` is not here: it
 * recommends, it does not assign. Longest first.
 */
export const ASSIGNING_VERBS = [
  'giao nhiệm vụ cho', 'giao trách nhiệm cho', 'giao nhiệm vụ', 'giao cho', 'giao', 'yêu cầu', 'đề nghị',
  'chỉ thị', 'phân công', 'phân công cho', 'chỉ đạo',
];

/**
 * `chỉ đạo` assigns only when an agency follows (`Thủ tướng chỉ đạo Bộ Tài chính …`); as a lead
 * marker it is weak (see below). The other verbs in ASSIGNING_VERBS are strong.
 */
export const WEAK_ASSIGNING_VERBS = new Set(['chỉ đạo']);

/**
 * Words before an assigning verb that make it no assignment: a nominalised principle (`Việc giao
 * nhiệm vụ cho các bộ cần …`), a task described as given earlier (`nhiệm vụ được giao`), a request
 * reported as a noun (`theo yêu cầu`, `các đề nghị`), a handover or a transfer (`bàn giao cho`,
 * `chuyển giao cho`), and `nhiệm vụ giao các cơ quan` in a list's caption (the tasks given to
 * them: a noun phrase).
 */
export const NOT_ASSIGNING_BEFORE = ['việc', 'được', 'theo', 'các', 'những', 'sự', 'bàn', 'chuyển', 'giao', 'vụ'];

/**
 * Who cannot assign a task by asking: delegates, experts, voters, businesses, the public, and
 * localities or ministries asking the centre. A request from them (`Các đại biểu đề nghị Bộ …`) is
 * reported opinion, not an assignment.
 */
export const NON_AUTHORITY_SUBJECTS = [
  'đại biểu', 'chuyên gia', 'cử tri', 'doanh nghiệp', 'nhà khoa học', 'người dân', 'hiệp hội', 'nhà đầu tư',
  'nhiều địa phương', 'các địa phương', 'nhiều bộ', 'ý kiến', 'báo chí', 'dư luận', 'kiến nghị', 'nhiều ý kiến',
];

/**
 * Titles written before an agency that stand for it: `Giao Bộ trưởng Bộ Tài chính …`, `Yêu cầu Chủ
 * tịch UBND tỉnh …`. The task goes to the body.
 */
export const HEAD_TITLES = [
  'Bộ trưởng', 'Thủ trưởng', 'Chủ tịch', 'Giám đốc', 'Tổng Giám đốc', 'Thống đốc', 'Chánh Văn phòng', 'Viện trưởng',
  'Trưởng ban', 'Bí thư', 'Người đứng đầu', 'người đứng đầu', 'Lãnh đạo', 'lãnh đạo', 'Tổng Kiểm toán', 'Chánh án',
];

/**
 * What may stand between an agency and its action in an assignment. `strong` markers assign on their
 * own (`Bộ Tài chính chủ trì …`, `… có trách nhiệm …`, `… khẩn trương …`). `weak` ones also start
 * reports of ordinary work (`Sở … phối hợp với Trường … tổ chức khóa học`), so a task read through
 * them needs a deadline or an expected product.
 */
export const LEAD_MARKERS: ReadonlyArray<readonly [string, 'strong' | 'weak']> = [
  ['chủ trì', 'strong'],
  ['là cơ quan chủ trì', 'strong'],
  ['là cơ quan thường trực', 'strong'],
  ['là cơ quan đầu mối', 'strong'],
  ['là đầu mối', 'strong'],
  ['có trách nhiệm', 'strong'],
  ['chịu trách nhiệm', 'strong'],
  ['được giao', 'strong'],
  ['được giao chủ trì', 'strong'],
  ['khẩn trương', 'strong'],
  ['theo dõi, đôn đốc', 'strong'],
  ['theo dõi', 'strong'],
  ['đôn đốc', 'strong'],
  ['phối hợp với', 'weak'],
  ['phối hợp chặt chẽ với', 'weak'],
  ['phối hợp', 'weak'],
  ['lãnh đạo, chỉ đạo', 'weak'],
  ['chỉ đạo', 'weak'],
  ['tập trung', 'weak'],
  ['chủ động', 'weak'],
  ['cần', 'weak'],
  ['phải', 'weak'],
];

/**
 * Words between an agency and its verb that make the sentence a report of work done, under way or
 * intended, not an assignment: `đã ban hành`, `đang hoàn thiện`, `vừa công bố`, `sẽ trình`.
 * `đã giao` / `đã được giao` remain assignments (the assigning verb decides), see ASSIGNING_VERBS.
 */
export const REPORT_MARKERS = [
  'đã', 'đang', 'vừa', 'mới', 'sẽ', 'từng', 'cũng đã', 'đã và đang', 'dự kiến sẽ', 'cho biết', 'cho rằng',
  'khẳng định', 'nhấn mạnh', 'thông tin', 'báo cáo', 'đánh giá', 'được đánh giá', 'đề xuất', 'kiến nghị',
  'là', 'có', 'không', 'chưa',
];

/**
 * Gatherings: `chủ trì hội nghị`, `phối hợp tổ chức hội thảo`. A sentence whose action is to hold or
 * chair one of these reports an event, not a task, unless a deadline makes it one (`tổ chức hội nghị
 * tổng kết trong quý IV/2025`).
 */
export const EVENT_NOUNS = [
  'hội nghị', 'hội thảo', 'cuộc họp', 'phiên họp', 'buổi làm việc', 'cuộc làm việc', 'buổi họp', 'họp', 'lễ',
  'diễn đàn', 'tọa đàm', 'toạ đàm', 'khóa đào tạo', 'khoá đào tạo', 'lớp tập huấn', 'lớp bồi dưỡng', 'buổi tiếp',
  'cuộc thi', 'triển lãm', 'chương trình nghệ thuật', 'đoàn công tác', 'phiên thảo luận', 'hội chợ',
];

/**
 * Actions that are occasions rather than work to finish: receiving a delegation, signing, attending.
 * Like gatherings, they make a task only with a deadline.
 */
export const EVENT_ACTIONS = [
  'đón tiếp', 'tiếp đón', 'tiếp đoàn', 'làm việc với', 'gặp gỡ', 'hội đàm', 'ký kết', 'trao tặng', 'tham dự',
  'phát biểu', 'khai mạc', 'bế mạc', 'chứng kiến', 'thăm và làm việc', 'chúc mừng', 'gặp mặt',
];

/**
 * Phrases before an agency at a sentence's start that do not make it the subject of a report:
 * `Theo Kế hoạch số 01-KH/BCĐTW, Bộ Công an chủ trì …`, `Tại Quyết định này, …`.
 */
export const CONTEXT_OPENERS = ['theo', 'tại', 'căn cứ', 'thực hiện', 'để', 'nhằm', 'trên cơ sở'];

/** Openers whose document is the assigning one (`Tại Nghị quyết số 03/NQ-CP, Chính phủ giao …`). */
export const ASSIGNING_DOCUMENT_OPENERS = ['theo', 'tại'];

/**
 * Lead-ins of a list of assignments: a paragraph ending with `:` that holds an assigning verb, or
 * one of these headings (`Tổ chức thực hiện`, `giao nhiệm vụ cụ thể như sau:`).
 */
export const LIST_LEAD_INS = ['tổ chức thực hiện', 'trách nhiệm thực hiện', 'phân công nhiệm vụ', 'như sau', 'cụ thể'];

/**
 * Words that start the wording's tail: what comes after the action and its object. The wording
 * stops before them (`xây dựng Nghị định …, trình Chính phủ trong quý II/2025` keeps the first part).
 * Each is matched after a comma or a space and never at the wording's first word.
 */
export const WORDING_TAIL_STARTS = [
  'trình', 'để trình', 'báo cáo', 'có báo cáo', 'và báo cáo', 'gửi', 'hoàn thành', 'định kỳ', 'thực hiện thường xuyên',
  'thời hạn', 'thời gian thực hiện', 'thời gian hoàn thành', 'tiến độ', 'để tổng hợp', 'bảo đảm tiến độ',
  // A news sentence goes on to report how the task stands: `…, tuy nhiên đến nay vẫn chưa …`.
  'tuy nhiên', 'nhưng', 'song', 'đến nay', 'hiện nay', 'trong đó',
];

/** Cue words right before a date that make it a deadline (`trong quý II/2025`, `trước ngày 31/7`, `hoàn thành năm 2026`). */
export const DEADLINE_CUES = [
  'trong', 'trước', 'chậm nhất', 'chậm nhất là', 'chậm nhất trong', 'muộn nhất', 'hoàn thành', 'hoàn thành trong',
  'hoàn thành trước', 'xong', 'xong trong', 'xong trước', 'hạn', 'thời hạn', 'vào', 'ngay trong', 'kịp', 'tiến độ',
  'thời gian hoàn thành', 'thời gian thực hiện', 'hoàn thành ngay trong',
];

/**
 * Words that make a task recurring (`Thường xuyên`, `hằng năm`, `định kỳ hằng quý`). Not when they
 * qualify money (`chi thường xuyên`, `kinh phí thường xuyên`, `ngân sách hằng năm`): see RECURRING_NOT_AFTER.
 */
export const RECURRING_WORDS = [
  'thường xuyên', 'hằng năm', 'hàng năm', 'hằng quý', 'hàng quý', 'hằng tháng', 'hàng tháng', 'hằng tuần',
  'hàng tuần', 'định kỳ', 'liên tục', 'thường niên',
];

export const RECURRING_NOT_AFTER = ['chi', 'kinh phí', 'ngân sách', 'dự toán', 'nhiệm vụ chi', 'chi phí', 'nguồn', 'vốn'];

/**
 * Bodies above the one asking: `Chính phủ đề nghị Quốc hội xem xét …` submits, it does not assign.
 * Pack ids and names.
 */
export const SUPERIOR_ADDRESSEES = ['quoc-hoi', 'bo-chinh-tri', 'ban-bi-thu', 'bch-tw', 'Ủy ban Thường vụ Quốc hội'];

/** Requests for comments on a draft: a step of drafting, not a task a register tracks. */
export const CONSULTATION_ACTIONS = ['gửi ý kiến', 'góp ý', 'cho ý kiến', 'tham gia ý kiến', 'có ý kiến', 'tham gia góp ý'];

/** Verbs that only announce a product named later: `xây dựng, trình Chính phủ ban hành Nghị định …` keeps its submission in the wording. */
export const MAKING_VERBS = ['xây dựng', 'ban hành', 'hoàn thiện', 'soạn thảo', 'nghiên cứu', 'sửa đổi', 'bổ sung', 'lập', 'tham mưu', 'đề xuất', 'chủ trì', 'khẩn trương'];
