// The commands of `radar57`, by name, with the one line the top-level help shows and the module that
// registers them. A command's module (and the stores, extractors or HTTP stack it needs) is loaded
// only when that command runs: `radar57 --help` and each command start without the others' code.
// A command's module takes its description from here (summaryOf), so the two cannot disagree.
import type { Command } from 'commander';

type Register = (program: Command) => void;

export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Register>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'ingest', summary: 'nhập tệp hoặc thư mục (đệ quy): trang tin, danh sách tin ngắn, JSONL, HTML', load: async () => (await import('./commands/ingest.ts')).registerIngest },
  { name: 'extract', summary: 'đọc tệp (hoặc thư mục) và in các tài liệu có cấu trúc cùng dữ kiện, không lưu', load: async () => (await import('./commands/extract.ts')).registerExtract },
  { name: 'search', summary: 'tìm kiếm toàn văn (có hoặc không dấu)', load: async () => (await import('./commands/search.ts')).registerSearch },
  { name: 'show', summary: 'hiển thị một tài liệu', load: async () => (await import('./commands/show.ts')).registerShow },
  { name: 'stats', summary: 'thống kê cơ sở dữ liệu', load: async () => (await import('./commands/stats.ts')).registerStats },
  { name: 'demo', summary: 'tạo dữ liệu mẫu mới (tin bài, chương trình, tài khoản) và chạy ứng dụng web', load: async () => (await import('./commands/demo.ts')).registerDemo },
  { name: 'source', summary: 'quản lý nguồn tin trực tuyến (RSS/Atom, sitemap, trang)', load: async () => (await import('./commands/source.ts')).registerSource },
  { name: 'crawl', summary: 'thu thập tin mới từ mọi nguồn, trích xuất và lưu', load: async () => (await import('./commands/crawl.ts')).registerCrawl },
  { name: 'facts', summary: 'liệt kê các dữ kiện đã trích xuất, kèm nguồn gốc (tài liệu, đoạn, vị trí, bộ trích xuất)', load: async () => (await import('./commands/facts.ts')).registerFacts },
  { name: 'entity', summary: 'tra cứu một người, tổ chức, địa danh hoặc văn bản theo tên (có hoặc không dấu)', load: async () => (await import('./commands/entity.ts')).registerEntity },
  { name: 'reextract', summary: 'trích xuất lại dữ kiện cho các tài liệu được trích xuất bằng phiên bản cũ', load: async () => (await import('./commands/reextract.ts')).registerReextract },
  { name: 'programme', summary: 'gói chương trình (mục tiêu, chỉ số, văn bản, cơ quan) và tình hình thực hiện', load: async () => (await import('./commands/programme.ts')).registerProgramme },
  { name: 'observations', summary: 'các số liệu của một chỉ số, mỗi số kèm nguồn và câu gốc', load: async () => (await import('./commands/observations.ts')).registerObservations },
  { name: 'compare', summary: 'so sánh 34 tỉnh, thành phố trên một chỉ số: số liệu mới nhất, thay đổi, mục tiêu, trạng thái, tỉnh cũ', load: async () => (await import('./commands/compare.ts')).registerCompare },
  { name: 'submissions', summary: 'số liệu các cơ quan, địa phương gửi duyệt (chưa gửi, chờ duyệt, từ chối, đã duyệt)', load: async () => (await import('./commands/submissions.ts')).registerSubmissions },
  { name: 'submission', summary: 'xem, duyệt, từ chối hoặc yêu cầu giải trình một số liệu gửi duyệt', load: async () => (await import('./commands/submissions.ts')).registerSubmissions },
  { name: 'review', summary: 'xác nhận, loại bỏ hoặc sửa một số liệu, dữ kiện hoặc liên kết (bản gốc được giữ)', load: async () => (await import('./commands/review.ts')).registerReview },
  { name: 'tasks', summary: 'danh sách nhiệm vụ với tiến độ (đúng hạn, trong hạn, quá hạn), quá hạn trước', load: async () => (await import('./commands/tasks.ts')).registerTasks },
  { name: 'task', summary: 'thêm, cập nhật, xem và nhập nhiệm vụ', load: async () => (await import('./commands/tasks.ts')).registerTasks },
  { name: 'scorecard', summary: 'bảng điểm và xếp hạng cơ quan theo tỷ lệ nhiệm vụ đúng hạn', load: async () => (await import('./commands/tasks.ts')).registerTasks },
  { name: 'report', summary: 'báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng, năm) dạng DOCX, XLSX, PDF hoặc HTML, có dẫn nguồn từng số liệu', load: async () => (await import('./commands/report.ts')).registerReport },
  { name: 'audit', summary: 'nhật ký thay đổi (chỉ ghi thêm, không sửa, không xóa): ai, khi nào, thay đổi gì', load: async () => (await import('./commands/audit.ts')).registerAudit },
  { name: 'alerts', summary: 'thông báo: tính sự kiện mới (mục tiêu xấu đi, nhiệm vụ đến hạn, số liệu, tin mới) và gửi qua hộp thư, e-mail, webhook', load: async () => (await import('./commands/alerts.ts')).registerAlerts },
  { name: 'serve', summary: 'chạy máy chủ: API (/api/v1, tài liệu tại /api/docs) và ứng dụng web', load: async () => (await import('./commands/serve.ts')).registerServe },
  { name: 'worker', summary: 'chạy các công việc trong hàng đợi (tải lên, nhập, thu thập, trích xuất lại, liên kết)', load: async () => (await import('./commands/worker.ts')).registerWorker },
  { name: 'jobs', summary: 'hàng đợi công việc: danh sách, chi tiết, thêm công việc mới', load: async () => (await import('./commands/jobs.ts')).registerJobs },
  { name: 'migrate-db', summary: 'chuyển cơ sở dữ liệu SQLite sang PostgreSQL (mọi dòng, giữ mã số, dựng lại chỉ mục tìm kiếm, đối chiếu trước khi ghi)', load: async () => (await import('./commands/migrate-db.ts')).registerMigrateDb },
  { name: 'user', summary: 'tài khoản người dùng của máy chủ', load: async () => (await import('./commands/user.ts')).registerUser },
];

/** The one-line description of a command: its module registers it with this, the top-level help lists it. */
export function summaryOf(name: string): string {
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) throw new Error(`no command ${name} in the command list`);
  return entry.summary;
}

/** Global options that take a value: skipped when looking for the command's name in argv. */
const VALUED_OPTIONS = new Set(['--db', '--programme', '--by']);

/** The command a command line runs (`radar57 --db x search …` → `search`; `help search` → `search`), or null. */
export function commandNameOf(args: readonly string[]): string | null {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (VALUED_OPTIONS.has(a)) {
      i++;
      continue;
    }
    if (a.startsWith('-')) continue;
    if (a === 'help') return args[i + 1] ?? null;
    return a;
  }
  return null;
}
