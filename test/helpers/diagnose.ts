import { runDiagnosis } from '../../electron/core/runner/run-diagnosis';
import { brokerPlan } from '../../electron/core/checks/plan';
import { TargetInput, type TargetInput as TargetInputType } from '../../shared/model/target';
import type { DiagnosisReport, StepResult } from '../../shared/model/report';

/** The broker diagnosis with test-sized defaults: short timeout, no listen window unless asked. */
export const diagnose = (target: TargetInputType): Promise<DiagnosisReport> => {
  const input = TargetInput.parse({ timeoutMs: 1500, listenMs: 0, ...target });
  return runDiagnosis({ input, checks: brokerPlan(input) });
};
export const findingIds = (r: DiagnosisReport): string[] => r.steps.flatMap((s) => s.findings.map((f) => f.id));
export const step = (r: DiagnosisReport, id: string): StepResult => {
  const s = r.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id} in ${r.steps.map((x) => x.id).join(',')}`);
  return s;
};

