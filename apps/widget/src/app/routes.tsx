// The route switch: the admin page at its Control Panel path, the search everywhere else. The
// admin page is loaded on demand, so employees never download it.
import { useLingui } from '@lingui/react/macro';
import type { Me } from '@sfsearch/contracts';
import { lazy, Suspense } from 'react';
import { Spinner } from '../components/ui/spinner.tsx';
import { paths } from '../lib/paths.ts';
import { SearchPage } from './routes/search-page.tsx';

const AdminPage = lazy(() => import('./routes/admin-page.tsx').then((module) => ({ default: module.AdminPage })));

export function AppRoutes({ me, pathname }: { me: Me; pathname: string }) {
  const { t } = useLingui();
  if (pathname === paths.adminSalesforce) {
    return (
      <Suspense fallback={<main className="page"><Spinner label={t`Loading…`} /></main>}>
        <AdminPage me={me} />
      </Suspense>
    );
  }
  return <SearchPage me={me} />;
}
