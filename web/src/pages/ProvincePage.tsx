// Một tỉnh, thành phố: the unit's targets, its rank on every indicator with provincial values, its
// figures with their evidence, its tasks and how timely they are, the news naming it and its people.
import { ErrorBox, Loading } from '../components/Feedback.tsx';
import { PlaceFigures, PlaceNews, PlaceRanks, PlaceTargets, PlaceTasks } from '../components/PlaceSections.tsx';
import { useI18n } from '../i18n.ts';
import { searchHref } from '../search-params.ts';
import type { ProvincePageData } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

export function ProvincePage({ id }: { id?: string }) {
  const { t, date } = useI18n();
  const { data, error, loading, reload } = useApi<ProvincePageData>(id ? `/provinces/${encodeURIComponent(id)}` : null);
  useTitle(data?.unit.name ?? t('prov.title'));
  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!data) return null;
  const u = data.unit;
  const merged = u.mergedFrom.filter((f) => f.name !== u.name || u.mergedFrom.length > 1);
  return (
    <section class="place-page" data-testid="province-page" data-province-id={u.id}>
      <p class="breadcrumb">
        <a href="/provinces">{t('prov.title')}</a> / {u.name}
      </p>
      <div class="page-head">
        <h1>{u.name}</h1>
        <p class="muted">
          {u.adminCentre && `${t('prov.adminCentre')}: ${u.adminCentre}. `}
          {merged.length > 0 ? t('place.mergedFrom', { names: merged.map((f) => f.name).join(', '), date: date(merged[0]?.from ?? '2025-07-01') }) : t('place.unchanged')}
        </p>
      </div>
      <div class="two-col">
        <div class="stack">
          <PlaceTargets targets={data.targets} />
          <PlaceRanks ranks={data.ranks} />
          <PlaceFigures figures={data.figures} count={data.figureCount} />
          <PlaceTasks tasks={data.tasks} scorecard={data.scorecard} reload={reload} />
        </div>
        <aside class="side">
          <PlaceNews news={data.news} people={data.people} searchHref={searchHref({ place: u.name })} />
        </aside>
      </div>
    </section>
  );
}
