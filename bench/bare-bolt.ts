/**
 * The baseline of `npm run bench`: a bare @slack/bolt App (its own HTTP receiver, the same signing
 * secret) whose only listener acks `/chatgpt-500`. Reads SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN,
 * SLACK_API_URL (never called: no token check at start) and PORT; listens on 127.0.0.1 and prints
 * "listening http://127.0.0.1:<port>/slack/events". Plain JavaScript (no type annotations), so the
 * benchmark runs it without a TypeScript loader: node --input-type=module --eval "$(cat bench/bare-bolt.ts)"
 */
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;

const required = (name = '') => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};

const app = new App({
  signingSecret: required('SLACK_SIGNING_SECRET'),
  token: required('SLACK_BOT_TOKEN'),
  tokenVerificationEnabled: false,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? 'http://127.0.0.1:9/api/' },
  logLevel: LogLevel.ERROR,
});

app.command('/chatgpt-500', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'Thanks, looking into it: I have sent you a direct message.' });
});

const server = await app.start({ port: Number(process.env.PORT ?? '0'), host: '127.0.0.1' });
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
console.log(`listening http://127.0.0.1:${port}/slack/events`);

const stop = () => {
  void app.stop().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
