// Feed and sitemap times (RFC 822 in RSS, ISO 8601 in Atom and sitemaps) → ISO 8601.
// A time without an offset is taken as Vietnam time (+07:00): the sources this project reads are Vietnamese.

const VN_OFFSET = '+07:00';

export function toIsoTime(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  // A bare date stays a date: inventing a time of day would claim a precision the source did not give.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const isoNoZone = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?$/.exec(v);
  if (isoNoZone) {
    const time = isoNoZone[2]!.length === 5 ? `${isoNoZone[2]}:00` : isoNoZone[2];
    return `${isoNoZone[1]}T${time}${VN_OFFSET}`;
  }
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  // Keep the instant; present it in Vietnam time so that dates read as the newsroom wrote them.
  const local = new Date(ms + 7 * 3600_000).toISOString().slice(0, 19);
  return `${local}${VN_OFFSET}`;
}
