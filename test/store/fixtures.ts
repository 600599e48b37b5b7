// Builders for store tests: structured documents as the structure stage would hand them over.
import type { StructuredDocument } from '../../src/records.ts';
import { emptyDocument } from '../../src/structure/document.ts';
import type { SaveFileInput } from '../../src/store/index.ts';
import { ARTICLE_PARAGRAPHS, ARTICLE_TITLE, LEDE_LINES, TEASERS } from './seed-texts.ts';

const EMPTY: StructuredDocument = emptyDocument('brief');

export function brief(text: string, extra: Partial<StructuredDocument> = {}): StructuredDocument {
  return { ...EMPTY, kind: 'brief', lede: text, ...extra };
}

export function article(title: string, body: string[], extra: Partial<StructuredDocument> = {}): StructuredDocument {
  return {
    ...EMPTY,
    kind: 'article',
    title,
    body,
    published: '2025-07-02T17:12:00+07:00',
    publishedPrecision: 'datetime',
    ...extra,
  };
}

export function teaser(title: string, lede: string, parent: number | null): StructuredDocument {
  return { ...EMPTY, kind: 'teaser', title, lede, parent };
}

export function ledeFile(): SaveFileInput {
  return {
    origin: 'seeds/000_8fee37822d2a2a5b.txt',
    sourceHash: 'sha256:ledes',
    format: 'ledes',
    documents: LEDE_LINES.map((line) => brief(line)),
  };
}

/** The article page: the article first, then its teasers pointing at it. */
export function pageFile(): SaveFileInput {
  const [lede = '', ...body] = ARTICLE_PARAGRAPHS;
  return {
    origin: 'seeds/002_00bf98e39be64d58.txt',
    sourceHash: 'sha256:page',
    format: 'page',
    documents: [
      article(ARTICLE_TITLE, body, {
        lede,
        site: 'Tudonghoangaynay.vn',
        category: 'Sự kiện',
        author: 'Bích Ngọc',
        authorNote: 'tổng hợp',
        captions: [{ text: 'Toàn cảnh hội nghị sơ kết. Ảnh: VGP', credit: 'VGP' }],
      }),
      ...TEASERS.map((t) => teaser(t.title, t.lede, 0)),
    ],
  };
}
