// Collective assignees: official texts give a task to a whole class of bodies ("các bộ, ngành, địa
// phương") as often as to one. Each phrase maps to a group, so that a task register can show who is
// answerable and a scorecard can expand the group later. Hand-made data: the phrases are the fixed
// formulas of Government and Party documents; the longest phrase wins where several start alike
// (`các bộ, ngành, địa phương` over `các bộ, ngành`).

export const COLLECTIVE_GROUPS = {
  'bo-nganh': 'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'dia-phuong': 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'bo-nganh-dia-phuong': 'các bộ, ngành và địa phương',
  'lien-quan': 'các cơ quan, đơn vị liên quan',
  'so-nganh': 'các sở, ban, ngành của tỉnh',
  'cap-xa': 'Ủy ban nhân dân cấp xã',
  'cap-huyen': 'Ủy ban nhân dân cấp huyện (trước 01/7/2025)',
  'doanh-nghiep': 'các tập đoàn, tổng công ty, doanh nghiệp nhà nước',
  'co-so-dao-tao': 'các cơ sở giáo dục đại học, viện nghiên cứu',
  'doan-the': 'các tổ chức chính trị - xã hội',
  'cap-uy': 'các cấp ủy, tổ chức đảng',
} as const;

export type CollectiveGroup = keyof typeof COLLECTIVE_GROUPS;

/** Ministries and ministry-level bodies, in the words of Government texts. */
const MINISTRIES = [
  'các bộ, ngành', 'các bộ, ngành liên quan', 'các bộ, ngành có liên quan', 'các bộ, ngành Trung ương',
  'các bộ, ngành trung ương', 'các bộ, ngành chức năng', 'các bộ, cơ quan', 'các bộ, cơ quan liên quan',
  'các bộ, cơ quan có liên quan', 'các bộ, cơ quan Trung ương', 'các bộ, cơ quan ngang bộ',
  'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'các bộ, cơ quan ngang bộ và cơ quan thuộc Chính phủ',
  'các bộ liên quan', 'các bộ có liên quan', 'các cơ quan Trung ương', 'các cơ quan trung ương',
  'các bộ, ngành, cơ quan Trung ương', 'các bộ, ngành, cơ quan liên quan',
  // Heads of those bodies: the task goes to the body.
  'các bộ trưởng, trưởng ngành', 'các bộ trưởng, thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ',
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ',
];

/** Provincial governments. `các địa phương` in a national text means the provinces. */
const PROVINCES = [
  'các địa phương', 'các địa phương liên quan', 'các địa phương có liên quan',
  'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'UBND các tỉnh, thành phố trực thuộc Trung ương',
  'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'UBND các tỉnh, thành phố trực thuộc trung ương',
  'UBND các tỉnh, thành phố trực thuộc TW', 'Ủy ban nhân dân các tỉnh, thành phố', 'UBND các tỉnh, thành phố',
  'Ủy ban nhân dân các tỉnh, thành phố liên quan', 'UBND các tỉnh, thành phố liên quan',
  'các tỉnh, thành phố trực thuộc Trung ương', 'các tỉnh, thành phố trực thuộc trung ương', 'các tỉnh, thành phố',
  'Ủy ban nhân dân các tỉnh', 'UBND các tỉnh',
  'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương',
  'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', 'Chủ tịch UBND các tỉnh, thành phố',
];

/** Both at once: the most common collective of all in NQ57 texts. */
const BOTH = [
  'các bộ, ngành, địa phương', 'các bộ, ngành, địa phương liên quan', 'các bộ, ngành, địa phương có liên quan',
  'các bộ, ngành và địa phương', 'các bộ, ngành và các địa phương', 'các bộ, ngành Trung ương và địa phương',
  'các bộ, ngành Trung ương và các địa phương', 'các bộ, ngành trung ương và địa phương', 'các bộ, cơ quan, địa phương',
  'các bộ, cơ quan, địa phương liên quan', 'các bộ, cơ quan và địa phương', 'các bộ, ngành, cơ quan, địa phương',
  'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố trực thuộc Trung ương',
  'các bộ, ngành và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương', 'các bộ, ngành và UBND các tỉnh, thành phố',
  'các bộ, ngành, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  'các bộ, ngành, địa phương, cơ quan, đơn vị',
];

/** Whoever the matter concerns: no named class of body. */
const RELATED = [
  'các cơ quan, đơn vị liên quan', 'các cơ quan, đơn vị có liên quan', 'các cơ quan liên quan', 'các cơ quan có liên quan',
  'các đơn vị liên quan', 'các đơn vị có liên quan', 'các cơ quan, tổ chức liên quan', 'các cơ quan, tổ chức có liên quan',
  'các cơ quan, đơn vị', 'các cơ quan, tổ chức, đơn vị liên quan', 'các cơ quan, đơn vị, địa phương liên quan',
];

