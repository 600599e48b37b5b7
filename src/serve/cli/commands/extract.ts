// `radar57 extract PATH... [--json | --jsonl]`: the structured documents of files, with their facts,
// without storing them. `--json` prints one file's result; `--jsonl` prints one line per input file
// (`{"file", "format", "warnings", "documents"}` or `{"file", "error"}`), for many files in one process.
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { readFileInput } from '../../../pipeline/ingest.ts';
import { factsForResult } from '../../../pipeline/facts-for-result.ts';
import { listInputFiles } from '../../../sources/files.ts';
import { parseEncoding, parseFormat, printJson } from '../options.ts';
import type { EncodingName, InputFormat, StructuredDocument } from '../../../records.ts';
import type { DocumentFacts } from '../../../extract/facts.ts';
import { printJsonLine, printText } from '../output.ts';
import { summaryOf } from '../command-list.ts';

interface ExtractFlags {
  format?: InputFormat;
  encoding?: EncodingName;
  dateHint?: string;
  json?: boolean;
  jsonl?: boolean;
}

interface Extracted {
  source: string;
  format: InputFormat;
  warnings: string[];
  documents: (StructuredDocument & { facts: DocumentFacts | undefined })[];
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description(summaryOf('extract'))
    .argument('<paths...>')
    .option('--format <format>', 'force the reader: page, ledes, plain, jsonl, html', parseFormat)
    .option('--encoding <name>', 'force the text encoding', parseEncoding)
    .option('--date-hint <yyyy-mm-dd>', 'date used to complete dates without a year')
    .option('--json', 'print one file as JSON (the default output is a readable outline)')
    .option('--jsonl', 'print one JSON line per input file, for many files and folders')
    .action(async (paths: string[], flags: ExtractFlags) => {
      if (flags.json && flags.jsonl) throw new InvalidArgumentError('--json and --jsonl: choose one');
      const listing = listInputFiles(paths);
      const extract = (file: string): Extracted => {
        const { result } = readFileInput(file, { format: flags.format, encoding: flags.encoding });
        const facts = factsForResult(result, flags.dateHint ?? null);
        const documents = result.documents.map((doc, i) => ({ ...doc, facts: facts[i] }));
        return { source: result.origin, format: result.format, warnings: result.warnings, documents };
      };
      if (flags.jsonl) {
        for (const p of listing.problems) await printJsonLine({ file: p.origin, error: p.reason });
        for (const file of listing.files) {
          let line: object;
          try {
            const { format, warnings, documents } = extract(file);
            line = { file, format, warnings, documents };
          } catch (err) {
            // One bad file is reported on its own line; the others go on.
            line = { file, error: err instanceof Error ? err.message : String(err) };
          }
          await printJsonLine(line);
        }
        if (listing.files.length === 0) process.exitCode = 1;
        return;
      }
      const [problem] = listing.problems;
      if (problem) throw new Error(`${problem.origin}: ${problem.reason}`);
      if (flags.json) {
        if (listing.files.length !== 1) throw new InvalidArgumentError(`--json prints one file (${listing.files.length} given); use --jsonl for several`);
        printJson(extract(listing.files[0]!));
        return;
      }
      for (const file of listing.files) printOutline(extract(file));
    });
}

function printOutline(result: Extracted): void {
  const { documents } = result;
  printText(`${result.source}: ${result.format}, ${documents.length} tài liệu\n`);
  documents.forEach((d, i) => {
    printText(`\n[${i}] ${d.kind}${d.parent !== null ? ` (thuộc [${d.parent}])` : ''}: ${d.title ?? (d.body[0] ?? '').slice(0, 80)}\n`);
    if (d.published) printText(`    ngày: ${d.published}\n`);
    if (d.author) printText(`    tác giả: ${d.author}${d.authorNote ? ` (${d.authorNote})` : ''}\n`);
    printText(`    ${d.body.length} đoạn, ${d.captions.length} chú thích ảnh, ${d.related.length} liên kết\n`);
  });
  for (const w of result.warnings) printText(`cảnh báo: ${w}\n`);
}
