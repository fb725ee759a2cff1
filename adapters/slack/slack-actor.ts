import { escapeMrkdwn } from './escape-mrkdwn.ts';

const SLACK_ACTOR = /^slack:([UW][A-Z0-9]{2,30})$/;

/**
 * Who did something on an incident, as the desk records it: Slack users are "slack:<user id>"
 * (shown as a mention); anyone else (the web board, the status page) as escaped text.
 */
export const slackActor = {
  of(userId: string): string {
    return `slack:${userId}`;
  },
  label(actor: string): string {
    const m = SLACK_ACTOR.exec(actor);
    return m ? `<@${m[1]}>` : escapeMrkdwn(actor, { from: 'person' });
  },
};
