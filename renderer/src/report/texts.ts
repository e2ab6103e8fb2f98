/** Texts of the report export. */
export const reportTexts = {
  es: {
    'report.export': 'Exportar informe',
    'report.html': 'Guardar HTML',
    'report.md': 'Guardar Markdown',
    'report.copy': 'Copiar Markdown',
    'report.copied': 'Informe copiado al portapapeles.',
    'report.saved': 'Informe guardado como {{filename}}.',
    'report.failed': 'No se pudo exportar el informe: {{message}}',
    'report.hint': 'Para enviar al administrador del broker: incluye hallazgos, evidencia y las preguntas que debe responder. Sin contraseñas.',
  },
  en: {
    'report.export': 'Export report',
    'report.html': 'Save HTML',
    'report.md': 'Save Markdown',
    'report.copy': 'Copy Markdown',
    'report.copied': 'Report copied to the clipboard.',
    'report.saved': 'Report saved as {{filename}}.',
    'report.failed': 'The report could not be exported: {{message}}',
    'report.hint': 'To send to the broker administrator: it has the findings, the evidence and the questions to answer. No passwords.',
  },
} as const;
