import type { LocalizedText } from '../model/localized';
import { t, type KbEntry } from './entry';

const CITE = 'Node.js docs, tls: X509 certificate error codes (OpenSSL X509_V_ERR_*); Node.js docs, Errors';

function tls(code: string, name: string, meaning: LocalizedText, causes: LocalizedText[], next: LocalizedText[], cite = CITE): KbEntry {
  return { id: `tls.${code}`, source: 'tls', code, name, severity: 'error', meaning, causes, next, step: 'tls', cite };
}

const CHECK_CERT = t('Revise el certificado en el paso TLS (fechas, emisor, nombres).', 'Check the certificate in the TLS step (dates, issuer, names).');
const CA_FILE = t('Configure en el cliente el certificado de la CA que emitió el del broker (ca_certs / ca).', 'Give the client the certificate of the CA that issued the broker’s (ca_certs / ca).');

/** TLS failures as Node names them (and Python/OpenSSL words for the same thing). */
export const tlsEntries: KbEntry[] = [
  tls('CERT_HAS_EXPIRED', 'certificate has expired', t('El certificado del broker ha caducado.', 'The broker certificate has expired.'), [t('No se renovó a tiempo.', 'It was not renewed in time.'), t('El reloj de este equipo está adelantado.', 'This machine’s clock is ahead.')], [CHECK_CERT, t('Compruebe la hora del sistema.', 'Check the system time.')]),
  tls('CERT_NOT_YET_VALID', 'certificate is not yet valid', t('El certificado aún no es válido (su fecha de inicio es futura).', 'The certificate is not valid yet (its start date is in the future).'), [t('El reloj de este equipo está atrasado.', 'This machine’s clock is behind.')], [t('Compruebe la hora del sistema (NTP).', 'Check the system time (NTP).')]),
  tls('DEPTH_ZERO_SELF_SIGNED_CERT', 'self signed certificate', t('El broker presenta un certificado autofirmado que el cliente no conoce.', 'The broker presents a self-signed certificate the client does not know.'), [t('Certificado de pruebas en producción.', 'A test certificate in production.')], [CA_FILE]),
  tls('SELF_SIGNED_CERT_IN_CHAIN', 'self signed certificate in certificate chain', t('La cadena termina en una CA raíz que el cliente no tiene.', 'The chain ends in a root CA the client does not have.'), [t('CA privada de la empresa no instalada en el cliente.', 'A private company CA not installed on the client.'), t('Un proxy que inspecciona TLS.', 'A TLS-inspecting proxy.')], [CA_FILE]),
  tls('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate', t('No se puede verificar el certificado del broker: falta el intermedio.', 'The broker certificate cannot be verified: the intermediate is missing.'), [t('El broker no envía la cadena completa (falta el certificado intermedio).', 'The broker does not send the full chain (the intermediate certificate is missing).')], [t('Pida al administrador que configure la cadena completa (certfile con intermedios).', 'Ask the administrator to configure the full chain (certfile with intermediates).')]),
  tls('UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unable to get local issuer certificate', t('El cliente no tiene el certificado del emisor.', 'The client does not have the issuer certificate.'), [t('CA privada o intermedia no instalada.', 'A private or intermediate CA not installed.')], [CA_FILE]),
  tls('ERR_TLS_CERT_ALTNAME_INVALID', "Hostname/IP does not match certificate's altnames", t('El certificado es válido pero para otro nombre.', 'The certificate is valid but for another name.'), [t('Se conecta por IP o por un alias que el certificado no incluye.', 'The connection uses an IP or an alias the certificate does not list.')], [t('Use en BROKER_HOST el nombre que figura en el certificado.', 'Use in BROKER_HOST the name the certificate lists.')], 'Node.js docs, Errors: ERR_TLS_CERT_ALTNAME_INVALID'),
  tls('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number', t('El otro extremo no respondió con TLS.', 'The other end did not answer with TLS.'), [t('TLS (mqtts) contra un puerto en claro (1883).', 'TLS (mqtts) against a plain port (1883).')], [t('Use 8883 con TLS o 1883 sin TLS.', 'Use 8883 with TLS or 1883 without TLS.')], 'OpenSSL SSL_R_WRONG_VERSION_NUMBER as Node reports it (ERR_SSL_WRONG_VERSION_NUMBER)'),
];
