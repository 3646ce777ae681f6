import { Trans } from '@lingui/react/macro';
import type { RecordType, SearchResponse } from '@sfsearch/contracts';

/**
 * What the person should know about the answer beyond the results: record types their
 * Salesforce profile cannot read (not an error: the rest was searched), and, after a one-word
 * search that came back short, that Salesforce may have left out some of their records.
 */
export function SearchNotes({ data, types }: { data: SearchResponse; types: readonly RecordType[] }) {
  const notices = data.notices.filter((notice) => types.includes(notice.type));
  if (notices.length === 0 && !data.crowded) return null;
  return (
    <ul className="search-notes">
      {notices.map((notice) => (
        <li key={notice.type} className="search-note">{notice.message}</li>
      ))}
      {data.crowded ? (
        <li className="search-note search-tip">
          <Trans>
            Not finding a record? Add another word: Salesforce looks only at its most relevant matches of each type before it applies your access.
          </Trans>
        </li>
      ) : null}
    </ul>
  );
}
