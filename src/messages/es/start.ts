import type { start as en } from '../en/start.ts';

/** Textos en español del área start (el banner de inicio, el tablero sin HELPDESK_TOKEN, la CLI sin Redis). */
export const start: Record<keyof typeof en, string> = {
  'start.banner.running': 'chatgpt-500 está en marcha',
  'start.banner.label.page': 'Página de triaje',
  'start.banner.label.board': 'Tablero de soporte',
  'start.banner.label.api': 'API JSON',
  'start.banner.api_hint': '(todas las rutas: README.md, «JSON API»)',
  'start.banner.label.web': 'Página web',
  'start.banner.web_off': 'desactivada (WEB_ENABLED=false; quítelo para servir la página y el tablero)',
  'start.banner.label.operations': 'Operación',
  'start.banner.label.store': 'Almacén',
  'start.banner.store.memory': 'en memoria — un solo proceso; defina REDIS_URL para compartir el estado entre procesos',
  'start.banner.store.redis': 'Redis {url} (REDIS_URL)',
  'start.banner.store.redis_plain': 'Redis mediante REDIS_URL',
  'start.banner.store.sentinel': 'Redis mediante Sentinel (REDIS_SENTINELS)',
  'start.banner.store.cluster': 'Clúster de Redis (REDIS_CLUSTER_NODES)',
  'start.banner.label.status': 'Estado',
  'start.banner.status': '{url} (se lee cada {seconds} s; hasta que responda, la página dice que el estado es desconocido; STATUS_URL apunta a otro sitio)',
  'start.banner.label.slack': 'Slack',
  'start.banner.slack.off': 'desactivado — para añadirlo, defina SLACK_BOT_TOKEN y SLACK_SIGNING_SECRET (o SLACK_APP_TOKEN para Socket Mode); vea README.md',
  'start.banner.slack.http': 'activado, modo HTTP: apunte las URL de solicitud de la app de Slack a {url}',
  'start.banner.slack.socket': 'activado, Socket Mode',
  'start.banner.label.teams': 'Teams',
  'start.banner.teams.off': 'desactivado — para añadirlo, defina TEAMS_APP_ID y TEAMS_APP_PASSWORD (y TEAMS_APP_TENANT_ID); vea README.md',
  'start.banner.teams.on': 'activado: apunte el punto de conexión de mensajería del Azure Bot a {url}',
  'start.banner.label.announce': 'Anuncios',
  'start.banner.announce.off': 'desactivados — define SLACK_ANNOUNCE_CHANNEL o TEAMS_ANNOUNCE_CONVERSATION para anunciar una caída una sola vez en lugar de atender a cada persona',
  'start.banner.announce.on': '{places}, en cuanto el soporte confirma una caída',
  'start.banner.announce.on_status': '{places}, en cuanto la página de estado o el soporte señalan una caída (ANNOUNCE_ON_STATUS)',
  'start.banner.label.access': 'Acceso al tablero',
  'start.banner.access.open': 'abierto a cualquiera que llegue a esta dirección (defina HELPDESK_TOKEN para exigir un token)',
  'start.banner.access.token': 'requiere el HELPDESK_TOKEN (bearer)',
  'start.banner.access.token_short': 'requiere el HELPDESK_TOKEN (bearer) — aviso: tiene menos de 16 caracteres, fácil de adivinar',
  'start.banner.access.locked': 'bloqueado hasta que se defina HELPDESK_TOKEN',
  'start.banner.warning_no_token':
    'AVISO: Slack o Teams está configurado y HELPDESK_TOKEN no está definido, así que el tablero de soporte no muestra incidentes. Defina HELPDESK_TOKEN con un valor aleatorio largo (p. ej. la salida de: openssl rand -base64 32) y reinicie; mientras tanto, {url} explica cómo.',
  'start.redis_unreachable': 'chatgpt-500: no se puede iniciar: {reason}. Inicie Redis o corrija {variable} (sin ajuste de Redis, el bot funciona con el almacén en memoria, un solo proceso).',
  'start.banner.stop': 'Detener con Ctrl+C (o SIGTERM): las solicitudes en curso terminan primero.',

  'start.board_off.title': 'Tablero de soporte: defina HELPDESK_TOKEN — chatgpt-500',
  'start.board_off.heading': 'El tablero de soporte necesita un token',
  'start.board_off.why': 'Slack o Teams está configurado, así que el tablero muestra los incidentes solo al equipo de soporte, con el token de soporte. Aún no hay ningún HELPDESK_TOKEN definido en el servidor.',
  'start.board_off.steps': 'Para activar el tablero:',
  'start.board_off.step_set': 'En el servidor, defina HELPDESK_TOKEN con un valor aleatorio largo, en .env o en el entorno. Por ejemplo, la salida de este comando:',
  'start.board_off.step_restart': 'Reinicie chatgpt-500 y recargue esta página: pedirá el token. Dé el token solo al equipo de soporte.',
  'start.board_off.step_off': 'Para no servir ni la página de triaje ni el tablero, defina en su lugar WEB_ENABLED=false.',
  'start.board_off.page_link': 'La página de triaje para los empleados sigue abierta:',

  'start.incidents.memory':
    'chatgpt-500 incidents: no hay Redis configurado (REDIS_URL, REDIS_SENTINELS o REDIS_CLUSTER_NODES), y un bot en marcha con el almacén en memoria guarda sus incidentes en su propia memoria, que este comando no puede ver. Pregunte al bot en marcha: chatgpt-500 incidents --url {url} (con HELPDESK_TOKEN en el entorno si su tablero lo requiere), o abra {url}/board.',
  'start.incidents.http_unreachable':
    'chatgpt-500 incidents: no se puede llegar a {url}: {reason}. ¿Está el bot en marcha allí? (--url es su dirección, p. ej. http://localhost:3000)',
  'start.incidents.http_refused': 'chatgpt-500 incidents: {url} respondió {status}: {error}',
  'start.incidents.http_unexpected':
    'chatgpt-500 incidents: {url} no respondió con una lista de incidentes; ¿es --url la dirección de chatgpt-500?',
};
