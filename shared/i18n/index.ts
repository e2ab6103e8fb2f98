import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { FINDINGS, findingDefinition } from '../findings';
import type { FindingInstance, StepResult, TextParams } from '../model/report';
import { LANGS, type Lang } from '../model/localized';
import { SUMMARIES } from './summaries';

/**
 * i18next resources for the knowledge the product carries (findings and step summaries), in
 * both languages. The renderer adds its own UI namespace on top of these.
 */
export function knowledgeResources(): Resource {
  const resources: Resource = {};
  for (const lang of LANGS) {
    const findings: Record<string, unknown> = {};
    for (const f of FINDINGS) {
      findings[f.id] = {
        title: f.title[lang],
        explanation: f.explanation[lang],
        fixes: f.fixes.map((fix) => fix[lang]),
      };
    }
    const summaries: Record<string, string> = {};
    for (const [key, text] of Object.entries(SUMMARIES)) summaries[key] = text[lang];
    resources[lang] = { findings, summaries };
  }
  return resources;
}

/** i18next options shared by every instance: ids are dotted, so dots must not split keys. */
export const I18N_BASE_OPTIONS = {
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnObjects: true,
  initAsync: false,
} as const;

let shared: I18n | undefined;
function instance(): I18n {
  if (!shared) {
    shared = i18next.createInstance();
    void shared.init({ ...I18N_BASE_OPTIONS, resources: knowledgeResources(), ns: ['findings', 'summaries'], lng: 'en' });
  }
  return shared;
}

function fill(template: string, params: TextParams): string {
  // i18next's interpolator, so placeholders behave the same here and in the UI.
  return instance().services.interpolator.interpolate(template, params, 'en', {});
}

export interface RenderedFinding {
  id: string;
  severity: 'error' | 'warning' | 'info';
  step: string;
  title: string;
  explanation: string;
  fixes: string[];
  command?: string;
  kb?: string[];
}

export function renderFinding(finding: FindingInstance, lang: Lang): RenderedFinding {
  const def = findingDefinition(finding.id);
  if (!def) {
    return { id: finding.id, severity: 'error', step: finding.step, title: finding.id, explanation: finding.id, fixes: [] };
  }
  const params = finding.params ?? {};
  return {
    id: def.id,
    severity: def.severity,
    step: finding.step,
    title: fill(def.title[lang], params),
    explanation: fill(def.explanation[lang], params),
    fixes: def.fixes.map((fix) => fill(fix[lang], params)),
    ...(def.command ? { command: fill(def.command, params) } : {}),
    ...(def.kb ? { kb: def.kb } : {}),
  };
}

export function renderSummary(summary: StepResult['summary'], lang: Lang): string {
  const text = SUMMARIES[summary.key];
  return text ? fill(text[lang], summary.params ?? {}) : summary.key;
}
