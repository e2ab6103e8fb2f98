import { defineFindings } from './definition';

export const icmpFindings = defineFindings([
  {
    id: 'icmp.blocked',
    severity: 'info',
    title: { es: '{{host}} no responde al ping, pero el puerto {{port}} sí', en: '{{host}} does not answer ping, but port {{port}} does' },
    explanation: {
      es: 'No llegó respuesta al eco ICMP de {{address}}, y sin embargo una conexión TCP al puerto {{port}} se abrió. Muchos proveedores de nube y cortafuegos descartan el ping a propósito: no es un fallo y no afecta a MQTT.',
      en: 'No ICMP echo reply came back from {{address}}, yet a TCP connection to port {{port}} opened. Many cloud providers and firewalls drop ping on purpose: this is not a fault and does not affect MQTT.',
    },
    fixes: [{ es: 'Nada que hacer: use la prueba TCP (nc -zv) en lugar de ping con este host.', en: 'Nothing to do: use the TCP check (nc -zv) instead of ping for this host.' }],
    command: 'nc -zv {{host}} {{port}}',
  },
  {
    id: 'icmp.no_reply',
    severity: 'warning',
    title: { es: '{{host}} no responde ni al ping ni en el puerto {{port}}', en: '{{host}} answers neither ping nor port {{port}}' },
    explanation: {
      es: 'Ni el eco ICMP ni una conexión TCP al puerto {{port}} obtuvieron respuesta de {{address}}. La máquina puede estar apagada, la ruta puede faltar (VPN) o un cortafuegos descarta todo.',
      en: 'Neither an ICMP echo nor a TCP connection to port {{port}} got an answer from {{address}}. The machine may be down, a route may be missing (VPN) or a firewall drops everything.',
    },
    fixes: [
      { es: 'Compruebe la red y la VPN de este equipo y que la IP {{address}} es la del broker.', en: 'Check this machine’s network and VPN, and that {{address}} is the broker’s IP.' },
      { es: 'Pregunte al administrador si el servidor está en marcha.', en: 'Ask the administrator whether the server is up.' },
    ],
    command: 'ping -c 3 {{address}}',
  },
]);
