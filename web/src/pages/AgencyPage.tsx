// Một cơ quan: the indicators it monitors and its targets, its own figures, its tasks with the
// Government's two headline measures (due tasks done, tasks overdue), the news naming it and people.
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorBox, Loading } from '../components/Feedback.tsx';
import { PlaceFigures, PlaceNews, PlaceTargets, PlaceTasks } from '../components/PlaceSections.tsx';
import { useI18n } from '../i18n.ts';
import { searchHref } from '../search-params.ts';
import type { AgencyPageData } from '../types.ts';
import { useApi } from '../use-api.ts';
import { useTitle } from '../use-title.ts';

export function AgencyPage({ id }: { id?: string }) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const { data, error, loading, reload } = useApi<AgencyPageData>(id ? `/agencies/${encodeURIComponent(id)}` : null);
  const agencyName = data ? (lang === 'en' && data.agency.en ? data.agency.en : data.agency.name) : '';
  useTitle(agencyName || t('tasks.scorecards'));
  // A province is an agency for tasks, but has a page of its own.
  useEffect(() => {
    if (data?.agency.isProvince) route(`/provinces/${encodeURIComponent(data.agency.id)}`, true);
  }, [data]);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (!data) return null;
  return (
    <section class="place-page" data-testid="agency-page" data-agency-id={data.agency.id}>
      <p class="breadcrumb">
        <a href="/tasks">{t('tasks.title')}</a> / {agencyName}
      </p>
      <div class="page-head">
        <h1>{agencyName}</h1>
      </div>
      <div class="two-col">
        <div class="stack">
          <PlaceTasks tasks={data.tasks} scorecard={data.scorecard} reload={reload} />
          <PlaceTargets targets={data.targets} />
          <PlaceFigures figures={data.figures} count={data.figureCount} />
        </div>
        <aside class="side">
          <PlaceNews news={data.news} people={data.people} searchHref={searchHref({ org: data.agency.name })} />
        </aside>
      </div>
    </section>
  );
}
