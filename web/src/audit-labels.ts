// The audit log in words: its action codes (`task.add`) and the fields of its before/after records
// (`role`, `agencies`) named in the reader's language. The log stores codes, which stay the key of
// every entry: a code this table does not know is shown as stored.
import type { I18n } from './i18n.ts';
import { datesInText } from './format.ts';

type Pair = [vi: string, en: string];

const ACTIONS: Record<string, Pair> = {
  'user.add': ['thêm tài khoản', 'account added'],
  'user.update': ['sửa tài khoản', 'account changed'],
  'user.password': ['đặt lại mật khẩu', 'password reset'],
  'token.add': ['cấp mã truy cập API', 'API token issued'],
  'token.revoke': ['thu hồi mã truy cập API', 'API token revoked'],
  'settings.update': ['đổi cài đặt', 'settings changed'],
  'source.add': ['thêm nguồn tin', 'source added'],
  'source.remove': ['xóa nguồn tin', 'source removed'],
  'programme.load': ['nạp danh mục chương trình', 'programme pack loaded'],
  'ingest.file': ['nhập tệp', 'file ingested'],
  'ingest.upload': ['tải tệp lên', 'file uploaded'],
  'task.add': ['thêm nhiệm vụ', 'task added'],
  'task.update': ['cập nhật nhiệm vụ', 'task updated'],
  'task.status': ['cập nhật tiến độ nhiệm vụ', 'task status updated'],
  'task.import': ['nhập danh mục nhiệm vụ', 'tasks imported'],
  'task.propose': ['đề xuất nhiệm vụ từ văn bản', 'task proposed from a document'],
  'task.propose.duplicate': ['đề xuất trùng nhiệm vụ đã có', 'proposal duplicates a task'],
  'task.proposal.accept': ['nhận nhiệm vụ đề xuất', 'proposed task accepted'],
  'task.proposal.merge': ['gộp nhiệm vụ đề xuất', 'proposed task merged'],
  'task.proposal.reject': ['loại nhiệm vụ đề xuất', 'proposed task rejected'],
  'task.proposal.withdraw': ['rút nhiệm vụ đề xuất', 'proposed task withdrawn'],
  'task.completion.propose': ['đề xuất hoàn thành nhiệm vụ', 'completion proposed'],
  'task.completion.confirm': ['xác nhận hoàn thành nhiệm vụ', 'completion confirmed'],
  'task.completion.reject': ['bác đề xuất hoàn thành', 'completion rejected'],
  'review.confirm': ['xác nhận', 'confirmed'],
  'review.reject': ['loại bỏ', 'rejected'],
  'review.correct': ['sửa số liệu', 'corrected'],
};

const FIELDS: Record<string, Pair> = {
  role: ['vai trò', 'role'],
  agencies: ['cơ quan', 'agencies'],
  agency: ['cơ quan chủ trì', 'responsible agency'],
  coAgencies: ['cơ quan phối hợp', 'supporting agencies'],
  disabled: ['khóa', 'locked'],
  status: ['trạng thái', 'status'],
  key: ['mã', 'key'],
  title: ['nội dung', 'title'],
  deadline: ['hạn', 'deadline'],
  setBy: ['văn bản giao', 'setting document'],
  sentence: ['câu gốc', 'sentence'],
  documentId: ['tài liệu', 'document'],
  name: ['tên', 'name'],
  url: ['địa chỉ', 'URL'],
  kind: ['loại', 'kind'],
  value: ['giá trị', 'value'],
  verdict: ['kết luận', 'verdict'],
  note: ['ghi chú', 'note'],
  hash: ['mã băm', 'hash'],
  anonymousRead: ['cho xem khi chưa đăng nhập', 'anonymous reading'],
  at: ['ngày', 'date'],
  evidence: ['minh chứng', 'evidence'],
  documents: ['tài liệu', 'documents'],
  reason: ['lý do', 'reason'],
  expiresAt: ['hết hạn', 'expires'],
  targets: ['mục tiêu', 'targets'],
  tasks: ['nhiệm vụ', 'tasks'],
  indicators: ['chỉ số', 'indicators'],
  observations: ['số liệu', 'observations'],
  provinces: ['tỉnh, thành phố', 'provinces'],
  programme: ['chương trình', 'programme'],
  version: ['phiên bản', 'version'],
  dir: ['thư mục', 'folder'],
  statusAt: ['ngày của trạng thái', 'status date'],
  product: ['sản phẩm', 'product'],
  recurring: ['thường xuyên', 'recurring'],
  group: ['nhóm', 'group'],
  level: ['cấp', 'level'],
  parent: ['nhiệm vụ cha', 'parent task'],
  files: ['tệp', 'files'],
  created: ['mới', 'new'],
  updated: ['cập nhật', 'updated'],
  unchanged: ['không đổi', 'unchanged'],
};

