import type { Me } from '@sfsearch/contracts';
import { Link } from '../../components/ui/link.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { PageHeading } from '../../components/ui/page-heading.tsx';
import { paths } from '../../lib/paths.ts';
import { SalesforceSettings } from '../../features/admin/components/salesforce-settings.tsx';

export function AdminPage({ me }: { me: Me }) {
  return (
    <main className="page page-admin">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>Control Panel</li>
          <li>Marketplace</li>
          <li aria-current="page">Salesforce</li>
        </ol>
      </nav>
      <PageHeading>Salesforce</PageHeading>
      {me.user.isAdmin ? (
        <>
          <p className="lead">Connect the intranet to your company's Salesforce org. Employees then search it under their own Salesforce account.</p>
          <SalesforceSettings />
        </>
      ) : (
        <Notice tone="error" title="Only intranet administrators can change the Salesforce connection" live={false}>
          <p>
            <Link to={paths.search}>Go to Salesforce search</Link>
          </p>
        </Notice>
      )}
    </main>
  );
}