/** A province's own departments, in provincial texts. */
const PROVINCIAL_DEPARTMENTS = [
  'các sở, ban, ngành', 'các sở, ban, ngành tỉnh', 'các sở, ban, ngành thành phố', 'các sở, ngành',
  'các sở, ngành liên quan', 'các sở, ban, ngành liên quan', 'các sở, ngành, địa phương', 'các sở, ban, ngành, địa phương',
  'các sở, ngành tỉnh', 'các sở, ban, ngành có liên quan',
];

/** Communes and wards (two-level local government from 2025-07-01). */
const COMMUNES = [
  'Ủy ban nhân dân các xã, phường', 'UBND các xã, phường', 'Ủy ban nhân dân các xã, phường, đặc khu',
  'UBND các xã, phường, đặc khu', 'Ủy ban nhân dân cấp xã', 'UBND cấp xã', 'các xã, phường', 'các xã, phường, đặc khu',
  'các xã, phường, thị trấn', 'Ủy ban nhân dân các xã, phường, thị trấn', 'UBND các xã, phường, thị trấn',
  'Ủy ban nhân dân các phường, xã', 'UBND các phường, xã', 'Ủy ban nhân dân các phường, xã, đặc khu',
  'UBND các phường, xã, đặc khu', 'các phường, xã', 'các phường, xã, đặc khu', 'chính quyền cấp xã',
];

/** Districts, abolished on 2025-07-01 but named by older texts. */
const DISTRICTS = [
  'Ủy ban nhân dân các huyện, thị xã, thành phố', 'UBND các huyện, thị xã, thành phố', 'Ủy ban nhân dân cấp huyện',
  'UBND cấp huyện', 'các huyện, thị xã, thành phố',
];

/** State enterprises: tasks on infrastructure and R&D spending go to them. */
const STATE_ENTERPRISES = [
  'các tập đoàn, tổng công ty nhà nước', 'các tập đoàn, tổng công ty', 'các doanh nghiệp nhà nước',
  'các tập đoàn kinh tế nhà nước', 'các tập đoàn kinh tế', 'các tập đoàn, doanh nghiệp nhà nước',
];

/** Universities and research institutes. */
const ACADEMIA = [
  'các cơ sở giáo dục đại học', 'các trường đại học', 'các viện nghiên cứu, trường đại học', 'các viện, trường',
  'các cơ sở đào tạo', 'các viện nghiên cứu', 'các trường đại học, viện nghiên cứu', 'các cơ sở giáo dục đại học, viện nghiên cứu',
];

/** The Front's member organisations. */
const MASS_ORGANISATIONS = [
  'các tổ chức chính trị - xã hội', 'các đoàn thể chính trị - xã hội', 'các tổ chức chính trị-xã hội', 'các đoàn thể',
];

/** Party committees: Party texts assign tasks to them. */
const PARTY_COMMITTEES = [
  'các cấp ủy, tổ chức đảng', 'các cấp ủy đảng', 'các cấp ủy, tổ chức đảng các cấp', 'cấp ủy, tổ chức đảng các cấp',
  'các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương', 'các tỉnh ủy, thành ủy', 'cấp ủy, chính quyền các cấp',
  'các cấp ủy, chính quyền',
];

/**
 * Two collectives listed together (`các bộ, ngành và Ủy ban nhân dân các tỉnh …`) make this one:
 * FieldAgencies.listAt merges them.
 */
export const MERGED_GROUPS: ReadonlyArray<readonly [CollectiveGroup, CollectiveGroup, CollectiveGroup]> = [
  ['bo-nganh', 'dia-phuong', 'bo-nganh-dia-phuong'],
  ['dia-phuong', 'bo-nganh', 'bo-nganh-dia-phuong'],
];

export const COLLECTIVE_PHRASES: ReadonlyArray<readonly [string, CollectiveGroup]> = [
  ...MINISTRIES.map((p) => [p, 'bo-nganh'] as const),
  ...PROVINCES.map((p) => [p, 'dia-phuong'] as const),
  ...BOTH.map((p) => [p, 'bo-nganh-dia-phuong'] as const),
  ...RELATED.map((p) => [p, 'lien-quan'] as const),
  ...PROVINCIAL_DEPARTMENTS.map((p) => [p, 'so-nganh'] as const),
  ...COMMUNES.map((p) => [p, 'cap-xa'] as const),
  ...DISTRICTS.map((p) => [p, 'cap-huyen'] as const),
  ...STATE_ENTERPRISES.map((p) => [p, 'doanh-nghiep'] as const),
  ...ACADEMIA.map((p) => [p, 'co-so-dao-tao'] as const),
  ...MASS_ORGANISATIONS.map((p) => [p, 'doan-the'] as const),
  ...PARTY_COMMITTEES.map((p) => [p, 'cap-uy'] as const),
];
