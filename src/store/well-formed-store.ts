import { mapStrings } from '../map-strings.ts';
import type { Store } from './store.port.ts';

/**
 * The store with every string argument made well-formed (a lone UTF-16 surrogate becomes U+FFFD)
 * before it is written: Redis's Lua JSON decoder (cjson) refuses `"\ud800"`, so one stored would
 * make every later read of that conversation or incident fail. The adapters refuse or clean such
 * text at the edge already; this is the second line, for a path that missed it.
 */
export function wellFormedStore(store: Store): Store {
  return {
    ...store,
    conversations: wellFormedArgs(store.conversations),
    threads: wellFormedArgs(store.threads),
    events: wellFormedArgs(store.events),
    incidents: wellFormedArgs(store.incidents),
    followers: wellFormedArgs(store.followers),
    turns: wellFormedArgs(store.turns),
    outbox: wellFormedArgs(store.outbox),
  };
}

/** `String.prototype.toWellFormed`: every lone UTF-16 surrogate becomes U+FFFD. */
const wellFormed = (text: string) => text.toWellFormed();

type Method = (...args: unknown[]) => unknown;

/**
 * The port with its methods' arguments cleaned (methods still run on the original object). Each
 * method's wrapper is made once and kept while the port's member stays the same function, not
 * made again on every call.
 */
function wellFormedArgs<T extends object>(port: T): T {
  const wrappers = new Map<PropertyKey, { member: Method; wrapper: Method }>();
  return new Proxy(port, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== 'function') return member;
      const known = wrappers.get(property);
      if (known?.member === member) return known.wrapper;
      const method = member as Method;
      const wrapper: Method = (...args) => method.apply(target, mapStrings(args, wellFormed));
      wrappers.set(property, { member: method, wrapper });
      return wrapper;
    },
  });
}
