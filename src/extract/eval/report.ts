// Plain-text report of an evaluation: one line per kind, a value-accuracy line, optional listings.
import type { EvalResult, KindScore, Listing } from './score.ts';
import { f1, precision, recall, SCORED_KINDS } from './score.ts';

function pct(v: number | null): string {
  return v === null ? '     —' : v.toFixed(3).padStart(6);
}

function where(l: Listing): string {
  return l.field === null ? `doc ${l.doc}` : `doc ${l.doc} ${l.field}[${l.index}]`;
}

function valueLine(s: KindScore): string | null {
  const parts = Object.entries(s.values).map(([name, c]) => `${name} ${c.correct}/${c.total}`);
  return parts.length ? `${''.padEnd(14)}value accuracy: ${parts.join(', ')}` : null;
}

export function formatResult(result: EvalResult, verbose = false): string {
  const lines: string[] = [];
  lines.push(`== ${result.source}`);
  lines.push(`${'kind'.padEnd(14)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'TP'.padStart(6)}${'FP'.padStart(6)}${'FN'.padStart(6)}${'dup'.padStart(5)}      P      R     F1`);
  for (const k of SCORED_KINDS) {
    const s = result.kinds[k];
    lines.push(
      `${k.padEnd(14)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}${String(s.tp).padStart(6)}${String(s.fp).padStart(6)}${String(s.fn).padStart(6)}${String(s.duplicates).padStart(5)} ${pct(precision(s))} ${pct(recall(s))} ${pct(f1(s))}`,
    );
    const v = valueLine(s);
    if (v) lines.push(v);
  }
  if (verbose) {
    for (const k of SCORED_KINDS) {
      const s = result.kinds[k];
      if (!s.fps.length && !s.fns.length && !s.valueErrors.length) continue;
      lines.push('', `-- ${k}`);
      for (const l of s.fps) lines.push(`  FP  ${where(l)}  "${l.text}"  → ${l.detail}`);
      for (const l of s.fns) lines.push(`  FN  ${where(l)}  "${l.text}"  → ${l.detail}`);
      for (const l of s.valueErrors) lines.push(`  VAL ${where(l)}  "${l.text}"  ${l.detail}`);
    }
  }
  if (result.warnings.length) {
    lines.push('', `warnings (${result.warnings.length}):`);
    for (const w of result.warnings) lines.push(`  ${w}`);
  }
  return lines.join('\n');
}
