// Pages that need a role say so here instead of showing a failed request: anonymous users are sent
// to the login form, logged-in users without the role get an explanation.
import type { ComponentChildren } from 'preact';
import { useSession } from '../auth.tsx';
import { useI18n } from '../i18n.ts';
import type { User } from '../types.ts';
import { Loading } from './Feedback.tsx';

export function Guard({ allow, children }: { allow: (u: User | null) => boolean; children: ComponentChildren }) {
  const { me, user } = useSession();
  const { t } = useI18n();
  if (!me) return <Loading />;
  if (allow(user)) return <>{children}</>;
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return (
      <div class="notice notice-info">
        <p>{t('auth.needLogin')}</p>
        <a class="btn btn-primary" href={`/login?next=${next}`}>
          {t('auth.goLogin')}
        </a>
      </div>
    );
  }
  return <p class="notice notice-warning">{t('auth.notAllowed')}</p>;
}
