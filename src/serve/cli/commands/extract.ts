// `radar57 extract FILE --json`: the structured documents of one file, with their facts, without storing.
import type { Command } from 'commander';
import { readFileInput } from '../../../pipeline/ingest.ts';
import { factsForResult } from '../../../pipeline/facts-for-result.ts';
import { parseEncoding, parseFormat, printJson } from '../options.ts';
import type { EncodingName, InputFormat } from '../../../records.ts';

interface ExtractFlags {
  format?: InputFormat;
  encoding?: EncodingName;
  dateHint?: string;
  json?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('đọc một tệp và in các tài liệu có cấu trúc cùng dữ kiện, không lưu')
    .argument('<file>')
    .option('--format <format>', 'force the reader: page, ledes, plain, jsonl, html', parseFormat)
    .option('--encoding <name>', 'force the text encoding', parseEncoding)
    .option('--date-hint <yyyy-mm-dd>', 'date used to complete dates without a year')
    .option('--json', 'print JSON (the default output is a readable outline)')
    .action((file: string, flags: ExtractFlags) => {
      const { result } = readFileInput(file, { format: flags.format, encoding: flags.encoding });
      const facts = factsForResult(result, flags.dateHint ?? null);
      const documents = result.documents.map((doc, i) => ({ ...doc, facts: facts[i] }));
      if (flags.json) {
        printJson({ source: result.origin, format: result.format, warnings: result.warnings, documents });
        return;
      }
      const out = process.stdout;
      out.write(`${result.origin}: ${result.format}, ${documents.length} tài liệu\n`);
      documents.forEach((d, i) => {
        out.write(`\n[${i}] ${d.kind}${d.parent !== null ? ` (thuộc [${d.parent}])` : ''}: ${d.title ?? (d.body[0] ?? '').slice(0, 80)}\n`);
        if (d.published) out.write(`    ngày: ${d.published}\n`);
        if (d.author) out.write(`    tác giả: ${d.author}${d.authorNote ? ` (${d.authorNote})` : ''}\n`);
        out.write(`    ${d.body.length} đoạn, ${d.captions.length} chú thích ảnh, ${d.related.length} liên kết\n`);
      });
      for (const w of result.warnings) out.write(`cảnh báo: ${w}\n`);
    });
}
