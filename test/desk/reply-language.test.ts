import { describe, expect, it, onTestFinished } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { assembleDesk } from '../../src/desk/assemble-desk.ts';
import { parseConversationState } from '../../src/desk/conversation-state.ts';
import type { Reporter, ThreadAddress } from '../../src/desk/desk.port.ts';
import type { PlatformSender } from '../../src/delivery/platform-sender.port.ts';
import type { Store } from '../../src/store/store.port.ts';
import { manualClock } from '../helpers/manual-clock.ts';
import { statusSource } from '../helpers/status-readings.ts';
import { useStoreBackends } from '../helpers/store-backends.ts';

const backends = useStoreBackends();
const config = loadConfig({ INCIDENT_CARD_MIN_INTERVAL_SECONDS: '0', DELIVERY_RETRY_MIN_SECONDS: '0.05' });

const quiet: PlatformSender = {
  async thread() {},
  async notice() {},
  async card(_incident, ref) {
    return ref ?? 'card-1';
  },
};

let replicas = 0;
const person: Reporter = { id: 'U1', name: 'Person 1', platform: 'slack' };
const thread: ThreadAddress = { platform: 'slack', ref: { channel: 'D1', threadTs: '1.0001' } };

async function setup(backend: 'memory' | 'redis') {
  const clock = manualClock();
  const store: Store = await backends.make(backend, { now: clock.now });
  const assembled = assembleDesk({ store, status: statusSource(), config, now: clock.now, consumer: `reply-language-${++replicas}`, blockMs: 20 });
  assembled.senders.register('slack', quiet);
  assembled.start();
  onTestFinished(() => assembled.close(500));
  /** The conversation's language as stored (the turns' texts are built in it). */
  const localeOf = async (id: string) => {
    const stored = await store.conversations.get(id);
    return stored === null ? null : parseConversationState(stored.state).locale;
  };
  return { ...assembled, localeOf };
}

describe.each(['memory', 'redis'] as const)('free-text replies in other languages, desk on %s', (backend) => {
  it('an understood reply written in another supported language switches the conversation to it', async () => {
    const { desk, localeOf } = await setup(backend);
    const first = await desk.start({ reporter: person, thread, text: 'web 500' });
    expect(first.next?.fact).toBe('clean_browser');
    const german = await desk.reply(first.conversationId, 'nein, im Inkognito-Fenster geht es auch nicht');
    expect(german.understood).toBe(true);
    expect(german.facts).toMatchObject({ clean_browser: 'fails' });
    expect(await localeOf(first.conversationId)).toBe('de');
    // A reply whose words tell no language ("Büro-WLAN" is two words of one) leaves it as it is.
    const yes = await desk.reply(first.conversationId, 'Büro-WLAN');
    expect(yes.facts).toMatchObject({ network: 'office' });
    expect(await localeOf(first.conversationId)).toBe('de');
    const french = await desk.reply(first.conversationId, 'oui, avec le partage de connexion ça marche');
    expect(french.facts).toMatchObject({ other_network: 'works' });
    expect(await localeOf(first.conversationId)).toBe('fr');
  });

  it('a reply not understood never switches the language, and a question back about a test gets its "how to test" help', async () => {
    const { desk, localeOf } = await setup(backend);
    const first = await desk.start({ reporter: person, thread, text: 'web 500' });
    const back = await desk.reply(first.conversationId, "c'est quoi le mode privé ?");
    expect(back.understood).toBe(false);
    expect(back.facts).toEqual(first.facts);
    expect(back.next).toMatchObject({ fact: 'clean_browser', askedAgain: 'not_tried' });
    expect(back.next?.help).toBeTruthy();
    expect(await localeOf(first.conversationId)).toBeUndefined();
    const request = await desk.reply(first.conversationId, 'can you just fix it');
    expect(request.understood).toBe(false);
    expect(request.next).toMatchObject({ fact: 'clean_browser', askedAgain: 'unclear' });
  });
});
