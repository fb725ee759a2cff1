import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTeamsConnector } from '../../../adapters/teams/teams-connector.ts';
import { createTeamsPacer } from '../../../adapters/teams/teams-pacer.ts';
import { DeliveryFailure } from '../../../src/delivery/delivery-failure.ts';

/**
 * How the Bot Connector client reads answers, against a real HTTP server on loopback that answers
 * each call as told: a 2xx is accepted even without a body (an update often has none), a 2xx
 * whose body is not JSON is tried again, an answer without an id is still a delivered message.
 */
describe('the Bot Connector client', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  async function connectorAnswering(answer: (req: IncomingMessage, res: ServerResponse) => void) {
    const seen: { method: string; url: string; authorization: string | undefined }[] = [];
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
        answer(req, res);
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/teams/`;
    const connector = createTeamsConnector({
      tokens: { token: async () => 'token-1', invalidate: () => {} },
      pacer: createTeamsPacer(),
      allowed: async (url) => url === serviceUrl,
      timeoutMs: 2000,
    });
    return { connector, seen, target: { serviceUrl, conversationId: 'a:1xyz' } };
  }

  const reasonOf = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (error) {
      return error instanceof DeliveryFailure ? `${error.kind}:${error.reason}` : String(error);
    }
    return 'resolved';
  };

  it('posts with the bearer token to v3/conversations/{id}/activities and returns the id', async () => {
    const { connector, seen, target } = await connectorAnswering((_req, res) => res.writeHead(201, { 'content-type': 'application/json' }).end('{"id":"1:abc"}'));
    expect(await connector.send(target, { type: 'message', text: 'hi' })).toEqual({ id: '1:abc' });
    expect(seen).toEqual([{ method: 'POST', url: '/teams/v3/conversations/a%3A1xyz/activities', authorization: 'Bearer token-1' }]);
  });

  it('an update answered 200 with no body is done', async () => {
    const { connector, target } = await connectorAnswering((_req, res) => res.writeHead(200).end());
    expect(await reasonOf(connector.update(target, '1:abc', { type: 'message', text: 'new' }))).toBe('resolved');
  });

  it('a post answered 200 with JSON but no id was delivered: not sent again', async () => {
    const { connector, target } = await connectorAnswering((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    expect(await connector.send(target, { type: 'message', text: 'hi' })).toEqual({ id: '' });
  });

  it('a 200 whose body is a gateway page is uncertain: tried again', async () => {
    const { connector, target } = await connectorAnswering((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('<html>bad gateway</html>'));
    expect(await reasonOf(connector.send(target, { type: 'message', text: 'hi' }))).toBe('transient:teams:unreadable_answer');
    expect(await reasonOf(connector.update(target, '1:abc', { type: 'message', text: 'hi' }))).toBe('transient:teams:unreadable_answer');
  });

  it('a service URL that was neither configured nor seen is never called', async () => {
    const { connector, seen } = await connectorAnswering((_req, res) => res.writeHead(201).end('{"id":"1"}'));
    expect(await reasonOf(connector.send({ serviceUrl: 'https://evil.example/', conversationId: 'a:1' }, { type: 'message' }))).toBe('refused:teams:service_url_not_allowed');
    expect(seen).toEqual([]);
  });
});
