// Names of events, campaigns, programmes, reports and venues. They are not organisations, but a place
// inside one is no place mention either: `Diễn đàn … Đô thị thông minh châu Á`, `Chiến dịch “Điện Biên
// Phủ - Hành trình phủ AI”`, `Trung tâm Hội chợ và Triển lãm Sài Gòn`.
import { PhraseIndex } from './phrase-index.ts';
import { readName } from './org-name-reader.ts';
import type { OrgHead } from './org-words.ts';
import type { Token } from './tokens.ts';

const HEADS = [
  'diễn đàn', 'hội nghị', 'hội thảo', 'triển lãm', 'cuộc thi', 'chiến dịch', 'phong trào', 'chương trình',
  'ngày hội', 'tuần lễ', 'lễ hội', 'giải thưởng', 'hội chợ', 'tọa đàm', 'báo cáo', 'đề án', 'dự án',
  'trung tâm hội chợ', 'trung tâm triển lãm', 'trung tâm hội nghị', 'festival',
];

/** How far a name runs after its head: as an organisation's name would, without needing a capital at once. */
const AS_NAME: OrgHead = {
  canonical: '', orgType: 'other', needsCapitalAfter: false, needsPlace: false, bareIsDefinite: false, needsOrg: false, namedAfterPeople: false,
};

const OPENING_QUOTES = new Set(['“', '"', '«', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '»', '’']);

let heads: PhraseIndex<true> | null = null;

function headIndex(): PhraseIndex<true> {
  if (heads) return heads;
  heads = new PhraseIndex<true>();
  for (const h of HEADS) heads.add(h, true);
  return heads;
}

/** Token index after a quoted title opening at `at`, or null. */
function afterQuoted(tokens: readonly Token[], at: number): number | null {
  if (!OPENING_QUOTES.has(tokens[at]?.text ?? '')) return null;
  for (let j = at + 1; j < tokens.length && j - at < 40; j++) {
    if (CLOSING_QUOTES.has(tokens[j]?.text ?? '')) return j + 1;
  }
  return null;
}

/** Token ranges [from, to) of named events, campaigns, reports and venues in a field. */
export function namedThingRanges(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = headIndex().matchAt(tokens, i);
    if (!head) continue;
    // A quoted title may follow a lowercase head (`phong trào “Bình dân học vụ số”`); a bare name needs a capitalised one.
    const end = afterQuoted(tokens, head.to) ?? ((tokens[i] as Token).capitalised ? readName(tokens, head.to, AS_NAME) : null);
    if (end === null || end <= head.to) continue;
    out.push([i, end]);
    i = end - 1;
  }
  return out;
}
