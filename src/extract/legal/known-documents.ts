// Documents known to the built-in Resolution 57 programme: the resolution itself and the documents that
// implement it (from /work/shared/facts/nq57.md, section 3). Short references in the text (`Nghị quyết
// 57`, `Kế hoạch số 01`) are resolved against this list when the document itself does not give the full
// number. The programme pack will supply this list later; until then it lives here as data.

export interface KnownDocument {
  id: string;
  /** Expanded type: needed for `N/YYYY/QHnn`, which laws and resolutions of the National Assembly share. */
  type: string;
  issuer: string;
  /** ISO date of issue or passage, when known. */
  date: string | null;
}

const BCDTW = 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số';

export const KNOWN_DOCUMENTS: readonly KnownDocument[] = [
  { id: '57-NQ/TW', type: 'Nghị quyết', issuer: 'Bộ Chính trị', date: '2024-12-22' },
  { id: '03/NQ-CP', type: 'Nghị quyết', issuer: 'Chính phủ', date: '2025-01-09' },
  { id: '229-QĐ/TW', type: 'Quyết định', issuer: 'Bộ Chính trị', date: '2025-01-10' },
  { id: '230-QĐ/TW', type: 'Quyết định', issuer: 'Bộ Chính trị', date: '2025-01-10' },
  { id: '193/2025/QH15', type: 'Nghị quyết', issuer: 'Quốc hội khóa XV', date: '2025-02-19' },
  { id: '88/2025/NĐ-CP', type: 'Nghị định', issuer: 'Chính phủ', date: null },
  { id: '01-QC/BCĐTW', type: 'Quy chế', issuer: BCDTW, date: '2025-02-28' },
  { id: '03-TB/BCĐTW', type: 'Thông báo', issuer: BCDTW, date: '2025-03-06' },
  { id: '71/NQ-CP', type: 'Nghị quyết', issuer: 'Chính phủ', date: '2025-04-01' },
  { id: '759/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2025-04-14' },
  { id: '929/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2025-05-15' },
  { id: '01-KH/BCĐTW', type: 'Kế hoạch', issuer: BCDTW, date: '2025-06-02' },
  { id: '02-QC/BCĐTW', type: 'Quy chế', issuer: BCDTW, date: '2025-06-10' },
  { id: '202/2025/QH15', type: 'Nghị quyết', issuer: 'Quốc hội khóa XV', date: '2025-06-12' },
  { id: '1131/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2025-06-12' },
  { id: '71/2025/QH15', type: 'Luật', issuer: 'Quốc hội khóa XV', date: '2025-06-14' },
  { id: '02-KH/BCĐTW', type: 'Kế hoạch', issuer: BCDTW, date: '2025-06-19' },
  { id: '93/2025/QH15', type: 'Luật', issuer: 'Quốc hội khóa XV', date: '2025-06-27' },
  { id: '265/2025/NĐ-CP', type: 'Nghị định', issuer: 'Chính phủ', date: '2025-10-14' },
  { id: '2330/QĐ-TTg', type: 'Quyết định', issuer: 'Thủ tướng Chính phủ', date: '2025-10-21' },
  { id: '08-QC/TW', type: 'Quy chế', issuer: 'Ban Chấp hành Trung ương', date: '2025-11-05' },
  { id: '33/CT-TTg', type: 'Chỉ thị', issuer: 'Thủ tướng Chính phủ', date: '2025-11-06' },
  { id: '134/2025/QH15', type: 'Luật', issuer: 'Quốc hội khóa XV', date: '2025-12-10' },
  { id: '131/2025/QH15', type: 'Luật', issuer: 'Quốc hội khóa XV', date: '2025-12-10' },
  { id: '148/2025/QH15', type: 'Luật', issuer: 'Quốc hội khóa XV', date: '2025-12-11' },
];

export const KNOWN_DOCUMENT_IDS: readonly string[] = KNOWN_DOCUMENTS.map((d) => d.id);

const BY_ID = new Map(KNOWN_DOCUMENTS.map((d) => [d.id, d]));

export function knownDocument(id: string): KnownDocument | null {
  return BY_ID.get(id) ?? null;
}
