/** Texts of the app frame (header, navigation). */
export const appTexts = {
  es: {
    'app.title': 'Siscom Doctor',
    'app.subtitle': 'Diagnóstico de MQTT y StatsD para servicios siscom',
    'app.language': 'Idioma',
    'app.noCore': 'Esta página debe abrirse dentro de Siscom Doctor: no hay conexión con el motor de diagnóstico.',
    'nav.broker': 'Broker MQTT',
  },
  en: {
    'app.title': 'Siscom Doctor',
    'app.subtitle': 'MQTT and StatsD diagnosis for siscom services',
    'app.language': 'Language',
    'app.noCore': 'This page must be opened inside Siscom Doctor: there is no link to the diagnosis engine.',
    'nav.broker': 'MQTT broker',
  },
} as const;
