import type { FactValue } from './fact-values.ts';
import type { ReplyContext } from './reply-context.ts';
import type { NetworkToken, SegmentReading } from './reply-read-segment.ts';
import type { Segment } from './reply-segments.ts';

type Network = FactValue<'network'>;
export type Outcome = 'works' | 'fails' | 'not_tried' | 'unknown' | 'blocked';

export interface NetworkResolution {
  network?: Network;
  /** Per segment: it is about a second network (the other_network test). */
  otherTopic: boolean[];
  /** Per segment: the outcome of that test when the place decides it ("fails at home too" while at the office). */
  otherOutcome: (Outcome | undefined)[];
}

const PLACE: Record<NetworkToken, Network | undefined> = {
  office: 'office',
  corporate: 'office',
  corp: 'office',
  vpn: 'vpn',
  home: 'home',
  mobiledata: 'mobile_data',
  hotspot: 'mobile_data',
  altnet: undefined,
};

/**
 * Where it fails, and which clauses test another network. A place named in a clause that says it
 * works is the other network ("works on my hotspot"); one named in a failing or neutral clause is
 * where it fails — unless the other-network test was asked and the place is a second network
 * ("same on hotspot", "fails at home too" while known to be at the office). VPN wins over the
 * place it runs from ("home, on the VPN"); two other places cancel out.
 */
export function resolveNetwork(
  readings: readonly SegmentReading[],
  segments: readonly Segment[],
  ctx: ReplyContext,
  polarityOf: PolarityOf,
): NetworkResolution {
  const places = new Set<Network>();
  const otherTopic = readings.map(() => false);
  const otherOutcome: (Outcome | undefined)[] = readings.map(() => undefined);
  const askedOther = ctx.expecting === 'other_network';
  const several = readings.some((r) => r.several);
  // "VPN. Without the VPN it loads": with the VPN the place where it fails, a clause without it is the other network.
  const onVpn = ctx.known.network === 'vpn' || readings.some((r) => r.networks.includes('vpn'));
  const anyOffVpn = onVpn && readings.some((r) => r.networksNegated.includes('vpn') && r.networks.length === 0 && polarityOf(r) !== null);
  // In a first report (surface, symptom) with nothing tried or said to work, a phone's network is where it fails.
  const firstReport = (ctx.expecting === undefined || ctx.expecting === 'surface' || ctx.expecting === 'symptom') && !readings.some((x) => x.additive || x.triedOnly || x.polarity === 'works');
  readings.forEach((r, i) => {
    // "I'm not even on the VPN" says where the person is, not a test without it.
    const offVpn = r.networksNegated.includes('vpn') && onVpn && !r.otherPeople && !r.hedge && !r.selfLocation;
    if (offVpn && r.networks.length === 0) {
      // "without the VPN too" borrows the outcome said before, "turned the VPN off and it loads" the one
      // joined by "and"; "without the VPN I haven't tested" is not tried.
      const own = polarityOf(r) ?? (r.additive || segments[i + 1]?.joiner === 'and' ? neighbourPolarity(readings, segments, polarityOf, i) : null);
      if (r.notTried) otherTopic[i] = true;
      else if (own !== null) [otherTopic[i], otherOutcome[i]] = [true, own];
      return;
    }
    if (r.hedge || r.unknown || r.polarity === 'conflict' || r.otherPeople) return;
    // Asked about another network: "not on the hotspot (no)" says it fails there.
    if (r.networks.length === 0) {
      const negatedSecond = r.networksNegated.some((t) => t === 'hotspot' || t === 'mobiledata' || t === 'altnet');
      if (askedOther && negatedSecond && !r.selfLocation && polarityOf(r) !== 'works' && !r.notTried) [otherTopic[i], otherOutcome[i]] = [true, 'fails'];
      // "works on my hotspot but not on the office wifi": a place of the list denied after a success elsewhere is where it fails.
      const previous = readings[i - 1];
      const denied = r.networksNegated.length === 1 ? PLACE[r.networksNegated[0] as NetworkToken] : undefined;
      if (denied !== undefined && denied !== 'mobile_data' && !negatedSecond && segments[i]?.joiner === 'contrast' && polarityOf(r) === null && !r.selfLocation && previous !== undefined && previous.networks.length > 0 && polarityOf(previous) === 'works') places.add(denied);
      return;
    }
    if (r.notTried) {
      otherTopic[i] = true;
      return;
    }
    // Asked where it fails, a bare "yeah" beside the place ("yeah, my home network") confirms it; it is no outcome.
    const own = ctx.expecting === 'network' && r.polarity === null ? null : polarityOf(r);
    for (const token of r.networks) {
      const place = PLACE[token];
      // Asked where it fails, "coffee shop down the street", "eduroam at uni" name a place out of the list: no answer.
      if (place === undefined && ctx.expecting === 'network' && !r.additive) continue;
      // "without the VPN it works, on the VPN not even the browser": the VPN is where it fails.
      if (token === 'vpn' && anyOffVpn) {
        places.add('vpn');
        continue;
      }
      // Asked where it fails, mobile data is where the person is ("phone data, no wifi around here").
      // "office. tried my hotspot and it works", "home, and on my phone's 5G it's the same": a phone's
      // network named after another place, or said tried, is the second network.
      const phoneNet = token === 'hotspot' || token === 'mobiledata';
      // "Android app, on 4G, network error": said of the failure in a first report, where it fails.
      const failingHere = firstReport && own !== 'works';
      // "no, the website neither, I'm on 4G" (asked about the web): where the person is, said as "I am on", is no second network.
      const onItNow = r.selfLocation && token === 'mobiledata' && !r.triedOnly && ctx.expecting !== 'network' && ctx.expecting !== 'other_network';
      const second = place === undefined || offVpn || (phoneNet && !failingHere && !onItNow && (ctx.expecting !== 'network' || r.triedOnly || r.additive || (i > 0 && earlierPlace(readings, i))));
      // Asked about another network, a place said "too", "also" or "both" was tried ("tried home AND hotspot, both broken").
      // "another laptop, also on the office wifi": the known network said again is the same one, no second network.
      const again = askedOther && (r.additive || r.several || several) && place !== ctx.known.network;
      const elsewhere = second || again || (place !== ctx.known.network && ctx.known.network !== undefined);
      // A place other than the known one, not said as "I am at...", is a second network tried.
      const tried = second || (elsewhere && !r.selfLocation);
      // "works in incognito and on my hotspot", "tried at home and it worked": a bare second
      // network shares its neighbour's outcome.
      // Asked about another network, a bare place takes its neighbour's outcome too ("chez moi sur ma box, ça marchait").
      const polarity = own ?? (tried || (askedOther && new Set(r.networks).size === 1) ? neighbourPolarity(readings, segments, polarityOf, i) : null);
      if (polarity === 'works') {
        if (second || place !== ctx.known.network) [otherTopic[i], otherOutcome[i]] = [true, 'works'];
      } else if (polarity === 'fails') {
        const retried = askedOther || r.additive || own === null || ctx.known.network !== undefined;
        // "incognito works, hotspot fails": a phone's network named as a second one (not "I'm on my hotspot") failed too.
        if (place === undefined || (retried && elsewhere) || (phoneNet && second && !r.selfLocation)) [otherTopic[i], otherOutcome[i]] = [true, 'fails'];
        else places.add(place);
      } else if (place === undefined || (askedOther && tried)) {
        otherTopic[i] = true;
      } else {
        places.add(place);
      }
    }
  });
  // "… — i'm not even on vpn": the person says they are not on the VPN, whatever else names it.
  if (readings.some((r) => r.selfLocation && r.networksNegated.includes('vpn'))) places.delete('vpn');
  // Asked where it fails, doubt in the reply ("office I think, or maybe the guest one") leaves it unclear.
  if (ctx.expecting === 'network' && readings.some((r) => r.hedge)) places.clear();
  const network = places.has('vpn') ? 'vpn' : places.size === 1 ? [...places][0] : undefined;
  return { network, otherTopic, otherOutcome };
}

