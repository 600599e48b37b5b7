// The page header: brand, main navigation, the current user with logout, and the language switch.
// Below 800 px the navigation folds behind a Menu button (aria-expanded tells screen readers).
import { useLocation } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { canReview, useSession } from '../auth.tsx';
import type { User } from '../types.ts';
import { useI18n } from '../i18n.ts';
import type { MessageKey } from '../messages.ts';

interface NavItem {
  page: string;
  href: string;
  label: MessageKey;
  /** Other paths that belong to the same section. */
  prefix: string[];
  /** Shown only to these users (the default: everyone). */
  show?: (user: User | null) => boolean;
}

const NAV: NavItem[] = [
  { page: 'overview', href: '/', label: 'nav.overview', prefix: [] },
  { page: 'search', href: '/search', label: 'nav.search', prefix: ['/search', '/documents'] },
  { page: 'entities', href: '/entities', label: 'nav.entities', prefix: ['/entities'] },
  { page: 'programme', href: '/programme', label: 'nav.programme', prefix: ['/programme'] },
  { page: 'tasks', href: '/tasks', label: 'nav.tasks', prefix: ['/tasks', '/agencies'] },
  { page: 'provinces', href: '/provinces', label: 'nav.provinces', prefix: ['/provinces'] },
  { page: 'review', href: '/review', label: 'nav.review', prefix: ['/review'] },
  { page: 'submissions', href: '/submissions', label: 'nav.submissions', prefix: ['/submissions'], show: canReview },
  { page: 'audit', href: '/audit', label: 'nav.audit', prefix: ['/audit'] },
  { page: 'attention', href: '/attention', label: 'nav.attention', prefix: ['/attention'] },
  { page: 'alerts', href: '/alerts', label: 'nav.alerts', prefix: ['/alerts'] },
  { page: 'sources', href: '/sources', label: 'nav.sources', prefix: ['/sources'] },
  { page: 'upload', href: '/upload', label: 'nav.upload', prefix: ['/upload'] },
];

function isActive(item: NavItem, path: string): boolean {
  if (item.href === '/' && path === '/') return true;
  return item.prefix.some((p) => path === p || path.startsWith(`${p}/`));
}

/** In the folded (mobile) menu: who is logged in, since the header bar has no room for it. */
function MenuUser() {
  const { user } = useSession();
  const { t } = useI18n();
  if (!user) return null;
  return (
    <li class="menu-user">
      {t('auth.loggedInAs', { user: user.username, role: t(`auth.role.${user.role}`) })}
    </li>
  );
}

function UserBox() {
  const { user, logout } = useSession();
  const { t } = useI18n();
  const { url, path } = useLocation();
  if (!user) {
    // Come back to the page the reader was on after logging in.
    const next = path === '/login' ? '' : `?next=${encodeURIComponent(url)}`;
    return (
      <a class="btn btn-small btn-light" href={`/login${next}`} data-testid="nav-login">
        {t('nav.login')}
      </a>
    );
  }
  return (
    <div class="user-box">
      <span class="user-name" data-testid="current-user">
        {user.username} <span class="role">{t(`auth.role.${user.role}`)}</span>
      </span>
      <button type="button" class="btn btn-small btn-light" onClick={() => void logout()} data-testid="logout">
        {t('auth.logout')}
      </button>
    </div>
  );
}

export function Header() {
  const { t, lang, setLang } = useI18n();
  const { path } = useLocation();
  const { user } = useSession();
  const [open, setOpen] = useState(false);

  // Close the folded menu after navigating.
  useEffect(() => setOpen(false), [path]);

  return (
    <header class="site-header">
      <div class="header-bar">
        <a class="brand" href="/" aria-label={`${t('app.name')} — ${t('app.tagline')}`}>
          <span class="brand-mark" aria-hidden="true">
            57
          </span>
          <span class="brand-text">
            <span class="brand-name">{t('app.name')}</span>
            <span class="brand-tagline">{t('app.tagline')}</span>
          </span>
        </a>
        <div class="header-tools">
          <button
            type="button"
            class="btn btn-small btn-light"
            lang={lang === 'vi' ? 'en' : 'vi'}
            aria-label={t('lang.switchLabel')}
            data-testid="lang-switch"
            onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
          >
            <span class="long-label">{t('lang.switch')}</span>
            <span class="short-label" aria-hidden="true">
              {lang === 'vi' ? 'EN' : 'VI'}
            </span>
          </button>
          <UserBox />
          <button
            type="button"
            class="btn btn-small btn-light menu-toggle"
            aria-expanded={open}
            aria-controls="main-nav"
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">☰</span>
            <span class="visually-hidden">{t('app.menu')}</span>
          </button>
        </div>
      </div>
      <nav id="main-nav" class={`main-nav${open ? ' open' : ''}`} aria-label={t('nav.main')}>
        <ul>
          {NAV.filter((item) => !item.show || item.show(user)).map((item) => {
            const active = isActive(item, path);
            return (
              <li key={item.page}>
                <a href={item.href} data-testid={`nav-${item.page}`} aria-current={active ? 'page' : undefined} class={active ? 'active' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            );
          })}
          <MenuUser />
        </ul>
      </nav>
    </header>
  );
}
