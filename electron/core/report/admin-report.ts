import os from 'node:os';
import type { Lang } from '../../../shared/model/localized';
import { questionsFor } from '../../../shared/findings/admin-questions';
import { targetLine, type ContractReport } from './contract-json';

export type ReportFormat = 'md' | 'html';

const L = {
  es: {
    title: 'Informe de diagnóstico de Siscom Doctor',
    generated: 'Generado',
    from: 'Equipo de origen',
    target: 'Destino',
    verdict: 'Resultado',
    verdicts: { pass: 'Todo correcto', warn: 'Funciona, con avisos', fail: 'Hay problemas que impiden la conexión' },
    findings: 'Hallazgos',
    none: 'Ningún problema encontrado.',
    fixes: 'Qué hacer',
    command: 'Para comprobarlo a mano',
    steps: 'Comprobaciones',
    step: 'Paso',
    status: 'Estado',
    time: 'Tiempo',
    summary: 'Resumen',
    evidence: 'Evidencia',
    questions: 'Preguntas para el administrador del broker',
    relevant: 'relevante para estos hallazgos',
    footer: 'Las contraseñas nunca se incluyen en este informe (se muestran como ***).',
  },
  en: {
    title: 'Siscom Doctor diagnostic report',
    generated: 'Generated',
    from: 'Source machine',
    target: 'Target',
    verdict: 'Verdict',
    verdicts: { pass: 'All good', warn: 'Works, with warnings', fail: 'There are problems that stop the connection' },
    findings: 'Findings',
    none: 'No problem found.',
    fixes: 'What to do',
    command: 'To check it by hand',
    steps: 'Checks',
    step: 'Step',
    status: 'Status',
    time: 'Time',
    summary: 'Summary',
    evidence: 'Evidence',
    questions: 'Questions for the broker administrator',
    relevant: 'relevant to these findings',
    footer: 'Passwords are never included in this report (they show as ***).',
  },
} as const;

/** A report an administrator can act on: verdict, findings with fixes, evidence, and the questions to answer. */
export function renderAdminReport(report: ContractReport, lang: Lang, format: ReportFormat, host = os.hostname()): string {
  return format === 'md' ? markdown(report, lang, host) : html(report, lang, host);
}

function markdown(report: ContractReport, lang: Lang, host: string): string {
  const l = L[lang];
  const out: string[] = [`# ${l.title}`, '', `- ${l.generated}: ${report.startedAt} (siscom-doctor ${report.version})`, `- ${l.from}: ${host}`, `- ${l.target}: ${targetLine(report)}`, `- **${l.verdict}: ${l.verdicts[report.verdict]}**`, '', `## ${l.findings}`, ''];
  if (report.findings.length === 0) out.push(l.none, '');
  for (const f of report.findings) {
    out.push(`### [${f.severity}] ${f.title} (\`${f.id}\`)`, '', f.explanation, '');
    if (f.fixes.length) out.push(`**${l.fixes}:**`, '', ...f.fixes.map((x) => `- ${x}`), '');
    if (f.command) out.push(`${l.command}: \`${f.command}\``, '');
  }
  out.push(`## ${l.steps}`, '', `| ${l.step} | ${l.status} | ${l.time} | ${l.summary} |`, '| --- | --- | --- | --- |');
  for (const s of report.steps) out.push(`| ${s.id} | ${s.status} | ${Math.round(s.durationMs)} ms | ${s.summary.replace(/\|/g, '\\|')} |`);
  out.push('', `## ${l.questions}`, '');
  questionsFor(report.findings.map((f) => f.id)).forEach((q, i) => {
    out.push(`${i + 1}. **${q.question[lang]}**${q.relevant ? ` _(${l.relevant})_` : ''}  `, `   ${q.why[lang]}`);
  });
  out.push('', `## ${l.evidence}`, '');
  for (const s of report.steps) {
    if (Object.keys(s.evidence).length === 0) continue;
    out.push(`### ${s.id}`, '', '```json', JSON.stringify(s.evidence, null, 2), '```', '');
    if (s.command) out.push(`\`${s.command}\``, '');
  }
  out.push('---', l.footer, '');
  return out.join('\n');
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function html(report: ContractReport, lang: Lang, host: string): string {
  const l = L[lang];
  const findings = report.findings.length
    ? report.findings
        .map(
          (f) => `<section class="finding ${esc(f.severity)}"><h3>${esc(f.title)} <code>${esc(f.id)}</code></h3><p>${esc(f.explanation)}</p>${
            f.fixes.length ? `<p><strong>${esc(l.fixes)}:</strong></p><ul>${f.fixes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''
          }${f.command ? `<p>${esc(l.command)}: <code>${esc(f.command)}</code></p>` : ''}</section>`,
        )
        .join('\n')
    : `<p>${esc(l.none)}</p>`;
  const steps = report.steps
    .map((s) => `<tr class="${esc(s.status)}"><td>${esc(s.id)}</td><td>${esc(s.status)}</td><td>${Math.round(s.durationMs)} ms</td><td>${esc(s.summary)}</td></tr>`)
    .join('\n');
  const questions = questionsFor(report.findings.map((f) => f.id))
    .map((q) => `<li${q.relevant ? ' class="relevant"' : ''}><strong>${esc(q.question[lang])}</strong>${q.relevant ? ` <em>(${esc(l.relevant)})</em>` : ''}<br>${esc(q.why[lang])}</li>`)
    .join('\n');
  const evidence = report.steps
    .filter((s) => Object.keys(s.evidence).length > 0)
    .map((s) => `<h3>${esc(s.id)}</h3><pre>${esc(JSON.stringify(s.evidence, null, 2))}</pre>${s.command ? `<p><code>${esc(s.command)}</code></p>` : ''}`)
    .join('\n');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${esc(l.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#1d2330}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d9dde5;padding:6px 8px;text-align:left}.finding{border-left:4px solid #0969da;padding:4px 12px;margin:12px 0;background:#f6f8fa}.finding.error{border-color:#cf222e}.finding.warning{border-color:#9a6700}tr.fail td:nth-child(2){color:#cf222e}tr.pass td:nth-child(2){color:#1a7f37}pre{background:#f3f4f6;padding:8px;overflow:auto}.verdict-${esc(report.verdict)}{font-weight:bold}li.relevant{background:#fff8c5}</style></head>
<body><h1>${esc(l.title)}</h1>
<ul><li>${esc(l.generated)}: ${esc(report.startedAt)} (siscom-doctor ${esc(report.version)})</li><li>${esc(l.from)}: ${esc(host)}</li><li>${esc(l.target)}: ${esc(targetLine(report))}</li><li class="verdict-${esc(report.verdict)}">${esc(l.verdict)}: ${esc(l.verdicts[report.verdict])}</li></ul>
<h2>${esc(l.findings)}</h2>
${findings}
<h2>${esc(l.steps)}</h2>
<table><thead><tr><th>${esc(l.step)}</th><th>${esc(l.status)}</th><th>${esc(l.time)}</th><th>${esc(l.summary)}</th></tr></thead><tbody>
${steps}
</tbody></table>
<h2>${esc(l.questions)}</h2>
<ol>${questions}</ol>
<h2>${esc(l.evidence)}</h2>
${evidence}
<hr><p>${esc(l.footer)}</p>
</body></html>
`;
}