/** A clause before clause i names a place of the list other than a phone's network. */
function earlierPlace(readings: readonly SegmentReading[], i: number): boolean {
  return readings.slice(0, i).some((r) => r.networks.some((n) => n !== 'hotspot' && n !== 'mobiledata' && PLACE[n] !== undefined));
}

type PolarityOf = (r: SegmentReading) => 'works' | 'fails' | null;

/** The outcome a bare place borrows from its neighbours ("hotspot - no", "tried at home and it worked"). */
function neighbourPolarity(readings: readonly SegmentReading[], segments: readonly Segment[], polarityOf: PolarityOf, i: number): 'works' | 'fails' | null {
  // "hotspot - no": a bare outcome right after, or anything joined by "and".
  const next = readings[i + 1];
  if (next !== undefined && segments[i + 1]?.joiner === 'comma' && isBare(next)) return polarityOf(next);
  for (let j = i - 1; j >= 0 && joinedByAnd(segments, j + 1); j--) {
    const p = polarityOf(readings[j] as SegmentReading);
    if (p !== null) return p;
  }
  for (let j = i + 1; j < readings.length && joinedByAnd(segments, j); j++) {
    const p = polarityOf(readings[j] as SegmentReading);
    if (p !== null) return p;
  }
  // "same 500 in incognito, on hotspot": a bare place continuing a list after a "same"/"too" clause.
  const previous = readings[i - 1];
  const current = readings[i] as SegmentReading;
  // "all 500s, also over the hotspot": a place said "too" shares the failure said before it.
  if (current.additive && isBare({ ...current, networks: [] })) {
    for (let j = i - 1; j >= 0; j--) {
      const p = polarityOf(readings[j] as SegmentReading);
      if (p !== null) return p;
    }
  }
  if (previous !== undefined && segments[i]?.joiner === 'comma' && isBare({ ...current, networks: [] }) && previous.additive) return polarityOf(previous);
  return null;
}

function joinedByAnd(segments: readonly Segment[], j: number): boolean {
  return segments[j]?.joiner === 'and';
}

function isBare(r: SegmentReading): boolean {
  return r.networks.length === 0 && !r.cleanBrowser && !r.browser && !r.api && !r.app && !r.mobileDevice && !r.desktopDevice;
}
