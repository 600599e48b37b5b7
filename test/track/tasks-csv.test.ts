// Tasks from CSV: good rows kept, each bad row rejected with its line, column and reason; Vietnamese
// and English headers, BOM, CRLF, semicolons, quoted cells over several lines; agency resolution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAgencyResolver, parseTaskCsv, rejectedRowCount, type CsvRowError } from '../../src/track/tasks/csv-import.ts';

const AGENCIES = [
  { id: 'bo-khcn', name: 'Bộ Khoa học và Công nghệ', formerNames: [{ name: 'Bộ Thông tin và Truyền thông', until: '2025-02-28' }] },
  { id: 'bo-vhttdl', name: 'Bộ Văn hóa, Thể thao và Du lịch' },
  { id: 'bo-tc', name: 'Bộ Tài chính', en: 'Ministry of Finance' },
  { id: 'ha-noi', name: 'Hà Nội' },
];
const OPTIONS = { resolveAgency: createAgencyResolver(AGENCIES), importDate: '2025-08-01' };

const VI_HEADER = 'ma,nhiem_vu,van_ban,co_quan_chu_tri,co_quan_phoi_hop,han,trang_thai,ngay_cap_nhat,minh_chung,ghi_chu';

const where = (errors: readonly CsvRowError[]) => errors.map((e) => `${e.line}:${e.column ?? '-'}`);

test('good rows are kept and each bad row is rejected with its line, column and reason', () => {
  const csv = [
    VI_HEADER, // 1
    'NV-01,Xây dựng cơ sở dữ liệu,03-TB/BCĐTW,bo-khcn,"bo-tc; Bộ Văn hóa, Thể thao và Du lịch",30/06/2025,đang thực hiện,01/06/2025,CV 12/BKHCN,đúng tiến độ', // 2
    'NV-02,Ban hành nghị định,03-TB/BCĐTW,Bộ Tài chính,,2025-13-01,đang thực hiện,,,', // 3: bad date
    'NV-03,Triển khai thí điểm,03-TB/BCĐTW,Bộ Nội vụ,,2025-12-31,chưa thực hiện,,,', // 4: unknown agency
    'NV-04,Đánh giá,03-TB/BCĐTW,ha-noi,,2025-12,xong rồi,,,', // 5: unknown status
    'NV-05,,03-TB/BCĐTW,ha-noi,,2025-12,hoàn thành,,,', // 6: missing title
    'NV-01,Trùng mã,03-TB/BCĐTW,ha-noi,,2025-12,hoàn thành,,,', // 7: duplicate key
    'NV-06,Thiếu cột,03-TB/BCĐTW,ha-noi', // 8: wrong column count
    'NV-07,Chuyển đổi số,57-NQ/TW,Ha Noi,,2026,Hoan thanh,15/07/2025,https://example.vn/bao-cao,', // 9: good
  ].join('\n');
  const result = parseTaskCsv(csv, OPTIONS);
  assert.deepEqual(
    result.rows.map((r) => [r.line, r.key]),
    [
      [2, 'NV-01'],
      [9, 'NV-07'],
    ],
  );
  assert.deepEqual(where(result.errors), ['3:han', '4:co_quan_chu_tri', '5:trang_thai', '6:nhiem_vu', '7:ma', '8:-']);
  const [date, agency, status, title, duplicate, columns] = result.errors;
  assert.match(date!.message, /2025-13-01/);
  assert.match(agency!.message, /không có cơ quan “Bộ Nội vụ”/);
  assert.match(status!.message, /“xong rồi” không hợp lệ/);
  assert.match(title!.message, /thiếu tên nhiệm vụ/);
  assert.match(duplicate!.message, /trùng với dòng 2/);
  assert.match(columns!.message, /4 cột.*10/);
  assert.equal(result.dataRows, 8);
  assert.equal(rejectedRowCount(result.errors), 6);

  assert.deepEqual(result.rows[0], {
    line: 2,
    key: 'NV-01',
    title: 'Xây dựng cơ sở dữ liệu',
    setBy: '03-TB/BCĐTW',
    agency: 'bo-khcn',
    coAgencies: ['bo-tc', 'bo-vhttdl'],
    deadline: '2025-06-30',
    status: 'dang_thuc_hien',
    statusDate: '2025-06-01',
    evidence: 'CV 12/BKHCN',
    note: 'đúng tiến độ',
  });
  assert.equal(result.rows[1]!.agency, 'ha-noi', 'a name without diacritics');
  assert.equal(result.rows[1]!.deadline, '2026');
  assert.equal(result.rows[1]!.status, 'hoan_thanh');
});

test('one row may have several problems, each reported', () => {
  const csv = `${VI_HEADER}\nNV 01,,03-TB/BCĐTW,không-có,,32/01/2025,?,,,\n`;
  const { rows, errors } = parseTaskCsv(csv, OPTIONS);
  assert.equal(rows.length, 0);
  assert.deepEqual(where(errors), ['2:ma', '2:nhiem_vu', '2:co_quan_chu_tri', '2:han', '2:trang_thai']);
  assert.equal(rejectedRowCount(errors), 1);
});

