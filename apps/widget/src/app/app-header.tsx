import type { Me } from '@sfsearch/contracts';
import { Link } from '../components/ui/link.tsx';
import { paths } from '../lib/paths.ts';

export function AppHeader({ me, pathname }: { me: Me; pathname: string }) {
  const onAdminPage = pathname === paths.adminSalesforce;
  return (
    <header className="app-header">
      <Link to={paths.search} className="brand" aria-current={onAdminPage ? undefined : 'page'}>
        <span className="brand-mark" aria-hidden="true" />
        Salesforce search
      </Link>
      {me.user.isAdmin ? (
        <nav aria-label="Administration">
          <Link to={paths.adminSalesforce} className="header-link" aria-current={onAdminPage ? 'page' : undefined}>
            Salesforce settings
          </Link>
        </nav>
      ) : null}
    </header>
  );
}
