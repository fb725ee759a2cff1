import { describe, expect, it } from 'vitest';
import type { Facts } from '../../src/triage/fact-values.ts';
import { readCase as read, type Case } from './read-case.ts';

const W: Facts = { surface: 'web', symptom: 'http_500' };

/**
 * Issue 13, eighteenth round: families of wording probed in all four languages with sentences
 * written for these tests (no blind batch, no held-out reply): each family is a general way of
 * saying something, and each case one instance of it.
 */
describe('eighteenth round: no means of testing, or nothing tested, is not having tried', () => {
  it.each<Case>([
    ["I don't have a work phone, so no way to test another network", 'other_network', W, { other_network: 'not_tried' }],
    ["there's no way for me to try another network", 'other_network', W, { other_network: 'not_tried' }],
    ['no possibility to test it', 'other_network', W, { other_network: 'not_tried' }],
    ['had no way to try it', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['nothing tested yet', 'other_network', W, { other_network: 'not_tried' }],
    ['tested nothing so far, sorry', 'other_network', W, { other_network: 'not_tried' }],
    ['kein Diensthandy, also konnte ich nichts testen', 'other_network', W, { other_network: 'not_tried' }],
    ['noch nichts getestet', 'other_network', W, { other_network: 'not_tried' }],
    ['ich habe nichts probiert', 'other_network', W, { other_network: 'not_tried' }],
    ['noch nichts ausprobiert', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no hay manera de probar otra red', 'other_network', W, { other_network: 'not_tried' }],
    ['no tengo forma de probarlo', 'other_network', W, { other_network: 'not_tried' }],
    ["j'ai pu rien tester", 'other_network', W, { other_network: 'not_tried' }],
    ['aucun moyen de tester un autre réseau', 'other_network', W, { other_network: 'not_tried' }],
    ['pas moyen de tester ici', 'other_network', W, { other_network: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });

  it.each<Case>([
    // The means named, the verb not a test: it says the test failed.
    ["there's no way to get it working on the hotspot either", 'other_network', W, { other_network: 'fails' }],
    ['nope, no way it works on the hotspot', 'other_network', W, { other_network: 'fails' }],
    ['nothing works on the hotspot either', 'other_network', W, { other_network: 'fails' }],
  ])('%s (asked %s) is a failure', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: an emphatic no is a no, an emphatic yes a yes', () => {
  const no: Facts = { clean_browser: 'fails' };
  const yes: Facts = { clean_browser: 'works' };
  it.each<Case>([
    ['absolutely not', 'clean_browser', W, no],
    ['definitely not', 'clean_browser', W, no],
    ['of course not', 'clean_browser', W, no],
    ['no, absolutely not', 'clean_browser', W, no],
    ['not at all', 'clean_browser', W, no],
    ["I'm afraid not", 'clean_browser', W, no],
    ['of course', 'clean_browser', W, yes],
    ['certainly', 'clean_browser', W, yes],
    ['natürlich nicht', 'clean_browser', W, no],
    ['überhaupt nicht', 'clean_browser', W, no],
    ['auf keinen Fall', 'clean_browser', W, no],
    ['natürlich', 'clean_browser', W, yes],
    ['claro que no', 'clean_browser', W, no],
    ['en absoluto', 'clean_browser', W, no],
    ['por supuesto', 'clean_browser', W, yes],
    ['certainement pas', 'clean_browser', W, no],
    ['bien sûr que non', 'clean_browser', W, no],
    // After a verb the adverb negates it as before; doubt stays doubt.
    ['geht gar nicht', 'clean_browser', W, no],
    ['probably not', 'clean_browser', W, 'unclear'],
    ['peut-être pas', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: what it did first, then the failure, is a failure', () => {
  it.each<Case>([
    ['in incognito it loads but then 500 again', 'clean_browser', W, { clean_browser: 'fails' }],
    ['im Inkognito lädt es, aber dann wieder 500', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito carga pero luego 500 otra vez', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé ça charge puis 500 encore', 'clean_browser', W, { clean_browser: 'fails' }],
    ['zuerst ging es im Inkognito, jetzt auch nicht mehr', 'clean_browser', W, { clean_browser: 'fails' }],
    ['au début ça marchait en privé, maintenant plus', 'clean_browser', W, { clean_browser: 'fails' }],
    // A question keeps its "dann"; a plain success stays one.
    ['ich nutz das über einen Link im Intranet, ist das dann web?', 'surface', {}, 'unclear'],
    ['works in incognito but really slow', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("eighteenth round: someone else's test, and another device, are not the reporter's answer", () => {
  it.each<Case>([
    ['my colleague tried it on the hotspot, works', 'other_network', W, 'unclear'],
    ['mein Kollege hat es am Hotspot probiert, geht', 'other_network', W, 'unclear'],
    ['meine Kollegin hat Inkognito probiert, bei ihr geht es', 'clean_browser', W, 'unclear'],
    ['ma collègue a essayé en privé, ça marche pour elle', 'clean_browser', W, 'unclear'],
    ['en mi portátil personal sí funciona', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s) is unclear', (...c) => {
    expect(read(c)).toBe('unclear');
  });

  it.each<Case>([
    // The reporter took part, or ran the test.
    ['my colleague and I both tried the hotspot, works', 'other_network', W, { other_network: 'works' }],
    ['I tried the hotspot, it works', 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: not allowed to run a test is not having tried it', () => {
  it.each<Case>([
    ["they don't let us open incognito", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["our laptops won't let me use private mode", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['Our laptops do not let us open incognito, IT disabled it a year ago.', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['der Laptop lässt mich kein privates Fenster öffnen', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['wir dürfen kein Inkognito benutzen', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['le PC ne me laisse pas ouvrir de fenêtre privée', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no me deja abrir una ventana privada', 'clean_browser', W, { clean_browser: 'not_tried' }],
    // A promise to do it later.
    ['I would have to go outside to get signal for the hotspot, will do after lunch.', 'other_network', W, { other_network: 'not_tried' }],
    ['will do later', 'other_network', W, { other_network: 'not_tried' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("eighteenth round: 'I can't really tell' is doubt", () => {
  it.each<Case>([
    ["I can't really tell", 'clean_browser', W, 'unclear'],
    ["I can't really say", 'clean_browser', W, 'unclear'],
    ["I can't really tell, the private window asks me to log in and our SSO is slow today, so I gave up.", 'clean_browser', W, 'unclear'],
    ['das kann ich nicht genau sagen', 'clean_browser', W, 'unclear'],
    ['kann ich dir nicht wirklich sagen', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s) is unclear', (...c) => {
    expect(read(c)).toBe('unclear');
  });
});

describe('eighteenth round: the same outcome said of a second thing, and failures after retrying', () => {
  it.each<Case>([
    ['My normal window is broken and so is incognito.', 'clean_browser', W, { clean_browser: 'fails' }],
    ['the normal tab fails, so does the private one', 'clean_browser', W, { clean_browser: 'fails' }],
    ['So I opened a private window like you said, logged in again, and the chat loaded for a second but then the same 500 popped up.', 'clean_browser', W, { clean_browser: 'fails' }],
    ['in incognito it worked for a minute, then 500 again', 'clean_browser', W, { clean_browser: 'fails' }],
    ['after 5 retries still 500', 'retries', { surface: 'api', symptom: 'api_500' }, { retries: 'persists' }],
    ['nach 3 Versuchen immer noch 500', 'retries', { surface: 'api', symptom: 'api_500' }, { retries: 'persists' }],
    ['tras varios reintentos sigue el 500', 'retries', { surface: 'api', symptom: 'api_500' }, { retries: 'persists' }],
    ['après 3 essais toujours 500', 'retries', { surface: 'api', symptom: 'api_500' }, { retries: 'persists' }],
    ['die anderen Endpunkte gehen', 'api_health', W, { api_health: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: longer replies that tell a story', () => {
  it.each<Case>([
    // A clause about then, and what "and" joins to it, do not outweigh the answer.
    ['Incognito works. I cleared my cache yesterday and that did nothing.', 'clean_browser', W, { clean_browser: 'works' }],
    ['¡¡En incógnito funciona!! Raro, ayer ya había borrado la caché y no sirvió de nada.', 'clean_browser', W, { clean_browser: 'works' }],
    ["En navigation privée ça fonctionne !! Bizarre, j'avais vidé le cache hier et ça n'avait rien changé.", 'clean_browser', W, { clean_browser: 'works' }],
    ['it used to work in incognito and now it fails', 'clean_browser', W, { clean_browser: 'fails' }],
    // What it did first, then the failure.
    ["Alors j'ai ouvert une fenêtre privée comme vous avez dit, je me suis reconnecté, et ça a chargé deux secondes puis la même erreur 500.", 'clean_browser', W, { clean_browser: 'fails' }],
    ['Abrí una ventana privada como dijiste, volví a iniciar sesión y cargó un segundo pero luego otra vez el 500.', 'clean_browser', W, { clean_browser: 'fails' }],
    ['La ventana normal falla y la privada también.', 'clean_browser', W, { clean_browser: 'fails' }],
    ['Estuvimos reintentando toda la noche, cada llamada volvió con 500.', 'retries', { surface: 'api', symptom: 'api_500' }, { retries: 'persists' }],
    // "Seemed to load?" after doubt is no answer.
    ['No sé si lo hice bien, pero en incógnito parecía cargar?', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: the error gone is a success, "no longer works" a failure', () => {
  const works: Facts = { clean_browser: 'works' };
  const fails: Facts = { clean_browser: 'fails' };
  it.each<Case>([
    ['in incognito the error is gone', 'clean_browser', W, works],
    ['no more error in incognito', 'clean_browser', W, works],
    ['the 500 is gone in incognito', 'clean_browser', W, works],
    ['im Inkognito ist der Fehler weg', 'clean_browser', W, works],
    ['en incógnito desaparece el error', 'clean_browser', W, works],
    ['en incógnito ya no sale el error', 'clean_browser', W, works],
    ["en privé l'erreur a disparu", 'clean_browser', W, works],
    ['sur la 4G plus aucun souci', 'other_network', W, { other_network: 'works' }],
    ["en privé c'est niquel", 'clean_browser', W, works],
    ['incognito no longer works either', 'clean_browser', W, fails],
    ['im Inkognito geht es nicht mehr', 'clean_browser', W, fails],
    ["en privé c'est mort", 'clean_browser', W, fails],
    // The error gone and another now is a correction, as before.
    ['access denied is gone, now chrome shows a cert error', 'symptom', { surface: 'web' }, { symptom: 'ssl_or_network_config' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: corrections and lists', () => {
  it.each<Case>([
    ['geht – nein, doch nicht', 'clean_browser', W, { clean_browser: 'fails' }],
    ['Inkognito geht auch nicht, über Hotspot aber schon', 'clean_browser', W, { clean_browser: 'fails', other_network: 'works' }],
    ['4G: ok / wifi boîte: ko', 'other_network', { ...W, network: 'office' }, { other_network: 'works' }],
    ['works, sorry no, fails', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé non plus, mais en 4G ça passe', 'clean_browser', W, { clean_browser: 'fails', other_network: 'works' }],
    // A slash inside a word list or between codes stays one clause.
    ['through curl / our integration, status 429', 'surface', {}, { surface: 'api', symptom: 'api_429' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: Spanish everyday yes, no and sometimes; none that pass', () => {
  const API5: Facts = { surface: 'api', symptom: 'api_500' };
  it.each<Case>([
    ['qué va', 'clean_browser', W, { clean_browser: 'fails' }],
    ['ni de coña', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito no me va', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito funca', 'clean_browser', W, { clean_browser: 'works' }],
    ['en incógnito cero problemas', 'clean_browser', W, { clean_browser: 'works' }],
    ['zero problems in incognito', 'clean_browser', W, { clean_browser: 'works' }],
    ['en incógnito fatal', 'clean_browser', W, { clean_browser: 'fails' }],
    ['con el 4G igualito', 'other_network', W, { other_network: 'fails' }],
    ['igual sí', 'clean_browser', W, 'unclear'],
    ['a ratos', 'retries', API5, { retries: 'intermittent' }],
    ['cada tanto entra una', 'retries', API5, { retries: 'intermittent' }],
    ['ninguna pasa', 'retries', API5, { retries: 'persists' }],
    ['none pass', 'retries', API5, { retries: 'persists' }],
    ['none goes through', 'retries', API5, { retries: 'persists' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: a test promised for later, and everyday French and German', () => {
  it.each<Case>([
    ['je testerai ce soir chez moi', 'other_network', W, { other_network: 'not_tried' }],
    ['lo pruebo esta noche en casa', 'other_network', W, { other_network: 'not_tried' }],
    ["I'll test tonight at home", 'other_network', W, { other_network: 'not_tried' }],
    ['pas de réseau pour tester', 'other_network', W, { other_network: 'not_tried' }],
    ['pas trop', 'clean_browser', W, { clean_browser: 'fails' }],
    ['im Inkognito tut sich nix', 'clean_browser', W, { clean_browser: 'fails' }],
    ['übers Handy-Netz flutscht es', 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: the conditional is no result', () => {
  it.each<Case>([
    ['en privé ça marcherait', 'clean_browser', W, 'unclear'],
    ['en privé ça fonctionnerait', 'clean_browser', W, 'unclear'],
    ['en incógnito iría bien', 'clean_browser', W, 'unclear'],
    ['en incógnito funcionaría', 'clean_browser', W, 'unclear'],
    ['it would work in incognito', 'clean_browser', W, 'unclear'],
    ['im Inkognito würde es gehen', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s) is unclear', (...c) => {
    expect(read(c)).toBe('unclear');
  });
});

describe('eighteenth round: a hope or a prediction is no result', () => {
  it.each<Case>([
    ['hopefully it works in incognito', 'clean_browser', W, 'unclear'],
    ['I hope incognito works', 'clean_browser', W, 'unclear'],
    ['it will work in incognito', 'clean_browser', W, 'unclear'],
    ['en privé ça marchera', 'clean_browser', W, 'unclear'],
    ["j'espère que ça marche en privé", 'clean_browser', W, 'unclear'],
    ['ojalá funcione en incógnito', 'clean_browser', W, 'unclear'],
    ['en incógnito funcionará', 'clean_browser', W, 'unclear'],
    ['im Inkognito wird es schon gehen', 'clean_browser', W, 'unclear'],
    ['hoffentlich klappt es im Inkognito', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s) is unclear', (...c) => {
    expect(read(c)).toBe('unclear');
  });

  it.each<Case>([
    // A hope about something else leaves the answer as it is.
    ['works in incognito. I hope you can fix the normal one', 'clean_browser', W, { clean_browser: 'works' }],
    ['yes it works in incognito, I hope it stays that way', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: French leans count, doubt said after the answer takes it back', () => {
  it.each<Case>([
    ['je dirais que oui', 'clean_browser', W, { clean_browser: 'works' }],
    ['en 4G je dirais que non', 'other_network', W, { other_network: 'fails' }],
    ['je crois pas que ça marche en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['pas vraiment', 'clean_browser', W, { clean_browser: 'fails' }],
    ['pas franchement', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé ça marche, enfin normalement', 'clean_browser', W, 'unclear'],
    ['en privé ça marche... ou pas', 'clean_browser', W, 'unclear'],
    ['it works in incognito... or not', 'clean_browser', W, 'unclear'],
    ['funciona en incógnito... o no', 'clean_browser', W, 'unclear'],
    ['works in incognito, well, normally', 'clean_browser', W, 'unclear'],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: French negation traps and "nothing works"', () => {
  it.each<Case>([
    ["ça marche pas qu'en privé, en normal aussi", 'clean_browser', W, { clean_browser: 'works' }],
    ['rien ne marche en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['nothing works in incognito', 'clean_browser', W, { clean_browser: 'fails' }],
    ['si si ça marche en privé', 'clean_browser', W, { clean_browser: 'works' }],
    ['non toujours rien', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé pas de changement', 'clean_browser', W, { clean_browser: 'fails' }],
    ['nothing gets through', 'retries', { surface: 'api', symptom: 'api_500' }, { retries: 'persists' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("eighteenth round: a phone's network named beside another test was tried", () => {
  it.each<Case>([
    ['incognito works, hotspot fails', 'clean_browser', W, { clean_browser: 'works', other_network: 'fails' }],
    ['1. incognito ✅\n2. hotspot ❌', 'clean_browser', W, { clean_browser: 'works', other_network: 'fails' }],
    ['works in incognito, fails on the hotspot', 'clean_browser', W, { clean_browser: 'works', other_network: 'fails' }],
    // Where the person is stays where it fails.
    ["I'm on my hotspot, incognito fails too", 'clean_browser', W, { clean_browser: 'fails', network: 'mobile_data' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: a list that names the usual window bare', () => {
  it.each<Case>([
    ['- incognito: works\n- normal: broken', 'clean_browser', W, { clean_browser: 'works' }],
    ['• privé : ça marche\n• normal : KO', 'clean_browser', W, { clean_browser: 'works' }],
    // "the usual 500" is the error, not a window.
    ['the usual 500', 'symptom', { surface: 'web' }, { symptom: 'http_500' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: everyday German', () => {
  const API5: Facts = { surface: 'api', symptom: 'api_500' };
  it.each<Case>([
    ["im Inkognito tut's nicht", 'clean_browser', W, { clean_browser: 'fails' }],
    ['im Inkognito kommt der Fehler nicht', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito ist alles in Ordnung', 'clean_browser', W, { clean_browser: 'works' }],
    ['Hotspot hab ich nicht', 'other_network', W, { other_network: 'not_tried' }],
    ['immer wieder mal', 'retries', API5, { retries: 'intermittent' }],
    ['jedes Mal', 'retries', API5, { retries: 'persists' }],
    // A test named and "nicht" after it is still a failure.
    ['im Inkognito geht es nicht', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe("eighteenth round: the error that does not show is a success", () => {
  const works: Facts = { clean_browser: 'works' };
  it.each<Case>([
    ["the error doesn't come up in incognito", 'clean_browser', W, works],
    ["the error doesn't appear in incognito", 'clean_browser', W, works],
    ["the 500 doesn't show in incognito", 'clean_browser', W, works],
    ['in incognito the error never shows up', 'clean_browser', W, works],
    ["I don't see the error in incognito", 'clean_browser', W, works],
    ['im Inkognito erscheint der Fehler nicht', 'clean_browser', W, works],
    ['im Inkognito sehe ich den Fehler nicht', 'clean_browser', W, works],
    ['en incógnito no veo el 500', 'clean_browser', W, works],
    ["en privé l'erreur n'apparaît pas", 'clean_browser', W, works],
    // Still there is still a failure.
    ['in incognito I still get the error', 'clean_browser', W, { clean_browser: 'fails' }],
    ['im Inkognito kommt der Fehler immer noch', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: "kind of" in Spanish, and English leans', () => {
  it.each<Case>([
    ['en incógnito como que funciona', 'clean_browser', W, 'unclear'],
    ['en incógnito medio funciona', 'clean_browser', W, 'unclear'],
    ['en incógnito funciona a medias', 'clean_browser', W, 'unclear'],
    ['i suppose so', 'clean_browser', W, 'unclear'],
    ['sin duda', 'clean_browser', W, { clean_browser: 'works' }],
    ['i believe not', 'clean_browser', W, { clean_browser: 'fails' }],
    ['seems so', 'clean_browser', W, { clean_browser: 'works' }],
    ['me parece que sí', 'clean_browser', W, { clean_browser: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: a test not dared, forgotten or not thought of; Québec and conditional French', () => {
  it.each<Case>([
    ["j'ai pas osé tester en privé", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["j'ai pas pensé à tester en privé", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ["j'ai oublié de tester", 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['ça fonctionne pantoute en privé', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en privé ça semblerait marcher', 'clean_browser', W, 'unclear'],
    ["ça a l'air d'aller en privé", 'clean_browser', W, { clean_browser: 'works' }],
    ["en 4G ça a l'air d'aller", 'other_network', W, { other_network: 'works' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: Spanish tests not run, "never" and "not even"', () => {
  it.each<Case>([
    ['no me dio tiempo a probar', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no me atreví a probar', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['no caí en probarlo', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['se me olvidó probar', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['en incógnito jamás funcionó', 'clean_browser', W, { clean_browser: 'fails' }],
    ['en incógnito ni siquiera carga', 'clean_browser', W, { clean_browser: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});

describe('eighteenth round: German no error, and tests not run', () => {
  it.each<Case>([
    ['im Inkognito keinerlei Probleme', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito gibt es keine Fehler', 'clean_browser', W, { clean_browser: 'works' }],
    ['im Inkognito gibts den Fehler nicht', 'clean_browser', W, { clean_browser: 'works' }],
    ['hab vergessen zu testen', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['hab mich nicht getraut, das zu testen', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['hab nicht dran gedacht', 'clean_browser', W, { clean_browser: 'not_tried' }],
    ['mit dem Hotspot tut sich auch nichts', 'other_network', W, { other_network: 'fails' }],
  ])('%s (asked %s)', (...c) => {
    expect(read(c)).toEqual(c[3]);
  });
});
