import type { TextParams } from '../model/report';

/**
 * One linter finding before rendering: its id points at shared/findings (severity and texts
 * live there). `key` and `line` say where; they are also copied into params for the texts.
 */
export interface LintIssue {
  id: string;
  key?: string;
  line?: number;
  params: TextParams;
}

export function issue(id: string, where: { key?: string; line?: number } = {}, params: TextParams = {}): LintIssue {
  const full: TextParams = { ...params };
  if (where.key !== undefined) full.key = where.key;
  if (where.line !== undefined) full.line = where.line;
  return { id, ...(where.key !== undefined ? { key: where.key } : {}), ...(where.line !== undefined ? { line: where.line } : {}), params: full };
}