test('English headers, a BOM and Windows line endings', () => {
  const csv = '\uFEFFkey,title,document,agency,co_agencies,deadline,status,status_date,evidence,note\r\nT-1,Task one,03-TB/BCĐTW,Ministry of Finance,,2025-09-30,in progress,,,\r\nT-2,Task two,03-TB/BCĐTW,bo-tc,,2025-09-30,hoan_thanh,2025-07-30,,\r\n';
  const { rows, errors } = parseTaskCsv(csv, OPTIONS);
  assert.deepEqual(where(errors), ['2:status'], 'the status column is named as in the file');
  assert.deepEqual(rows.map((r) => [r.line, r.key, r.agency, r.statusDate]), [[3, 'T-2', 'bo-tc', '2025-07-30']]);
});

test('Vietnamese headers with diacritics and spaces, an STT column, optional columns left out', () => {
  const csv = 'STT;Mã;Nhiệm vụ;Văn bản;Cơ quan chủ trì;Hạn;Trạng thái\n1;NV-1;Một;03-TB/BCĐTW;Bộ Thông tin và Truyền thông;31/12/2025;chưa thực hiện\n';
  const { rows, errors } = parseTaskCsv(csv, OPTIONS);
  assert.deepEqual(errors, []);
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.agency, 'bo-khcn', 'a former name resolves to the agency');
  assert.deepEqual(rows[0]!.coAgencies, []);
  assert.equal(rows[0]!.statusDate, null, 'no date: the store uses the import day');
  assert.equal(rows[0]!.evidence, null);
});

test('a quoted cell over several lines: later rows keep their real line numbers', () => {
  const csv = `${VI_HEADER}\n\nNV-1,"Nhiệm vụ\nviết trên\nba dòng",03-TB/BCĐTW,bo-tc,,2025-12-31,đang thực hiện,,,\nNV-2,Hai,03-TB/BCĐTW,bo-tc,,sai,đang thực hiện,,,\n`;
  const { rows, errors } = parseTaskCsv(csv, OPTIONS);
  assert.equal(rows[0]!.line, 3, 'after a blank line 2');
  assert.equal(rows[0]!.title, 'Nhiệm vụ\nviết trên\nba dòng');
  assert.deepEqual(where(errors), ['6:han']);
});

test('a missing required column or an unknown column rejects the file at the header', () => {
  const missing = parseTaskCsv('ma,nhiem_vu,van_ban,co_quan_chu_tri,han\nNV-1,A,B,bo-tc,2025\n', OPTIONS);
  assert.equal(missing.rows.length, 0);
  assert.deepEqual(where(missing.errors), ['1:trang_thai']);
  assert.match(missing.errors[0]!.message, /thiếu cột bắt buộc/);
  assert.equal(missing.dataRows, 1);

  const unknown = parseTaskCsv(`${VI_HEADER},han_chot\nNV-1,A,B,bo-tc,,2025,hoàn thành,,,,x\n`, OPTIONS);
  assert.equal(unknown.rows.length, 0);
  assert.deepEqual(where(unknown.errors), ['1:han_chot']);
});

test('an empty file and a file with only the header', () => {
  assert.deepEqual(where(parseTaskCsv('', OPTIONS).errors), ['1:-']);
  const headerOnly = parseTaskCsv(`${VI_HEADER}\n`, OPTIONS);
  assert.deepEqual(headerOnly, { rows: [], errors: [], dataRows: 0 });
});

test('a status dated after the import day is refused', () => {
  const { rows, errors } = parseTaskCsv(`${VI_HEADER}\nNV-1,A,B,bo-tc,,2025-12-31,đang thực hiện,02/08/2025,,\n`, OPTIONS);
  assert.equal(rows.length, 0);
  assert.deepEqual(where(errors), ['2:ngay_cap_nhat']);
  assert.match(errors[0]!.message, /tương lai/);
});

test('a broken quote is reported on its line and the rows before it are kept', () => {
  const csv = `${VI_HEADER}\nNV-1,A,B,bo-tc,,2025-12-31,đang thực hiện,,,\nNV-2,"A"x,B,bo-tc,,2025-12-31,đang thực hiện,,,\n`;
  const { rows, errors } = parseTaskCsv(csv, OPTIONS);
  assert.deepEqual(rows.map((r) => r.key), ['NV-1']);
  assert.deepEqual(where(errors), ['3:-'], 'one error for the line, not the knock-on one');
  assert.match(errors[0]!.message, /lỗi định dạng CSV/);
});

test('agency resolution: id, name, English name, former name, folded; ambiguity is an error', () => {
  const resolve = createAgencyResolver([...AGENCIES, { id: 'ha-nam', name: 'Hà Nam' }, { id: 'ha-nam-2', name: 'Hạ Nam' }]);
  assert.deepEqual(resolve('bo-khcn'), { id: 'bo-khcn' });
  assert.deepEqual(resolve('BO-KHCN'), { id: 'bo-khcn' });
  assert.deepEqual(resolve('Bộ  Khoa học và  Công nghệ'), { id: 'bo-khcn' });
  assert.deepEqual(resolve('ministry of finance'), { id: 'bo-tc' });
  assert.deepEqual(resolve('bo van hoa, the thao va du lich'), { id: 'bo-vhttdl' });
  assert.deepEqual(resolve('Hà Nam'), { id: 'ha-nam' }, 'with diacritics the exact name wins');
  assert.match((resolve('ha nam') as { error: string }).error, /nhiều cơ quan \(ha-nam, ha-nam-2\)/);
  assert.match((resolve('Bộ Ngoại giao') as { error: string }).error, /không có cơ quan/);
});
