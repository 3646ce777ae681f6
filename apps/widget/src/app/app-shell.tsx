// Signed in to the intranet? Then the header and the page for the current path.
import { Trans, useLingui } from '@lingui/react/macro';
import { Notice } from '../components/ui/notice.tsx';
import { Spinner } from '../components/ui/spinner.tsx';
import { isApiError } from '../lib/api-client.ts';
import { useMe } from '../lib/auth.ts';
import { usePathname } from '../lib/navigation.ts';
import { AppHeader } from './app-header.tsx';
import { AppRoutes } from './routes.tsx';
import { SignInPrompt } from './sign-in-prompt.tsx';

export function AppShell() {
  const { t } = useLingui();
  const me = useMe();
  const pathname = usePathname();

  let content;
  if (isApiError(me.error, 'not-signed-in')) {
    content = <SignInPrompt />;
  } else if (me.data) {
    content = (
      <>
        <AppHeader me={me.data} pathname={pathname} />
        <AppRoutes me={me.data} pathname={pathname} />
      </>
    );
  } else if (me.isError) {
    content = (
      <main className="page">
        <Notice
          tone="error"
          title={t`Salesforce search can't start`}
          actions={<button type="button" className="button" onClick={() => void me.refetch()}><Trans>Try again</Trans></button>}
        >
          <p>{me.error.message}</p>
        </Notice>
      </main>
    );
  } else {
    content = (
      <main className="page">
        <Spinner label={t`Loading…`} />
      </main>
    );
  }
  return <div className="app">{content}</div>;
}
