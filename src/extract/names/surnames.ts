// Vietnamese family names, most common first. A capitalised run that starts with one of these is a
// person-name candidate even without a title. Rare family names that are also everyday words or
// place-name syllables (`Từ` "from", `Sơn`, `Ninh`, `Đồng`, `Phó` of "Phó Thủ tướng", `Văn`) are left
// out: with a title or honorific before them such names are still found.
import { nameKey } from './tone-key.ts';
import { rememberRecent } from '../../memo.ts';

const SURNAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ',
  'Ngô', 'Dương', 'Lý', 'Tô', 'Trương', 'Đinh', 'Lâm', 'Mai', 'Trịnh', 'Đào', 'Cao', 'Lương', 'Lưu',
  'Hà', 'Tạ', 'Thái', 'Vương', 'Đoàn', 'Đàm', 'Tăng', 'Lại', 'Quách', 'Triệu', 'Chu', 'Kiều', 'Mạc',
  'Tôn', 'Thân', 'Khúc', 'Khuất', 'Lò', 'Phùng', 'Tống', 'Thiều', 'Bạch', 'Bế', 'Cù', 'Diệp', 'Doãn',
  'Giáp', 'Hầu', 'Hứa', 'Khổng', 'Khương', 'Lữ', 'Nghiêm', 'Âu Dương', 'Lã', 'Thạch', 'Ông Văn',
].filter((s) => !s.includes(' '));

const KEYS = new Set(SURNAMES.map(nameKey));

/** Remembered per word: the name rules ask about the same few hundred capitalised words again and again. */
export const isSurname: (word: string) => boolean = rememberRecent(10_000, (word: string) => KEYS.has(nameKey(word)));
