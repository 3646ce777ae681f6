import { Trans, useLingui } from '@lingui/react/macro';
import type { Me } from '@sfsearch/contracts';
import { Link } from '../../components/ui/link.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../lib/paths.ts';
import { SalesforceSettings } from '../../features/admin/components/salesforce-settings.tsx';

export function AdminPage({ me }: { me: Me }) {
  const { t } = useLingui();
  return (
    <main className="page page-admin">
      <nav aria-label={t`Breadcrumb`} className="breadcrumb">
        <ol>
          <li>
            <Trans>Control Panel</Trans>
          </li>
          <li>
            <Trans>Marketplace</Trans>
          </li>
          <li aria-current="page">
            <Trans>Salesforce</Trans>
          </li>
        </ol>
      </nav>
      <PageHeading>
        <Trans>Salesforce</Trans>
      </PageHeading>
      {me.user.isAdmin ? (
        <>
          <p className="lead">
            <Trans>Connect the intranet to your company's Salesforce org. Employees then search it under their own Salesforce account.</Trans>
          </p>
          <SalesforceSettings />
        </>
      ) : (
        <Notice tone="error" title={t`Only intranet administrators can change the Salesforce connection`} live={false}>
          <p>
            <Link to={paths.search}>
              <Trans>Go to Salesforce search</Trans>
            </Link>
          </p>
        </Notice>
      )}
    </main>
  );
}
