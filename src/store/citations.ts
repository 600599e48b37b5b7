// The citation graph: document → legal documents it cites (legal-reference mentions with an id),
// legal document → documents citing it, and legal document → legal document.
//
// A stored document may be a legal document itself: the page of a resolution or decision, whose
// title (or first body line, for pages without a title) opens with the full reference in the formal
// way, `Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về …`, `Quyết định số 759/QĐ-TTg`.
// Such a document gets a row in document_legal_ids, so its citations are also edges from that legal
// id. The rule is deliberately narrow, because news headlines open with references too
// (`Nghị quyết 57-NQ/TW: một năm nhìn lại`): the reference must have an id, stand at the very
// start (only its type word and `số` before it) and be followed by nothing or by the words that
// continue a formal title (ngày, của, về, phê duyệt, ban hành, quy định, hướng dẫn, sửa đổi).
import type { LegalRefMention } from '../extract/facts.ts';
import { foldForSearch } from '../text/fold.ts';
import type { SqlExecutor } from './dialect.ts';
import { linkStatements } from './entities-statements.ts';
import { words } from './search-text.ts';
import type { CitingDocument, FactRecord } from './types.ts';

const FORMAL_CONTINUATIONS = ['ngay', 'cua', 've', 'phe duyet', 'ban hanh', 'quy dinh', 'huong dan', 'sua doi'];

const foldedWords = (text: string): string[] => words(foldForSearch(text));

/** Whether `m` opens `text` the way the title of the legal document itself does. */
export function isTitleReference(text: string, m: LegalRefMention): boolean {
  if (!m.id || text.slice(m.start, m.end) !== m.text) return false;
  const before = foldedWords(text.slice(0, m.start)).join(' ');
  const typeWords = m.type ? foldedWords(m.type).join(' ') : null;
  const allowedBefore = ['', ...(typeWords ? [typeWords, `${typeWords} so`] : [])];
  if (!allowedBefore.includes(before)) return false;
  const after = foldedWords(text.slice(m.end)).slice(0, 2).join(' ');
  return after === '' || FORMAL_CONTINUATIONS.some((w) => after === w || after.startsWith(`${w} `));
}

/** The legal id the document is, if its title or first body line says so (see above). */
export function legalIdentity(
  mentions: readonly FactRecord[],
  text: (field: 'title' | 'body') => string | null,
): string | null {
  for (const m of mentions) {
    if (m.kind !== 'legalRef' || !m.id || m.index !== 0) continue;
    if (m.field !== 'title' && m.field !== 'body') continue;
    const source = text(m.field);
    if (source !== null && isTitleReference(source, m)) return m.id;
  }
  return null;
}

/** Replaces the legal identity of one document; reads its title only when a mention could be one. */
export async function recordLegalIdentity(exec: SqlExecutor, documentId: number, mentions: readonly FactRecord[], fresh = false): Promise<void> {
  const { db } = exec;
  // A document inserted in this transaction has no identity recorded yet.
  if (!fresh) await exec.run(linkStatements(exec).deleteLegalId.bind({ document_id: documentId }));
  const candidate = mentions.some((m) => m.kind === 'legalRef' && m.id && m.index === 0 && (m.field === 'title' || m.field === 'body'));
  if (!candidate) return;
  const row = await exec.first(db.selectFrom('documents').select(['title', 'body']).where('id', '=', documentId));
  if (!row) return;
  const id = legalIdentity(mentions, (field) =>
    field === 'title' ? row.title : ((JSON.parse(row.body) as string[])[0] ?? null),
  );
  if (id !== null) await exec.run(db.insertInto('document_legal_ids').values({ document_id: documentId, legal_id: id }));
}

/** Legal ids the document cites, in order of first mention; its own id (when it is one) left out. */
export async function citations(exec: SqlExecutor, documentId: number): Promise<string[]> {
  const rows = await exec.all(
    exec.db
      .selectFrom('mentions')
      .innerJoin('entities', 'entities.id', 'mentions.entity_id')
      .select(['entities.key as legalId', (eb) => eb.fn.min('mentions.id').as('first')])
      .where('mentions.document_id', '=', documentId)
      .where('entities.kind', '=', 'legalRef')
      // Laws cited by name only have keys `law:…`: not an id.
      .where('entities.key', 'not like', 'law:%')
      .where((eb) =>
        eb(
          'entities.key',
          'not in',
          eb.selectFrom('document_legal_ids').select('legal_id').where('document_id', '=', documentId),
        ),
      )
      .groupBy('entities.key')
      .orderBy('first'),
  );
  return rows.map((r) => r.legalId);
}

/** Documents citing `legalId`, newest first; the legal document's own pages are not citing it. */
export async function citedBy(exec: SqlExecutor, legalId: string): Promise<CitingDocument[]> {
  const rows = await exec.all(
    exec.db
      .selectFrom('mentions')
      .innerJoin('entities', 'entities.id', 'mentions.entity_id')
      .innerJoin('documents', 'documents.id', 'mentions.document_id')
      .leftJoin('document_legal_ids', 'document_legal_ids.document_id', 'documents.id')
      .select((eb) => [
        'documents.id as id',
        'documents.title as title',
        'documents.published as published',
        'document_legal_ids.legal_id as legalId',
        eb.fn.countAll<number>().as('mentions'),
      ])
      .where('entities.kind', '=', 'legalRef')
      .where('entities.key', '=', legalId)
      .where((eb) => eb.or([eb('document_legal_ids.legal_id', 'is', null), eb('document_legal_ids.legal_id', '!=', legalId)]))
      .groupBy(['documents.id', 'documents.title', 'documents.published', 'document_legal_ids.legal_id'])
      .orderBy('documents.published', (ob) => ob.desc().nullsLast())
      .orderBy('documents.id', 'desc'),
  );
  return rows.map((r) => ({ ...r, mentions: Number(r.mentions) }));
}

/** Legal → legal: ids cited by the stored pages of `legalId` itself. */
export async function legalCitations(exec: SqlExecutor, legalId: string): Promise<string[]> {
  const pages = await exec.all(
    exec.db.selectFrom('document_legal_ids').select('document_id').where('legal_id', '=', legalId).orderBy('document_id'),
  );
  const cited = new Set<string>();
  for (const p of pages) for (const id of await citations(exec, p.document_id)) cited.add(id);
  return [...cited];
}
