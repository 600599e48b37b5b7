// Picture captions, with the photo credit split off (`… Ảnh: Bệnh viện cung cấp` → credit
// `Bệnh viện cung cấp`).
import type { Caption } from '../../records.ts';
import type { Element } from './dom.ts';
import type { Segment } from './segments.ts';

// A credit label at the end of the caption, optionally in brackets or after a dash.
const CREDIT = /(?<=^|[\s([])[([]?\s*(?:ảnh|hình|hình ảnh|nguồn ảnh|nguồn|photo|photograph|image|picture|credit|video|đồ họa|graphic)(?:\s+(?:minh họa|tư liệu|by))?\s*[:：]\s*(?<credit>[^()[\]:]{1,80}?)\s*[)\]]?\s*\.?$/iu;
const PHOTO_BY = /(?<=^|[\s([])[([]?\s*photo(?:graph)?\s+by\s+(?<credit>[^()[\]]{1,80}?)\s*[)\]]?\s*\.?$/iu;

export function splitCredit(text: string): Caption {
  const match = CREDIT.exec(text) ?? PHOTO_BY.exec(text);
  const credit = match?.groups?.['credit']?.trim();
  if (!match || !credit) return { text, credit: null };
  const caption = text.slice(0, match.index).replace(/[\s–—([-]+$/, '').trim();
  return { text: caption || text, credit };
}

/** Joins the segments of each caption (a figcaption may hold several paragraphs) and splits credits. */
export function buildCaptions(segments: readonly Segment[]): Caption[] {
  const groups = new Map<Element | Segment, string[]>();
  for (const segment of segments) {
    const key = segment.captionGroup ?? segment;
    const texts = groups.get(key);
    if (texts) texts.push(segment.text);
    else groups.set(key, [segment.text]);
  }
  const captions: Caption[] = [];
  const seen = new Set<string>();
  for (const texts of groups.values()) {
    const text = texts.join(' ');
    if (seen.has(text)) continue;
    seen.add(text);
    captions.push(splitCredit(text));
  }
  return captions;
}
