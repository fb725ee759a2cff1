import express, { Router } from 'express';
import type { Config } from '../../src/config.ts';
import type { Desk } from '../../src/desk/desk.port.ts';
import type { StatusReading } from '../../src/status/build-status-reading.ts';
import type { AdmissionLimits, SharedSecrets } from '../../src/store/store.port.ts';
import { conversationRoutes } from './conversation-routes.ts';
import { evidenceRoutes } from './evidence-routes.ts';
import { DEFAULT_ALLOWLIST } from '../../src/triage/default-allowlist.ts';
import { mapDeskErrors } from './desk-error-to-http.ts';
import { helpdeskGuard, helpdeskTokenRequired } from './helpdesk-guard.ts';
import type { IncidentBoard } from './incident-board.port.ts';
import { incidentRoutes } from './incident-routes.ts';
import { pageRoutes } from './page-routes.ts';
import { PUBLIC_DIR } from './public-dir.ts';
import { reporterCap } from './reporter-cap.ts';
import { randomSessionSecret, sessionCookie } from './session-cookie.ts';
import { trustedProxies } from './trusted-proxies.ts';
import { webIdentity } from './web-identity.ts';


export interface WebRouterDeps {
  desk: Desk;
  config: Pick<Config, 'chat' | 'HELPDESK_TOKEN' | 'WEB_REPORTERS_PER_ADDRESS' | 'INCIDENT_WINDOW_MINUTES'> &
    Partial<
      Pick<
        Config,
        'SESSION_SECRET' | 'API_TOKEN' | 'WEB_IDENTITY_HEADER' | 'TRUST_PROXY' | 'DEFAULT_LOCALE' | 'deskLocale' | 'HAR_MAX_BYTES' | 'IT_ALLOWLIST_MINIMUM' | 'IT_ALLOWLIST_BROADER' | 'networkCheckTargets'
      >
    >;
  /** The store's shared secrets: the session key when SESSION_SECRET is unset, so every replica agrees. */
  secrets: SharedSecrets;
  /** The store's admission limits: unverified web reporters per client address. */
  limits: AdmissionLimits;
  /** The desk's incidents adapted to the board's port (incidentBoardFrom). */
  incidents?: IncidentBoard;
  readStatus?: () => StatusReading;
}

/**
 * The web adapter: the triage page (/), the helpdesk board (/board), their texts (/api/texts) and the JSON API (/api/...).
 * Expects adapters/app to have parsed JSON bodies and rate-limited /api before it.
 */
export function createWebRouter(deps: WebRouterDeps): Router {
  const { config } = deps;
  const router = Router();
  // The page and the API: a client without a valid session gets one with this very response.
  router.use(
    sessionCookie({
      secret: () => (config.SESSION_SECRET ? Promise.resolve(config.SESSION_SECRET) : deps.secrets.getOrCreate('web-session', randomSessionSecret)),
      applies: (req) => req.path === '/' || req.path === '/index.html' || req.path.startsWith('/api/'),
    }),
  );
  // The page and the board in their language (menu, Accept-Language, DEFAULT_LOCALE / DESK_LOCALE) and GET /api/texts.
  const defaultLocale = config.DEFAULT_LOCALE ?? 'en';
  const boardLocked = helpdeskTokenRequired(config) && config.HELPDESK_TOKEN === undefined;
  router.use(pageRoutes({ publicDir: PUBLIC_DIR, defaultLocale, deskLocale: config.deskLocale ?? defaultLocale, boardLocked }));
  const identify = webIdentity({ apiToken: config.API_TOKEN, header: config.WEB_IDENTITY_HEADER, isTrustedProxy: trustedProxies(config.TRUST_PROXY) });
  const allowlist = { minimum: config.IT_ALLOWLIST_MINIMUM ?? DEFAULT_ALLOWLIST.minimum, broader: config.IT_ALLOWLIST_BROADER ?? DEFAULT_ALLOWLIST.broader };
  // The HAR upload and the network check: before the conversation routes, whose JSON parsing a streamed HAR never goes through.
  router.use(
    evidenceRoutes({
      desk: deps.desk,
      identify,
      harMaxBytes: config.HAR_MAX_BYTES ?? 104_857_600,
      allowlist,
      networkCheckTargets: config.networkCheckTargets ?? defaultNetworkCheckTargets(allowlist.minimum),
    }),
  );
  router.use(
    conversationRoutes({
      desk: deps.desk,
      ...(deps.readStatus ? { readStatus: deps.readStatus } : {}),
      identify,
      admit: reporterCap({ limits: deps.limits, perAddress: config.WEB_REPORTERS_PER_ADDRESS, windowSeconds: config.INCIDENT_WINDOW_MINUTES * 60 }),
    }),
  );
  router.use(
    incidentRoutes({
      ...(deps.incidents ? { incidents: deps.incidents } : {}),
      guard: helpdeskGuard({ token: deps.config.HELPDESK_TOKEN, required: helpdeskTokenRequired(deps.config) }),
    }),
  );
  router.use(mapDeskErrors);

  const serveStatic = express.static(PUBLIC_DIR, { index: 'index.html', extensions: ['html'], redirect: false, cacheControl: true, maxAge: 0 });
  router.use((req, res, next) => {
    if (req.path.startsWith('/api/')) return next();
    res.locals.route = 'static';
    serveStatic(req, res, (error?: unknown) => {
      delete res.locals.route;
      next(error);
    });
  });
  return router;
}

/** The network check's default probes: https://<domain>/favicon.ico for each minimum allowlist domain (as config.networkCheckTargets). */
export function defaultNetworkCheckTargets(minimum: readonly string[]): string[] {
  return [...new Set(minimum.map((d) => `https://${d.replace(/^\*\./, '').toLowerCase()}/favicon.ico`))];
}
