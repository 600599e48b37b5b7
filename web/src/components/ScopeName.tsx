// Whose figure or target it is, in words: toàn quốc, a province (a link to its page), an agency by
// its name (a link to its page) rather than its id.
import { scopeLabel } from '../format.ts';
import { useI18n } from '../i18n.ts';
import { useAgencies } from '../use-agencies.ts';

export function ScopeName({ scope }: { scope: string }) {
  const i18n = useI18n();
  const agencies = useAgencies();
  const m = /^(province|agency):(.*)$/.exec(scope);
  if (m?.[1] === 'agency') {
    const agency = agencies.get(m[2]!);
    if (agency) return <a href={`/agencies/${encodeURIComponent(agency.id)}`}>{i18n.lang === 'en' && agency.en ? agency.en : agency.name}</a>;
  }
  if (m?.[1] === 'province') {
    const unit = [...agencies.values()].find((a) => a.kind === 'province' && a.name === m[2]);
    if (unit) return <a href={`/provinces/${encodeURIComponent(unit.id)}`}>{unit.name}</a>;
  }
  return <>{scopeLabel(i18n, scope)}</>;
}
