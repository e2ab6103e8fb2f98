import { defineFindings } from './definition';

export const configFindings = defineFindings([
  {
    id: 'config.missing_broker',
    severity: 'error',
    title: { es: 'No se indicó ningún broker', en: 'No broker was given' },
    explanation: {
      es: 'No hay BROKER_HOST en el archivo .env ni se pasó --broker, así que no hay a dónde conectarse.',
      en: 'There is no BROKER_HOST in the .env file and no --broker was given, so there is nowhere to connect.',
    },
    fixes: [
      { es: 'Añada BROKER_HOST=host:1883 al .env del servicio.', en: 'Add BROKER_HOST=host:1883 to the service .env.' },
      { es: 'O pase --broker mqtt://host:1883.', en: 'Or pass --broker mqtt://host:1883.' },
    ],
  },
  {
    id: 'config.invalid_broker_host',
    severity: 'error',
    title: { es: 'La dirección del broker no es válida', en: 'The broker address is not valid' },
    explanation: {
      es: 'El valor «{{value}}» no es una dirección de broker utilizable: {{reason}}.',
      en: 'The value "{{value}}" is not a usable broker address: {{reason}}.',
    },
    fixes: [
      {
        es: 'Use la forma host:puerto, por ejemplo broker.example.com:1883; una IPv6 va entre corchetes: [::1]:1883.',
        en: 'Use the form host:port, for example broker.example.com:1883; an IPv6 address goes in brackets: [::1]:1883.',
      },
      {
        es: 'Quite espacios, comillas y el prefijo de protocolo si lo puso en BROKER_HOST (mqtt:// va en --broker).',
        en: 'Remove spaces, quotes and any protocol prefix from BROKER_HOST (mqtt:// belongs in --broker).',
      },
    ],
  },
  {
    id: 'config.invalid_port',
    severity: 'error',
    title: { es: 'El puerto del broker está fuera de rango', en: 'The broker port is out of range' },
    explanation: {
      es: 'El puerto «{{value}}» no es un número entre 1 y 65535.',
      en: 'The port "{{value}}" is not a number between 1 and 65535.',
    },
    fixes: [
      { es: 'MQTT usa 1883 sin TLS y 8883 con TLS; pregunte al administrador cuál abre su broker.', en: 'MQTT uses 1883 without TLS and 8883 with TLS; ask the administrator which one the broker opens.' },
    ],
  },
  {
    id: 'config.invalid_url',
    severity: 'error',
    title: { es: 'La URL del broker no es válida', en: 'The broker URL is not valid' },
    explanation: {
      es: 'La URL «{{value}}» no se puede usar: {{reason}}.',
      en: 'The URL "{{value}}" cannot be used: {{reason}}.',
    },
    fixes: [
      {
        es: 'Use mqtt://host:1883, mqtts://host:8883, ws://host:puerto/ruta o wss://host:puerto/ruta.',
        en: 'Use mqtt://host:1883, mqtts://host:8883, ws://host:port/path or wss://host:port/path.',
      },
    ],
  },
  {
    id: 'config.port_defaulted',
    severity: 'info',
    title: { es: 'Sin puerto: se usa {{port}}', en: 'No port given: using {{port}}' },
    explanation: {
      es: 'La dirección no indica puerto, así que se usa el predeterminado de {{protocol}} ({{port}}), igual que hace el servicio.',
      en: 'The address gives no port, so the {{protocol}} default ({{port}}) is used, as the service does.',
    },
    fixes: [{ es: 'Escriba el puerto explícitamente para evitar dudas.', en: 'Write the port explicitly to avoid doubt.' }],
  },
]);
