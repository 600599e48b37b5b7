// `radar57 facts [--kind K] [--document ID] [--limit N] [--json]`: stored mentions with their
// provenance (document, field, paragraph, offsets, extractor and version), so that any figure can be
// traced back to its sentence.
import type { Command } from 'commander';
import { openStore } from '../../../store/index.ts';
import type { FactRecord, StoredMention } from '../../../store/types.ts';
import { dbPath, FACT_KIND_LABELS, kindParser, parsePositiveInt, printJson } from '../options.ts';
import { printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

type FactKind = FactRecord['kind'];

export const parseFactKind = kindParser<FactKind>(['person', 'organization', 'place', 'legalRef', 'date', 'quantity', 'topic', 'task']);

const FIELD_LABELS: Record<string, string> = { title: 'tiêu đề', lede: 'sapo', body: 'đoạn', caption: 'chú thích' };

/** What the mention says, in one short phrase: the name, id, date or number it was read as. */
export function factValue(m: FactRecord): string {
  switch (m.kind) {
    case 'person':
      return m.title ? `${m.name} (${m.title})` : m.name;
    case 'organization':
      return m.name;
    case 'place':
      return m.unit && m.unit !== m.name ? `${m.name} → ${m.unit}` : m.name;
    case 'legalRef':
      return [m.id ?? m.lawName ?? '?', m.type].filter(Boolean).join(' · ');
    case 'date':
      return typeof m.value === 'string' ? m.value : `${m.value.start} – ${m.value.end}`;
    case 'quantity': {
      const n = m.valueMax !== null ? `${m.value}–${m.valueMax}` : String(m.value);
      const of = m.of !== null ? `/${m.of}` : '';
      return [m.qualifier === 'exact' ? '' : m.qualifier, `${n}${of}`, m.unit ?? '', m.stance === 'target' ? '(mục tiêu)' : '']
        .filter(Boolean)
        .join(' ');
    }
    case 'topic':
      return `${m.name} (${m.score.toFixed(2)})`;
    case 'task':
      return [m.lead.name, m.wording, m.deadline ? (m.deadline.value ?? m.deadline.precision) : ''].filter(Boolean).join(' · ');
  }
}

function position(m: StoredMention): string {
  if (m.kind === 'topic') {
    const first = m.evidence[0];
    return first ? `${FIELD_LABELS[first.field] ?? first.field} ${first.index} +${m.evidence.length - 1}` : '—';
  }
  const field = FIELD_LABELS[m.field] ?? m.field;
  const where = m.field === 'body' || m.field === 'caption' ? `${field} ${m.index}` : field;
  return `${where} [${m.start}–${m.end}]`;
}

function width(text: string): number {
  // Combining marks take no column; NFC Vietnamese has one code point per letter anyway.
  return [...text.replace(/\p{M}/gu, '')].length;
}

function clip(text: string, max: number): string {
  const chars = [...text.replace(/\s+/gu, ' ')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** A plain-text table: columns padded to their widest cell. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c + ' '.repeat((widths[i] ?? 0) - width(c))))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

interface FactsFlags {
  kind?: FactKind;
  document?: number;
  limit: number;
  json?: boolean;
}

export function registerFacts(program: Command): void {
  program
    .command('facts')
    .description(summaryOf('facts'))
    .option('--kind <kind>', `person, organization (org), place, legalRef (legal), date, quantity, topic, task`, parseFactKind)
    .option('--document <id>', 'only this document', parsePositiveInt)
    .option('--limit <n>', 'number of facts', parsePositiveInt, 50)
    .option('--json', 'print JSON')
    .action(async (flags: FactsFlags, command: Command) => {
      const store = await openStore(dbPath(command));
      try {
        const mentions = await store.listMentions({ kind: flags.kind, documentId: flags.document, limit: flags.limit });
        if (flags.json) {
          printJson({
            count: mentions.length,
            mentions: mentions.map((m) => ({ ...m, extractedBy: `${m.extractor}@${m.extractorVersion}` })),
          });
          return;
        }
        if (mentions.length === 0) {
          printText('Không có dữ kiện nào.\n');
          return;
        }
        const rows = mentions.map((m) => [
          `#${m.documentId}`,
          FACT_KIND_LABELS[m.kind],
          position(m),
          clip(m.kind === 'topic' ? (m.evidence[0]?.text ?? '') : m.text, 40),
          clip(factValue(m), 48),
          (m.kind === 'topic' ? m.score : m.confidence).toFixed(2),
          `${m.extractor}@${m.extractorVersion}`,
        ]);
        printText(
          formatTable(['Tài liệu', 'Loại', 'Vị trí', 'Văn bản gốc', 'Giá trị', 'Tin cậy', 'Bộ trích xuất'], rows),
        );
        if (mentions.length === flags.limit) printText(`(${flags.limit} dữ kiện đầu; dùng --limit để xem thêm)\n`);
      } finally {
        await store.close();
      }
    });
}
