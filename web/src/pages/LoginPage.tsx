// Đăng nhập: username and password; on success, back to the page that asked (?next=) or home.
import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { useSession } from '../auth.tsx';
import { ErrorBox, Notice } from '../components/Feedback.tsx';
import { useI18n } from '../i18n.ts';
import { useTitle } from '../use-title.ts';

/** Only same-site paths: `?next=https://evil.example` must not become an open redirect. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useI18n();
  const { user, login } = useSession();
  const { query, route } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useTitle(t('auth.loginTitle'));

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      route(safeNext(query.next), true);
    } catch (err) {
      setError(err);
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  // A wrong password is a 401 too; say what it is rather than "this page needs a login".
  const shown = error instanceof ApiError && error.status === 401 ? new Error(t('auth.wrong')) : error;

  return (
    <section class="login">
      <div class="panel">
        <h1>{t('auth.loginTitle')}</h1>
        {user && <Notice>{t('auth.loggedInAs', { user: user.username, role: t(`auth.role.${user.role}`) })}</Notice>}
        <form class="form-grid" onSubmit={onSubmit} data-testid="login-form">
          <div class="field">
            <label for="login-username">{t('auth.username')}</label>
            <input id="login-username" type="text" name="username" autocomplete="username" required value={username} onInput={(e) => setUsername(e.currentTarget.value)} data-testid="login-username" />
          </div>
          <div class="field">
            <label for="login-password">{t('auth.password')}</label>
            <input id="login-password" type="password" name="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} data-testid="login-password" />
          </div>
          <ErrorBox error={shown} />
          <button type="submit" class="btn btn-primary" disabled={busy} data-testid="login-submit">
            {t('auth.submit')}
          </button>
        </form>
      </div>
    </section>
  );
}