/** Where a proposed task or completion stands. */
const PROPOSAL_STATUS: Record<string, Pair> = {
  proposed: ['chờ duyệt', 'waiting'],
  accepted: ['đã nhận', 'accepted'],
  merged: ['đã gộp', 'merged'],
  rejected: ['đã loại', 'rejected'],
  withdrawn: ['đã rút', 'withdrawn'],
  confirmed: ['đã xác nhận', 'confirmed'],
};

/** What a target's prefix names: `task:DB-01` is nhiệm vụ DB-01. */
const TARGETS: Record<string, Pair> = {
  task: ['nhiệm vụ', 'task'],
  'task-proposal': ['đề xuất nhiệm vụ', 'task proposal'],
  'task-completion': ['đề xuất hoàn thành', 'proposed completion'],
  user: ['tài khoản', 'account'],
  token: ['mã truy cập', 'token'],
  programme: ['chương trình', 'programme'],
  observation: ['số liệu', 'figure'],
  fact: ['dữ kiện', 'fact'],
  link: ['liên kết số liệu', 'figure link'],
  source: ['nguồn tin', 'source'],
  settings: ['cài đặt', 'settings'],
  document: ['tài liệu', 'document'],
  file: ['tệp', 'file'],
};

/** `task:DB-01` → `nhiệm vụ DB-01`; an unknown prefix stays as stored. */
export function auditTarget(i18n: I18n, target: string): string {
  const at = target.indexOf(':');
  const prefix = target.slice(0, at);
  const kind = at > 0 ? TARGETS[prefix] : undefined;
  if (!kind) return target;
  const rest = target.slice(at + 1);
  // A proposal's key is where it was read (`12:body:0:187-455:task`): its document says enough.
  const read = /^(\d+):/.exec(rest);
  if ((prefix === 'task-proposal' || prefix === 'task-completion') && read) return `${pick(i18n, kind, '')} (${i18n.t('doc.title').toLowerCase()} #${read[1]})`;
  if (prefix === 'settings') return `${pick(i18n, kind, '')}: ${pick(i18n, FIELDS[rest], rest)}`;
  return `${pick(i18n, kind, '')} ${rest}`;
}

const pick = (i18n: I18n, pair: Pair | undefined, fallback: string) => (pair ? pair[i18n.lang === 'vi' ? 0 : 1] : fallback);

export function auditAction(i18n: I18n, code: string): string {
  return pick(i18n, ACTIONS[code], code);
}

/** A value in words: roles and task statuses named, true/false as có/không, lists joined. */
function valueText(i18n: I18n, key: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return i18n.lang === 'vi' ? (v ? 'có' : 'không') : v ? 'yes' : 'no';
  if (key === 'role' && typeof v === 'string') return i18n.t(`auth.role.${v}` as 'auth.role.admin');
  if (key === 'status' && typeof v === 'string' && ['chua_thuc_hien', 'dang_thuc_hien', 'hoan_thanh'].includes(v)) return i18n.t(`taskStatus.${v}` as 'taskStatus.hoan_thanh');
  if (key === 'status' && typeof v === 'string' && PROPOSAL_STATUS[v]) return pick(i18n, PROPOSAL_STATUS[v], v);
  if (key === 'deadline' || key === 'at' || key.endsWith('At')) return typeof v === 'string' ? i18n.date(v) : String(v);
  if (Array.isArray(v)) return v.length ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return datesInText(String(v));
}

/** A before/after record as `vai trò: biên tập; cơ quan: —`, cut at 400 characters. */
export function auditRecord(i18n: I18n, value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text =
    typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value as Record<string, unknown>)
          .map(([k, v]) => `${pick(i18n, FIELDS[k], k)}: ${valueText(i18n, k, v)}`)
          .join('; ')
      : valueText(i18n, '', value);
  return text.length > 400 ? `${text.slice(0, 397)}…` : text;
}
