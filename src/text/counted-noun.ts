// The noun phrase a number counts: `12.106 trạm 5G được triển khai` → `trạm 5G`.
//
// Vietnamese has no plural marking and classifiers sit inside the phrase, so the phrase is found by
// where it stops: punctuation, another number, or a word that cannot continue a noun phrase. Those
// stop words are the closed classes (aspect and modal markers, copulas, prepositions, conjunctions,
// determiners) plus the verbs that most often follow a count in news (tham gia, đạt, chiếm, …).
// Open-class verbs not listed are caught by the length cap.

const STOP_WORDS = [
  // aspect, modality, negation
  'được', 'bị', 'đang', 'đã', 'sẽ', 'vừa', 'đều', 'cũng', 'còn', 'vẫn', 'chưa', 'không', 'chỉ', 'cần', 'phải',
  'nên', 'có thể', 'hãy', 'đừng',
  // copula and existence
  'là', 'có', 'thì',
  // prepositions
  'của', 'cho', 'để', 'tại', 'từ', 'theo', 'với', 'trong', 'ngoài', 'trên', 'dưới', 'về', 'đến', 'tới',
  'vào', 'qua', 'bằng', 'sau', 'trước', 'giữa', 'so với', 'so', 'như', 'lên', 'xuống', 'khắp', 'thuộc',
  // conjunctions
  'và', 'hoặc', 'hay', 'nhưng', 'mà', 'nếu', 'khi', 'vì', 'do', 'bởi', 'song', 'cùng', 'rồi',
  // determiners and quantifiers that close a phrase or start a new one
  'này', 'đó', 'kia', 'ấy', 'nào', 'mỗi', 'các', 'những', 'mọi', 'trong đó', 'gồm', 'bao gồm',
  // `cả` (whole) opens a new phrase: `10 địa phương dẫn đầu cả nước`
  'cả',
  // verbs that commonly follow a count in reporting
  'tham gia', 'tham dự', 'có mặt', 'đạt', 'tăng', 'giảm', 'chiếm', 'nằm', 'mất', 'tán thành', 'đồng ý',
  'biểu quyết', 'đăng ký', 'thực hiện', 'triển khai', 'tiếp cận', 'sử dụng', 'cho thấy', 'đóng góp',
  'trở lên', 'trở xuống', 'tương đương', 'tương ứng', 'ước tính', 'giúp', 'tạo', 'nhằm', 'đáp ứng',
];
const STOP = new RegExp(`^(?:${STOP_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
// Nouns that begin with a stop word: `15 chỉ tiêu`, `ba chỉ số`, `hai chỉ thị`.
const NOUN_NOT_STOP = /^chỉ[ \u00A0]+(?:tiêu|số|thị)(?![\p{L}])/iu;
// A calendar word that starts a date (`3 lần năm 2024`) ends the phrase before it.
const DATE_START = /^(?:năm|tháng|ngày|quý|tuần)\s+\d/iu;
// Paired nouns written with a comma that name one kind of unit (`34 tỉnh, thành phố`).
const PAIRED = /^(tỉnh|bộ|sở|cơ quan|xã|phường|thị xã|quận|huyện)(,\s(?:thành phố|thành|ngành|đơn vị|phường|xã|thị trấn|huyện|thị xã))(?![\p{L}])/iu;
// Measure nouns are a whole unit by themselves: `63 tuổi đau bụng` counts years of age, not pain.
const MEASURE = /^(?:tuổi|lần|giờ|phút|giây|ngày|tuần|tháng|năm|tấn|lít|mét|độ)(?![\p{L}\p{N}])/iu;
const WORD = /^[\p{L}\p{N}][\p{L}\p{N}&+'’-]*/u;

/** True when `word` is one of the words that end a noun phrase (verbs, function words). */
export function isStopWord(word: string): boolean {
  return STOP.test(word) && STOP.exec(word)?.[0].length === word.length;
}

export interface Phrase {
  text: string;
  /** Offset just past the phrase. */
  end: number;
}

/**
 * The noun phrase starting after whitespace at `pos`, at most `maxSyllables` words; null when the
 * first word already stops it. Pure numbers end the phrase; alphanumeric names (5G) stay in it.
 */
export function countedNounAt(text: string, pos: number, maxSyllables = 5): Phrase | null {
  const gap = /^[ \u00A0]+/.exec(text.slice(pos));
  if (!gap) return null;
  let i = pos + gap[0].length;
  const start = i;
  let end = start;
  let count = 0;
  while (count < maxSyllables) {
    const rest = text.slice(i);
    if ((STOP.test(rest) && !NOUN_NOT_STOP.test(rest)) || DATE_START.test(rest)) break;
    const paired = count === 0 ? PAIRED.exec(rest) : null;
    if (paired) {
      end = i + paired[0].length;
      count += paired[0].split(/\s+/).length;
      i = end;
    } else {
      const w = WORD.exec(rest);
      if (!w || /^\d+(?:[.,]\d+)*$/.test(w[0])) break;
      end = i + w[0].length;
      count++;
      i = end;
    }
    if (count === 1 && MEASURE.test(rest)) break;
    const sep = /^ +/.exec(text.slice(i));
    if (!sep) break;
    i += sep[0].length;
  }
  return end > start ? { text: text.slice(start, end), end } : null;
}
