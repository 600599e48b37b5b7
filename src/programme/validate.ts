// Checks between the files of a pack, after each passed its own schema: every id a row refers to
// must exist (indicators, agencies, provinces, pillars), and ids must be unique within a section.
import type { Pack } from './schema.ts';
import type { PackProblem } from './problems.ts';

const FILE_OF: Record<string, string> = {
  programme: 'programme.yaml',
  indicators: 'indicators.yaml',
  targets: 'targets.yaml',
  documents: 'documents.yaml',
  agencies: 'agencies.yaml',
  provinces: 'provinces.yaml',
  observations: 'observations.yaml',
  tasks: 'tasks.yaml',
};

export function crossReferenceProblems(pack: Pack): Omit<PackProblem, 'line'>[] {
  const problems: Omit<PackProblem, 'line'>[] = [];
  const add = (section: string, path: string, message: string) =>
    problems.push({ file: FILE_OF[section] ?? section, path, message });

  const unique = (section: string, ids: readonly string[]) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) add(section, `${section}[${i}].id`, `duplicate id "${id}"`);
      seen.add(id);
    });
  };
  unique('indicators', pack.indicators.map((x) => x.id));
  unique('targets', pack.targets.map((x) => x.id));
  unique('documents', pack.documents.map((x) => x.id));
  unique('agencies', pack.agencies.map((x) => x.id));
  unique('provinces', pack.provinces.map((x) => x.id));
  unique('tasks', pack.tasks.map((x) => x.id));

  const indicators = new Set(pack.indicators.map((x) => x.id));
  const pillars = new Set(pack.programme.pillars.map((p) => p.id));
  const agencies = new Set([...pack.agencies, ...pack.provinces].map((a) => a.id));
  const provinceNames = new Set(pack.provinces.map((p) => p.name));

  const checkScope = (section: string, path: string, scope: string) => {
    const [kind, ...rest] = scope.split(':');
    const value = rest.join(':');
    if (kind === 'agency' && !agencies.has(value)) add(section, path, `unknown agency "${value}" (not in agencies.yaml or provinces.yaml)`);
    if (kind === 'province' && provinceNames.size > 0 && !provinceNames.has(value)) {
      add(section, path, `unknown province "${value}" (not a name in provinces.yaml)`);
    }
  };

  pack.indicators.forEach((x, i) => {
    if (x.pillar && !pillars.has(x.pillar)) add('indicators', `indicators[${i}].pillar`, `unknown pillar "${x.pillar}"`);
    if (x.owner && !agencies.has(x.owner.agency)) add('indicators', `indicators[${i}].owner.agency`, `unknown agency "${x.owner.agency}" (not in agencies.yaml or provinces.yaml)`);
    if (x.aggregation === 'sum' && x.unit.startsWith('%')) {
      add('indicators', `indicators[${i}].aggregation`, `a share (${x.unit}) cannot be summed over provinces: use mean or none`);
    }
  });
  pack.targets.forEach((t, i) => {
    if (t.indicator && !indicators.has(t.indicator)) add('targets', `targets[${i}].indicator`, `unknown indicator "${t.indicator}"`);
    checkScope('targets', `targets[${i}].scope`, t.scope);
  });
  pack.observations.forEach((o, i) => {
    if (!indicators.has(o.indicator)) add('observations', `observations[${i}].indicator`, `unknown indicator "${o.indicator}"`);
    checkScope('observations', `observations[${i}].scope`, o.scope);
    if (o.valueMax !== undefined && o.valueMax < o.value) add('observations', `observations[${i}].valueMax`, 'valueMax is below value');
  });
  for (const section of ['agencies', 'provinces'] as const) {
    pack[section].forEach((a, i) => {
      if (a.mergedInto && !agencies.has(a.mergedInto.agency)) add(section, `${section}[${i}].mergedInto.agency`, `unknown agency "${a.mergedInto.agency}"`);
      a.mergedFrom?.forEach((m, j) => {
        if (!agencies.has(m)) add(section, `${section}[${i}].mergedFrom[${j}]`, `unknown agency "${m}"`);
      });
    });
  }
  pack.tasks.forEach((t, i) => {
    if (!agencies.has(t.agency)) add('tasks', `tasks[${i}].agency`, `unknown agency "${t.agency}"`);
    t.coAgencies.forEach((c, j) => {
      if (!agencies.has(c)) add('tasks', `tasks[${i}].coAgencies[${j}]`, `unknown agency "${c}"`);
    });
  });
  return problems;
}
