import { useDeferredValue, useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { decode } from '../../../shared/decoder';
import { CODE_SOURCES, type CodeSource } from '../../../shared/kb';
import type { Lang } from '../../../shared/model/localized';
import { useDecoderStore } from './decoder-store';
import { KbEntryCard } from './KbEntryCard';
import './decoder.css';

const EXAMPLES = [
  '7',
  '0x8E',
  'aio_statsd.client - ERROR - status:False error: [Errno 111] Connection refused',
  'Connection error: Connection Refused: not authorised.',
  '1733300000: Client siscom-api-1 already connected, closing old connection.',
];

/**
 * The decoder runs right here: it is pure shared code over static data, with no system access
 * and no secrets, so it answers as the person types without a trip through the core.
 */
export function DecoderScreen(): JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { input, source, setInput, setSource } = useDecoderStore();
  const deferred = useDeferredValue(input);
  const result = useMemo(() => (deferred.trim() === '' ? undefined : decode(deferred, source || undefined)), [deferred, source]);

  return (
    <section className="decoder">
      <h2>{t('decoder.title')}</h2>
      <p className="intro">{t('decoder.intro')}</p>
      <div className="target-form">
        <label>
          <span>{t('decoder.input')}</span>
          <textarea name="decoderInput" rows={4} value={input} onChange={(e) => setInput(e.target.value)} spellCheck={false} autoComplete="off" />
        </label>
        <div className="row">
          <label>
            <span>{t('decoder.source')}</span>
            <select name="decoderSource" value={source} onChange={(e) => setSource(e.target.value as CodeSource | '')}>
              <option value="">{t('decoder.source.any')}</option>
              {CODE_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>
          <div className="decoder-examples">
            <span>{t('decoder.examples')}</span>
            <div>
              {EXAMPLES.map((example) => (
                <button key={example} type="button" className="example" onClick={() => setInput(example)} title={example}>
                  {example.length > 28 ? `${example.slice(0, 26)}…` : example}
                </button>
              ))}
              <button type="button" onClick={() => setInput('')}>
                {t('decoder.clear')}
              </button>
            </div>
          </div>
        </div>
      </div>
      {result ? (
        <div className="results" aria-live="polite" data-decoded={result.kind}>
          {result.kind === 'code' ? (
            <>
              {result.matches.length > 0 ? <h3>{t('decoder.matches')}</h3> : null}
              {result.matches.map((entry) => (
                <KbEntryCard key={entry.id} entry={entry} />
              ))}
              {result.absent.length > 0 ? (
                <section className="kb-absent">
                  <h3>{t('decoder.absent')}</h3>
                  <ul>
                    {result.absent.map((a) => (
                      <li key={a.source} data-absent={a.source}>
                        {a.note[lang]}
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {result.matches.length === 0 && result.absent.length === 0 ? <p className="none">{t('decoder.none')}</p> : null}
            </>
          ) : (
            <>
              {result.hits.length > 0 ? <h3>{t('decoder.hits')}</h3> : <p className="none">{t('decoder.none')}</p>}
              {result.hits.map((hit) => (
                <KbEntryCard key={hit.entry.id} entry={hit.entry}>
                  <p className="kb-where">
                    {t('decoder.where', { line: hit.line })}
                    {hit.count > 1 ? ` · ${t('decoder.times', { count: hit.count })}` : ''}
                    {hit.clientId ? ` · ${t('decoder.client', { clientId: hit.clientId })}` : ''} · <code>{hit.match}</code>
                  </p>
                  {hit.hint ? <p className="kb-hint">{hit.hint[lang]}</p> : null}
                </KbEntryCard>
              ))}
              {result.truncated ? <p className="none">{t('decoder.truncated')}</p> : null}
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
