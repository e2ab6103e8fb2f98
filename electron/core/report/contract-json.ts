import type { DiagnosisReport } from '../../../shared/model/report';
import type { Lang } from '../../../shared/model/localized';
import { renderFinding, renderSummary, type RenderedFinding } from '../../../shared/i18n';

/** The CLI's `--json` document: the contract other tools rely on. */
export interface ContractReport {
  tool: 'siscom-doctor';
  version: string;
  startedAt: string;
  durationMs: number;
  lang: Lang;
  target: Record<string, unknown>;
  steps: Array<{
    id: string;
    status: string;
    durationMs: number;
    summary: string;
    evidence: Record<string, unknown>;
    command?: string;
  }>;
  findings: RenderedFinding[];
  verdict: 'pass' | 'warn' | 'fail';
}

export function toContractReport(report: DiagnosisReport, lang: Lang): ContractReport {
  return {
    tool: report.tool,
    version: report.version,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    lang,
    target: report.target,
    steps: report.steps.map((s) => ({
      id: s.id,
      status: s.status,
      durationMs: s.durationMs,
      summary: renderSummary(s.summary, lang),
      evidence: s.evidence,
      ...(s.command ? { command: s.command } : {}),
    })),
    findings: report.steps.flatMap((s) => s.findings.map((f) => renderFinding(f, lang))),
    verdict: report.verdict,
  };
}

/** Exit status of the contract: 1 when any finding is an error, else 0. */
export function exitCodeFor(report: ContractReport): 0 | 1 {
  return report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The target's plain settings as `key=value` pairs, for the text and administrator reports. */
export function targetLine(report: Pick<ContractReport, 'target'>, separator = ', '): string {
  return Object.entries(report.target)
    .filter(([, v]) => v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(separator);
}
