// How alerts say dates and values in Vietnamese sentences: dd/mm/yyyy, mm/yyyy or yyyy.
export function viDate(iso: string | null): string {
  if (!iso) return 'không rõ ngày';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (d) return `${d}/${mo}/${y}`;
  if (mo) return `${mo}/${y}`;
  return y!;
}

/** A number as Vietnamese writes it: comma for decimals, dot for thousands. */
export function viNumber(value: number): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}
