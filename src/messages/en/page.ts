import type { Message } from '../message.ts';

/** English texts of the triage page's own area (`page.`): its identity, progress and the resolved verdict. */
export const page = {
  'page.tagline': "Help for ChatGPT errors, from your help desk",
  'page.progress': "Question {step} of about {about}",
  'page.progress_done': "Your result",
  'page.status_rate_limited': "Many pages on your network are checking the live status at once; it is checked again in a minute.",
  'page.resolved_headline': "Fixed: the incident is resolved",
  'page.resolved_summary': "Reload ChatGPT and try again. If it still fails, start over here and the triage looks at it afresh.",
  'page.earlier_advice': "The advice while it was down",
  'page.still_failing': "It still fails: start over",
} satisfies Record<string, Message>;
