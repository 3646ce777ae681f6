import { Trans, useLingui } from '@lingui/react/macro';
import type { Me } from '@sfsearch/contracts';
import { Link } from '../components/ui/link.tsx';
import { paths } from '../lib/paths.ts';
import { LanguageSwitch } from './language-switch.tsx';

export function AppHeader({ me, pathname }: { me: Me; pathname: string }) {
  const { t } = useLingui();
  const onAdminPage = pathname === paths.adminSalesforce;
  return (
    <header className="app-header">
      <Link to={paths.search} className="brand" aria-current={onAdminPage ? undefined : 'page'}>
        <span className="brand-mark" aria-hidden="true" />
        <Trans>Salesforce search</Trans>
      </Link>
      <div className="header-end">
        {me.user.isAdmin ? (
          <nav aria-label={t`Administration`}>
            <Link to={paths.adminSalesforce} className="header-link" aria-current={onAdminPage ? 'page' : undefined}>
              <Trans>Salesforce settings</Trans>
            </Link>
          </nav>
        ) : null}
        <LanguageSwitch />
      </div>
    </header>
  );
}
