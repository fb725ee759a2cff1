import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A route the bot's server answers ahead of express's routing (adapters/app/answer-direct-routes.ts):
 * one method and one exact path (no query string), handled on node's own request and response.
 */
export interface DirectRoute {
  method: 'POST';
  path: string;
  /** Answers the request; it reads the body itself. */
  handle: (req: IncomingMessage, res: ServerResponse) => void;
}
