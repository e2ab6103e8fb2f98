import { forwardRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_STATSD_PORT, dockerRunCommand, envLines, TELEGRAF_CONFIG_FILE, telegrafConfig, type StatsdSetup } from '../../../shared/statsd/generators';
import { useStatsdStore } from './statsd-store';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Clipboard refused (no permission or focus): fall back to a selection copy below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = typeof document.execCommand === 'function' && document.execCommand('copy');
  area.remove();
  return ok;
}

/** Saves through the browser's download (Electron asks where, with its own save dialog). */
function saveText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Snippet({ id, title, text, fileName }: { id: string; title: string; text: string; fileName: string }): JSX.Element {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="snippet" data-snippet={id}>
      <div className="snippet-head">
        <h4>{title}</h4>
        <button type="button" onClick={() => void copyText(text).then((ok) => setCopied(ok))}>
          {copied ? t('gen.copied') : t('gen.copy')}
        </button>
        <button type="button" onClick={() => saveText(text, fileName)}>
          {t('gen.save')}
        </button>
      </div>
      <pre>
        <code>{text}</code>
      </pre>
    </div>
  );
}

/** The receiver's setup, from the same settings as the wizard: Telegraf config, docker run, .env lines. */
export const Generators = forwardRef<HTMLElement>(function Generators(_props, ref): JSX.Element {
  const { t } = useTranslation();
  const settings = useStatsdStore((s) => s.settings);
  const highlighted = useStatsdStore((s) => s.showSetup);
  const portText = settings.port.trim();
  const validPort = /^\d{1,5}$/.test(portText) && Number(portText) >= 1 && Number(portText) <= 65535;
  const setup: StatsdSetup = {
    host: settings.host.trim() || 'localhost',
    port: validPort ? Number(portText) : DEFAULT_STATSD_PORT,
    ...(settings.prefix.trim() ? { prefix: settings.prefix.trim().replace(/\.$/, '') } : {}),
  };
  return (
    <section ref={ref} className={`generators${highlighted ? ' highlighted' : ''}`} aria-label={t('gen.title')}>
      <h3>{t('gen.title')}</h3>
      <p className="intro">{t('gen.intro')}</p>
      {!validPort ? <p className="warn">{t('gen.portWarning', { port: DEFAULT_STATSD_PORT })}</p> : null}
      <Snippet id="telegraf" title={t('gen.telegraf', { file: TELEGRAF_CONFIG_FILE })} text={telegrafConfig(setup)} fileName={TELEGRAF_CONFIG_FILE} />
      <Snippet id="docker" title={t('gen.docker')} text={dockerRunCommand(setup)} fileName="run-telegraf.sh" />
      <Snippet id="env" title={t('gen.env')} text={envLines(setup)} fileName="statsd.env" />
    </section>
  );
});
