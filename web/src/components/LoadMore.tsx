import { useI18n } from '../i18n.ts';

/** "Load more" for cursor-paged lists. */
export function LoadMore({ onClick, loading }: { onClick: () => void; loading: boolean }) {
  const { t } = useI18n();
  return (
    <div class="load-more">
      <button type="button" class="btn" onClick={onClick} disabled={loading} aria-busy={loading}>
        {loading ? t('common.loading') : t('common.loadMore')}
      </button>
    </div>
  );
}
