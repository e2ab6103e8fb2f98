import type { Lang } from '../model/localized';
import type { Severity } from '../model/report';
import { findingDefinition } from '../findings';
import { renderFinding } from '../i18n';
import { scanEnvText } from './env-scan';
import { lintEnvValues } from './env-rules';
import type { LintIssue } from './issue';

export type { LintIssue } from './issue';
export { scanEnvText, type EnvScan, type EnvAssignment } from './env-scan';
export { lintEnvValues, isPlaceholderPassword, parseBoolean } from './env-rules';
export { lintClientSettings, looksRandomClientId, type ClientSettings } from './client-rules';
export { checkTopicFilter } from './topic';
export { KNOWN_KEYS, closestKnownKey } from './known-keys';

export interface EnvLintOptions {
  fileName?: string;
  passwordFromEnvironment?: boolean;
}

/**
 * Lints a .env's text. `values` are what a real parser (dotenv) read from the same text; the
 * line scan adds positions and what the parser hides. Issues come sorted by line.
 */
export function lintEnvText(text: string, values: Record<string, string>, options: EnvLintOptions = {}): LintIssue[] {
  const scan = scanEnvText(text, options.fileName ? { fileName: options.fileName } : {});
  const rules = scan.assignments.length === 0 ? [] : lintEnvValues(values, { lineOf: (k) => scan.lineOf.get(k), ...(options.passwordFromEnvironment ? { passwordFromEnvironment: true } : {}) });
  return sortIssues(maskSecret(capPerId([...scan.issues, ...rules]), values.MQTT_PASSWORD));
}

/** A damaged file can repeat one problem on every line; past this many, more say nothing new. */
export const MAX_ISSUES_PER_ID = 50;

function capPerId(issues: LintIssue[]): LintIssue[] {
  const seen = new Map<string, number>();
  return issues.filter((i) => {
    const n = (seen.get(i.id) ?? 0) + 1;
    seen.set(i.id, n);
    return n <= MAX_ISSUES_PER_ID;
  });
}

/** Belt and braces: whatever a finding echoes, the password never shows (an unclosed quote can put it inside another value). */
export function maskSecret(issues: LintIssue[], secret: string | undefined): LintIssue[] {
  if (secret === undefined || secret.trim().length < 3) return issues;
  return issues.map((i) => ({
    ...i,
    params: Object.fromEntries(Object.entries(i.params).map(([k, v]) => [k, typeof v === 'string' ? v.split(secret).join('***') : v])),
  }));
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityOf(issue: LintIssue): Severity {
  return findingDefinition(issue.id)?.severity ?? 'error';
}

export function sortIssues(issues: LintIssue[]): LintIssue[] {
  return [...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || SEVERITY_ORDER[severityOf(a)] - SEVERITY_ORDER[severityOf(b)]);
}

/** A linter finding as the CLI's JSON and the UI show it: `{ id, severity, key, line, message, fix }`. */
export interface RenderedLintFinding {
  id: string;
  severity: Severity;
  key?: string;
  line?: number;
  title: string;
  message: string;
  fix?: string;
  fixes: string[];
  command?: string;
  kb?: string[];
}

export function renderLintIssue(issue: LintIssue, lang: Lang): RenderedLintFinding {
  const r = renderFinding({ id: issue.id, step: 'lint', params: issue.params }, lang);
  return {
    id: r.id,
    severity: r.severity,
    ...(issue.key !== undefined ? { key: issue.key } : {}),
    ...(issue.line !== undefined ? { line: issue.line } : {}),
    title: r.title,
    message: r.explanation,
    ...(r.fixes[0] !== undefined ? { fix: r.fixes[0] } : {}),
    fixes: r.fixes,
    ...(r.command ? { command: r.command } : {}),
    ...(r.kb ? { kb: r.kb } : {}),
  };
}
