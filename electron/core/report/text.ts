import type { Lang } from '../../../shared/model/localized';
import { targetLine, type ContractReport } from './contract-json';

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan' | 'gray';
const ANSI: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
  gray: [90, 39],
};

const LABELS = {
  es: { target: 'Destino', steps: 'Comprobaciones', findings: 'Hallazgos', none: 'Sin hallazgos.', fixes: 'Qué hacer', command: 'Para verlo a mano', kb: 'Códigos relacionados (siscom-doctor decode)', verdict: 'Resultado', pass: 'TODO BIEN', warn: 'CON AVISOS', fail: 'CON ERRORES' },
  en: { target: 'Target', steps: 'Checks', findings: 'Findings', none: 'No findings.', fixes: 'What to do', command: 'To see it by hand', kb: 'Related codes (siscom-doctor decode)', verdict: 'Verdict', pass: 'ALL GOOD', warn: 'WITH WARNINGS', fail: 'WITH ERRORS' },
} as const;

const STATUS_MARK: Record<string, [string, Style]> = {
  pass: ['✔', 'green'],
  warn: ['!', 'yellow'],
  fail: ['✖', 'red'],
  skip: ['–', 'gray'],
};
const SEVERITY_STYLE: Record<string, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** The report for a person at a terminal; colour only where asked (a TTY). */
export function renderTextReport(report: ContractReport, lang: Lang, colour: boolean): string {
  const paint = (style: Style, text: string): string => (colour ? `\x1b[${ANSI[style][0]}m${text}\x1b[${ANSI[style][1]}m` : text);
  const l = LABELS[lang];
  const lines: string[] = [];
  lines.push(paint('bold', `siscom-doctor ${report.version}`) + paint('dim', `  ${report.startedAt}`));
  lines.push(`${l.target}: ${targetLine(report, '  ')}`, '', paint('bold', l.steps));
  for (const step of report.steps) {
    const [mark, style] = STATUS_MARK[step.status] ?? ['?', 'gray'];
    lines.push(`  ${paint(style, mark)} ${step.id.padEnd(16)} ${step.summary} ${paint('dim', `${Math.round(step.durationMs)} ms`)}`);
    // The listen window's sample, as `mosquitto_sub -v` prints it: topic, then payload.
    const samples = Array.isArray(step.evidence.samples) ? (step.evidence.samples as Array<{ topic?: unknown; text?: unknown }>) : [];
    for (const sample of samples.slice(0, 3)) {
      const text = String(sample.text ?? '');
      const lines5 = text.split('\n');
      lines.push(`      ${paint('cyan', String(sample.topic ?? ''))} ${lines5.slice(0, 12).join('\n      ')}${lines5.length > 12 ? '\n      …' : ''}`);
    }
  }
  lines.push('', paint('bold', l.findings));
  if (report.findings.length === 0) lines.push(`  ${l.none}`);
  for (const f of report.findings) {
    lines.push(`  ${paint(SEVERITY_STYLE[f.severity] ?? 'bold', `[${f.severity}]`)} ${paint('bold', f.title)} ${paint('dim', `(${f.id})`)}`);
    lines.push(`      ${f.explanation}`);
    if (f.fixes.length > 0) {
      lines.push(`      ${l.fixes}:`);
      for (const fix of f.fixes) lines.push(`        - ${fix}`);
    }
    if (f.command) lines.push(`      ${l.command}: ${paint('cyan', f.command)}`);
    if (f.kb) lines.push(`      ${l.kb}: ${f.kb.join(', ')}`);
  }
  const verdictStyle: Style = report.verdict === 'pass' ? 'green' : report.verdict === 'warn' ? 'yellow' : 'red';
  lines.push('', `${l.verdict}: ${paint(verdictStyle, paint('bold', l[report.verdict]))} ${paint('dim', `(${Math.round(report.durationMs)} ms)`)}`);
  return lines.join('\n') + '\n';
}
