import type { ReplyContext, Surface } from './reply-context.ts';
import type { SegmentReading } from './reply-read-segment.ts';

export interface SurfaceResolution {
  /** The surface the reply states, when it states exactly one. */
  surface?: Surface;
  /** Per segment: a browser mention that answers "does the web work?" (the app is the failing surface). */
  webTopic: boolean[];
  /**
   * No surface is named or known, but the reply speaks of a private window, which only a browser
   * has: the web, once the reply also reports an error of the web ("500, incognito same").
   */
  impliedWeb: boolean;
}

/**
 * Where it fails. App and API mentions are read first; when the failing surface is an app, a
 * browser mention is the web control test (web_works), otherwise it names the web surface.
 * Clauses that say something works never name the failing surface ("works on my phone").
 * With a surface already known, only explicit app/API wording changes it (not "on my phone").
 */
export function resolveSurface(readings: readonly SegmentReading[], ctx: ReplyContext): SurfaceResolution {
  const strongOnly = ctx.known.surface !== undefined && ctx.expecting !== 'surface';
  const candidates = new Set<Surface>();
  for (const r of readings) {
    if (!names(r)) continue;
    // "la api la usa el equipo de al lado": the API other people use is not where the reporter's fails.
    if (r.api && ctx.apiMode === 'surface' && !r.otherPeople) candidates.add('api');
    const app = appSurface(r, strongOnly);
    if (app !== undefined) candidates.add(app);
  }
  const appOnly = candidates.size === 1 ? [...candidates][0] : undefined;
  const knownApp = ctx.known.surface === 'desktop' || ctx.known.surface === 'mobile' || ctx.expecting === 'web_works';
  const statedApp = appOnly === 'desktop' || appOnly === 'mobile';
  // With the app named in this very reply, only a browser clause that gives an outcome is the
  // web control ("mac app fails, browser works"); a bare one names a second surface ("chrome and the app").
  // The web control is on the same network: a browser clause on a second network ("web works on
  // the hotspot") is the other-network test, not this one.
  const webTopic = readings.map(
    (r) => r.browser && !r.app && !onSecondNetwork(r, ctx) && (knownApp || (statedApp && (r.polarity !== null || r.answer !== null))),
  );
  // "I started out in the browser, but the browser isn't where it breaks, it's the Mac app": with the app named
  // as failing, a browser the reply says works is the one it names bare too.
  const browserWorks = statedApp && readings.some((r, i) => webTopic[i] === true && r.polarity === 'works');
  if (!knownApp && !strongOnly && !browserWorks) {
    readings.forEach((r, i) => {
      if (names(r) && r.browser && !r.app && !webTopic[i]) candidates.add('web');
    });
  }
  // Only a browser has a private window: "500, incognito same" is the web when nothing else is named.
  const privateWindow = readings.some((r) => r.cleanBrowser || r.cleanBrowserNegated);
  // "the API is fine though" is the API as the control, not a second surface.
  const otherSurfaceWords = readings.some(
    (r) => r.app || r.desktopWord || r.desktopDevice || r.mobileDevice || (r.api && r.polarity !== 'works') || r.apiNegated,
  );
  const impliedWeb = candidates.size === 0 && ctx.known.surface === undefined && !knownApp && privateWindow && !otherSurfaceWords;
  // "browser and app" answering where it fails: the app, said bare, is a second surface.
  const bareApp = ctx.expecting === 'surface' && readings.some((r) => names(r) && r.app && !r.browser && appSurface(r, strongOnly) === undefined);
  // "on the Mac, the app": the app in one clause and the device in another.
  if (candidates.size === 0 && ctx.expecting === 'surface') {
    const named = readings.filter(names);
    const desktop = named.some((r) => r.desktopDevice);
    const mobile = named.some((r) => r.mobileDevice);
    if (named.some((r) => r.app) && !named.some((r) => r.browser) && desktop !== mobile) candidates.add(desktop ? 'desktop' : 'mobile');
  }
  const several = readings.some((r) => r.several) || (bareApp && candidates.has('web'));
  return { surface: candidates.size === 1 && !several ? [...candidates][0] : undefined, webTopic, impliedWeb };
}

function onSecondNetwork(r: SegmentReading, ctx: ReplyContext): boolean {
  const known = ctx.known.network;
  return r.networks.some(
    (n) => n === 'hotspot' || n === 'mobiledata' || n === 'altnet' || (known !== undefined && known !== (n === 'corporate' || n === 'corp' ? 'office' : n)),
  );
}

/** A clause that can name the failing surface: not hedged, not a "works" clause. */
function names(r: SegmentReading): boolean {
  return !r.hedge && !r.unknown && r.polarity !== 'works' && !r.notTried;
}

function appSurface(r: SegmentReading, strongOnly: boolean): Surface | undefined {
  if (r.browser) return undefined;
  if (r.desktopWord) return 'desktop';
  if (r.app && r.desktopDevice && !r.mobileDevice) return 'desktop';
  if (r.app && r.mobileDevice && !r.desktopDevice) return 'mobile';
  if (strongOnly) return undefined;
  // Asked "browser, desktop app, mobile app or API?", a bare "desktop" means the desktop app.
  if (r.desktopDevice && !r.mobileDevice && !r.app && r.bareDesktop) return 'desktop';
  const tethering = r.networks.some((n) => n === 'hotspot' || n === 'mobiledata' || n === 'altnet');
  if (r.mobileDevice && !r.desktopDevice && !tethering) return 'mobile';
  return undefined;
}
