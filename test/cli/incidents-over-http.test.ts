import { describe, expect, it } from 'vitest';
import { startInProcess } from '../adapters/app/helpers/start-in-process.ts';
import { FAILS_EVERYWHERE, reportOverApi } from '../adapters/web/helpers/report-over-api.ts';
import { freePort } from '../helpers/redis-server.ts';
import { runCli } from '../helpers/run-cli.ts';

const TOKEN = 'incidents-cli-token-0123456789';

/** `chatgpt-500 incidents --url`: a running bot on the in-memory store, asked over HTTP (real server, real desk). */
describe('chatgpt-500 incidents --url', () => {
  it('lists the running bot\'s incidents with HELPDESK_TOKEN, as text and as JSON; without the token it says what the bot answered', async () => {
    const { url } = await startInProcess({ INCIDENT_MIN_REPORTERS: '2', WEB_REPORTERS_PER_ADDRESS: '10', HELPDESK_TOKEN: TOKEN });
    await reportOverApi([url], 'r-home', { ...FAILS_EVERYWHERE, network: 'home' });
    await reportOverApi([url], 'r-office', { ...FAILS_EVERYWHERE, network: 'office' });
    const fromApi = (await (await fetch(`${url}/api/incidents`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as { incidents: { id: string; title: string }[] };
    expect(fromApi.incidents).toHaveLength(1);
    const [incident] = fromApi.incidents;

    const text = await runCli(['incidents', '--url', `${url}/`], { HELPDESK_TOKEN: TOKEN });
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(`${incident!.id}  open  ${incident!.title}\n`);

    const json = await runCli(['incidents', '--url', url, '--json'], { HELPDESK_TOKEN: TOKEN });
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { incidents: { id: string; reporters: number }[] }).incidents).toMatchObject([{ id: incident!.id, reporters: 2 }]);

    const refused = await runCli(['incidents', '--url', url], {});
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`chatgpt-500 incidents: ${url}/api/incidents answered 401: The helpdesk API needs "Authorization: Bearer <HELPDESK_TOKEN>".\n`);
  });

  it('an address where nothing listens: one line, exit 1; an address that is not http(s): usage error, exit 2', async () => {
    const port = await freePort();
    const dead = await runCli(['incidents', '--url', `http://127.0.0.1:${port}`], {});
    expect(dead.code).toBe(1);
    expect(dead.stderr).toBe(
      `chatgpt-500 incidents: cannot reach http://127.0.0.1:${port}/api/incidents: connect ECONNREFUSED 127.0.0.1:${port}. Is the bot running there? (--url is its address, e.g. http://localhost:3000)\n`,
    );
    const bad = await runCli(['incidents', '--url', 'localhost:3000'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--url must be the bot\'s http(s) address');
  });
});
