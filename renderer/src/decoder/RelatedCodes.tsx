import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { kbEntry } from '../../../shared/kb';
import { KbEntryCard } from './KbEntryCard';

/** A finding's knowledge-base entries, folded: the codes behind it, explained where it is shown. */
export function RelatedCodes({ ids }: { ids: readonly string[] }): JSX.Element | null {
  const { t } = useTranslation();
  const entries = ids.map((id) => kbEntry(id)).filter((e) => e !== undefined);
  if (entries.length === 0) return null;
  return (
    <details className="related-codes">
      <summary>
        {t('decoder.related')}: {entries.map((e) => e.id).join(', ')}
      </summary>
      {entries.map((e) => (
        <KbEntryCard key={e.id} entry={e} />
      ))}
    </details>
  );
}
