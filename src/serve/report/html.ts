// The report as one self-contained HTML page in Vietnamese administrative style (national heading,
// title, numbered sections, tables, numbered sources), with its print stylesheet: A4, the margins
// of Decree 30/2020/NĐ-CP, Times New Roman 13 pt, table headers repeated, rows and charts never
// split, dates and figures never broken. The PDF is this page printed by chromium (pdf.ts).
import type { ReportData, ReportFigure, ReportTaskRow } from '../../track/report/report-data.ts';
import { formatChange, formatDate, formatLongDate, formatValue } from '../../track/report/format.ts';
import { escapeHtml as e } from './escape.ts';
import { chartSvg } from './svg-chart.ts';
import { NATIONAL_HEADING, ISSUER, SECTION_TITLES, DISCLAIMER, capitalise, sourceLine } from './wording.ts';

const CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt; line-height: 1.35; color: #000; margin: 0; hyphens: none; overflow-wrap: normal; word-break: normal; }
@media screen { body { max-width: 180mm; margin: 12mm auto; padding: 0 6mm; } }
.heading { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }
.heading td { border: none; vertical-align: top; text-align: center; padding: 0; font-size: 12.5pt; }
.heading .left { width: 42%; }
.heading strong { font-weight: bold; }
.heading .rule { width: 40%; margin: 1mm auto 0; border-top: 0.8pt solid #000; }
.heading .date { font-style: italic; padding-top: 3mm; }
h1 { text-align: center; font-size: 14pt; margin: 6mm 0 1mm; }
.subtitle { text-align: center; font-weight: bold; margin: 0 0 6mm; }
h2 { font-size: 13pt; line-height: 1.6; padding-top: 1mm; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 13pt; font-style: italic; font-weight: normal; margin: 3mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2mm; text-align: justify; text-indent: 10mm; }
table.data { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.25; margin-bottom: 3mm; }
table.data th, table.data td { border: 0.6pt solid #000; padding: 1.2mm 1.5mm; vertical-align: top; }
table.data th { background: #eee; font-weight: bold; text-align: center; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; page-break-inside: avoid; }
td.num, td.nowrap, .nowrap { white-space: nowrap; }
td.num { text-align: right; }
td.center { text-align: center; }
sup.cite { font-size: 7.5pt; }
.status-achieved { color: #11632a; font-weight: bold; }
.status-on_track { color: #11632a; }
.status-at_risk { color: #8a5a00; font-weight: bold; }
.status-off_track { color: #a00000; font-weight: bold; }
.charts { display: flex; flex-wrap: wrap; gap: 4mm; }
figure.chart { margin: 0; width: calc(50% - 2mm); break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; }
figure.chart figcaption { font-size: 10pt; text-align: center; }
ol.sources { font-size: 10.5pt; padding-left: 8mm; }
ol.sources li { margin-bottom: 1.5mm; break-inside: avoid; page-break-inside: avoid; }
ol.sources .url { word-break: break-all; font-size: 9pt; }
ol.sources q { font-style: italic; }
.empty { font-style: italic; text-indent: 0; }
.disclaimer { margin-top: 8mm; font-size: 10.5pt; font-style: italic; text-indent: 0; }
`;

function cite(f: ReportFigure | null, unit: string): string {
  if (!f) return '—';
  return `<span class="nowrap">${e(formatValue(f, unit))}</span> <span class="nowrap">(${e(formatDate(f.asOf))})</span><sup class="cite">[${f.sources.join(', ')}]</sup>`;
}

function taskTable(rows: readonly ReportTaskRow[]): string {
  if (rows.length === 0) return '<p class="empty">Không có nhiệm vụ.</p>';
  const body = rows
    .map(
      (r, i) =>
        `<tr><td class="center">${i + 1}</td><td>${e(capitalise(r.title))}</td><td>${e(r.agency)}</td><td class="nowrap">${e(r.setBy)}</td><td class="nowrap">${e(formatDate(r.deadline))}</td><td>${e(capitalise(r.label))}${r.completedAt ? ` <span class="nowrap">(${e(formatDate(r.completedAt))})</span>` : ''}${r.daysOverdue ? `, ${r.daysOverdue} ngày` : ''}</td></tr>`,
    )
    .join('');
  return `<table class="data"><thead><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Văn bản giao</th><th>Thời hạn</th><th>Tình hình thực hiện</th></tr></thead><tbody>${body}</tbody></table>`;
}

export function renderHtml(r: ReportData): string {
  const targetRows = r.targets
    .map(
      (t, i) =>
        `<tr><td class="center">${i + 1}</td><td>${e(t.name)}</td><td>${e(t.targetText)}${t.deadline ? ` <span class="nowrap">(${e(formatDate(t.deadline))})</span>` : ''}</td><td>${cite(t.before, t.unit)}</td><td>${cite(t.latest, t.unit)}</td><td class="num">${t.change === null ? '—' : e(formatChange(t.change))}</td><td class="status-${t.status ?? 'none'}">${e(capitalise(t.statusLabel))}</td><td class="num">${t.evidence}</td></tr>`,
    )
    .join('');
  const charts = r.charts.map((c) => `<figure class="chart">${chartSvg(c)}<figcaption>${e(c.title)}${c.unit ? ` (${e(c.unit)})` : ''}</figcaption></figure>`).join('');
  const figures =
    r.figures.length === 0
      ? '<p class="empty">Không có số liệu mới trong kỳ.</p>'
      : `<table class="data"><thead><tr><th>TT</th><th>Chỉ số</th><th>Phạm vi</th><th>Số liệu</th></tr></thead><tbody>${r.figures
          .map((f, i) => `<tr><td class="center">${i + 1}</td><td>${e(f.indicator)}</td><td>${e(capitalise(f.scope))}</td><td>${cite(f.figure, f.unit)}</td></tr>`)
          .join('')}</tbody></table>`;
  const conflicts =
    r.conflicts.length === 0
      ? '<p class="empty">Không phát hiện số liệu mâu thuẫn trong kỳ.</p>'
      : `<table class="data"><thead><tr><th>TT</th><th>Chỉ số</th><th>Số liệu thứ nhất</th><th>Số liệu thứ hai</th><th>Cách nhau</th></tr></thead><tbody>${r.conflicts
          .map((c, i) => `<tr><td class="center">${i + 1}</td><td>${e(c.indicator)}${c.scope === 'toàn quốc' ? '' : ` (${e(c.scope)})`}</td><td>${cite(c.a, c.unit)}</td><td>${cite(c.b, c.unit)}</td><td class="num">${c.days} ngày</td></tr>`)
          .join('')}</tbody></table>`;
  const legal =
    r.legalDocuments.length === 0
      ? '<p class="empty">Không có văn bản mới trong kỳ.</p>'
      : `<table class="data"><thead><tr><th>TT</th><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th><th>Trích yếu</th></tr></thead><tbody>${r.legalDocuments
          .map((d, i) => `<tr><td class="center">${i + 1}</td><td class="nowrap">${e(d.number ?? 'chưa rõ số')}</td><td class="nowrap">${e(formatDate(d.date))}</td><td>${e(d.issuer)}</td><td>${e(d.title)}</td></tr>`)
          .join('')}</tbody></table>`;
  const sources =
    r.sources.length === 0
      ? '<p class="empty">Không có số liệu được trích dẫn.</p>'
      : `<ol class="sources">${r.sources
          .map((s) => {
            const line = sourceLine(s);
            return `<li value="${s.n}">${e(line)}${s.url ? ` <span class="url">${e(s.url)}</span>` : ''}${s.sentence ? `<br><q>${e(s.sentence)}</q>` : ''}</li>`;
          })
          .join('')}</ol>`;
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${e(`Báo cáo ${r.period.label}`)}</title><style>${CSS}</style></head>
<body>
<table class="heading"><tr><td class="left">${e(ISSUER[0])}<br><strong>${e(ISSUER[1])}</strong><div class="rule"></div></td>
<td><strong>${e(NATIONAL_HEADING[0])}</strong><br><strong>${e(NATIONAL_HEADING[1])}</strong><div class="rule"></div><div class="date">${e(capitalise(formatLongDate(r.made)))}</div></td></tr></table>
<h1>BÁO CÁO</h1>
<div class="subtitle">${e(r.title)}</div>
<h2>${SECTION_TITLES[0]}</h2>
${r.summary.map((p) => `<p>${e(p)}</p>`).join('\n')}
<h2>${SECTION_TITLES[1]}</h2>
<h3>1. Các mục tiêu của chương trình</h3>
<table class="data"><thead><tr><th>TT</th><th>Mục tiêu</th><th>Chỉ tiêu (thời hạn)</th><th>Đầu kỳ</th><th>Cuối kỳ</th><th>Thay đổi</th><th>Đánh giá</th><th>Bằng chứng</th></tr></thead><tbody>${targetRows}</tbody></table>
<h3>2. Biểu đồ số liệu các mục tiêu (đường nét đứt: mục tiêu)</h3>
${r.charts.length > 0 ? `<div class="charts">${charts}</div>` : '<p class="empty">Chưa có chỉ số nào đủ hai số liệu để vẽ biểu đồ.</p>'}
<h3>3. Số liệu được công bố trong kỳ</h3>
${figures}
<h2>${SECTION_TITLES[2]}</h2>
<h3>1. Nhiệm vụ đến hạn trong kỳ</h3>
${taskTable(r.tasks.due)}
<h3>2. Nhiệm vụ quá hạn chưa hoàn thành (tính đến ${e(formatDate(r.cutoff))})</h3>
${taskTable(r.tasks.overdue)}
<h2>${SECTION_TITLES[3]}</h2>
${conflicts}
<h2>${SECTION_TITLES[4]}</h2>
${legal}
<h2>${SECTION_TITLES[5]}</h2>
${sources}
<p class="disclaimer">${e(DISCLAIMER)}</p>
</body></html>
`;
}
