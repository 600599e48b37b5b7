// What a stored fact says, in a line: the mention kinds carry different fields (src/extract/facts.ts).
import type { I18n } from '../i18n.ts';
import { formatValue } from '../format.ts';
import type { MentionFact, Qualifier } from '../types.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export function factValue(i18n: I18n, f: MentionFact): string {
  switch (f.kind) {
    case 'person':
      return [str(f.title), str(f.name)].filter(Boolean).join(' ') || f.text;
    case 'organization':
      return str(f.name) ?? f.text;
    case 'place': {
      const name = str(f.name) ?? f.text;
      const unit = str(f.unit);
      return unit && unit !== name ? `${name} → ${unit}` : name;
    }
    case 'legalRef': {
      const head = str(f.id) ?? str(f.lawName) ?? f.text;
      const rest = [str(f.type), str(f.issuer), str(f.date) ? i18n.date(str(f.date)) : null].filter(Boolean).join(', ');
      return rest ? `${head} (${rest})` : head;
    }
    case 'date': {
      const v = f.value;
      if (typeof v === 'string') return i18n.date(v);
      if (v && typeof v === 'object' && 'start' in v && 'end' in v) return `${i18n.date(String(v.start))} – ${i18n.date(String(v.end))}`;
      return f.text;
    }
    case 'quantity': {
      const value = typeof f.value === 'number' ? f.value : Number(f.value);
      if (!Number.isFinite(value)) return f.text;
      const stance = f.stance === 'target' ? ` (${i18n.t('prog.stance.target')})` : '';
      return formatValue(i18n, value, str(f.unit), f.qualifier as Qualifier, typeof f.valueMax === 'number' ? f.valueMax : null) + stance;
    }
    default:
      return f.text;
  }
}
