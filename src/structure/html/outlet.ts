// Names of the outlet itself, compared loosely: a byline or a <title> segment that names the site is
// not a person nor the headline.

/** `Báo VnExpress`, `vnexpress.net`, `VnExpress` → `vnexpress`. */
export function outletKey(name: string): string {
  return name.toLowerCase().replace(/^(báo|tạp chí|the)\s+/, '').replace(/\.(com|net|vn|org)(\.vn)?$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}
