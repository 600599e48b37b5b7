// Who a report is about: `national`, or `province:<name>` for one of the 34 provincial units. The
// name is matched without diacritics or case (`province:dien bien` is Điện Biên), or by its id
// (`province:dien-bien`); a former province or an unknown name is refused with the reason.
import type { Pack } from '../../programme/schema.ts';
import { foldForSearch } from '../../text/fold.ts';
import type { ReportScope } from './report-data.ts';

export function reportScope(pack: Pick<Pack, 'provinces'>, text: string | undefined): ReportScope {
  const t = (text ?? 'national').normalize('NFC').trim();
  if (t === '' || t === 'national') return { kind: 'national' };
  const m = /^province:(.+)$/i.exec(t);
  if (!m) throw new RangeError(`${t}: expected national or province:<tên tỉnh>, e.g. province:Điện Biên`);
  const key = foldForSearch(m[1]!).replace(/[\s_-]+/g, ' ').trim();
  const units = pack.provinces.filter((p) => p.kind === 'province');
  const unit = units.find((p) => foldForSearch(p.name).replace(/[\s_-]+/g, ' ').trim() === key || p.id.replace(/-/g, ' ') === key);
  if (unit) return { kind: 'province', name: unit.name, agencyId: unit.id };
  const former = pack.provinces.find((p) => p.kind === 'former_province' && foldForSearch(p.name) === key && p.mergedInto);
  if (former) {
    const into = units.find((u) => u.id === former.mergedInto!.agency);
    throw new RangeError(`${m[1]}: a former province; its figures are reported under province:${into?.name ?? former.mergedInto!.agency}`);
  }
  throw new RangeError(`${m[1]}: no such province among the ${units.length} provincial units`);
}
