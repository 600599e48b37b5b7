// The programme's status: every target of a pack assessed against observations, the targets
// documents state that the pack does not hold, and conflicting figures.
import type { Pack } from '../programme/schema.ts';
import { assessTarget, type TargetAssessment } from './status.ts';
import { findConflicts, type Conflict } from './conflicts.ts';
import type { Observation } from './observation.ts';

export interface ProgrammeStatus {
  programme: string;
  today: string;
  targets: TargetAssessment[];
  /**
   * Targets stated in documents or pack rows (stance target) that the pack's target list does not
   * hold, such as a province's own goal: shown beside the programme's targets, not assessed.
   */
  statedTargets: Observation[];
  conflicts: Conflict[];
}

/** A stated target repeats a pack target when indicator, scope and figure are the same. */
function isPackTarget(pack: Pack, o: Observation): boolean {
  return pack.targets.some((t) => t.indicator === o.indicator && t.scope === o.scope && t.value === o.value);
}

/** Every target of the pack assessed against the stored observations. */
export function programmeStatus(pack: Pack, observations: readonly Observation[], today: string): ProgrammeStatus {
  const indicators = new Map(pack.indicators.map((i) => [i.id, i]));
  return {
    programme: pack.programme.id,
    today,
    targets: pack.targets.map((t) => assessTarget(t, t.indicator ? indicators.get(t.indicator) : undefined, observations, today)),
    statedTargets: observations.filter((o) => o.stance === 'target' && !isPackTarget(pack, o)),
    conflicts: findConflicts(observations),
  };
}
