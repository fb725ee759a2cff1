import { supportReport } from './support-report-fields.ts';
import type { VerdictBody, VerdictContext } from './verdict-context.ts';

const HAR_WARNING =
  'A HAR holds your cookies, bearer tokens and session ids: redact it before you share it, and never post it unredacted in a chat, channel or ticket.';

export function escalateVerdict({ facts, surface }: VerdictContext): VerdictBody {
  if (surface === 'api') return apiEscalation();
  const app = surface === 'desktop' || surface === 'mobile';
  const survived = app
    ? 'It fails in the app and in the browser, on another network too'
    : 'It fails in a private window and on another network too';
  const api = facts.api_health === 'fails' ? ' API calls from your organization fail as well: put that in the report.' : '';
  return {
    headline: 'Reproducible: time to contact OpenAI support',
    summary: `${survived}, with no live ChatGPT incident known to explain it: a reproducible failure that support can act on.${api}`,
    steps: [
      'Note the time it fails, with your timezone, and take screenshots of the error.',
      'Note your browser or app and its version, and the device.',
      'Capture a HAR file and the console log while you reproduce it in the browser (DevTools → Network → Export HAR; Console → Save as).',
      HAR_WARNING,
      'Copy the conversation URL if it fails in a specific conversation.',
      'Contact OpenAI support at https://help.openai.com with the report below.',
    ],
    stopWhen: 'Support has a complete report.',
    supportReport: supportReport('web'),
  };
}

function apiEscalation(): VerdictBody {
  return {
    headline: 'An API error to take to support',
    summary:
      'An API error that is neither a 5xx nor a 429 depends on the request itself. If its message does not explain it, ' +
      'it is a case for support with a complete API report.',
    steps: [
      'Read the error payload: its message often names the cause (key or permissions, model name, a parameter).',
      'Reproduce it once with a minimal request, and keep the x-request-id of the response and your X-Client-Request-Id.',
      'Note the model, endpoint, service tier, project, time range with timezone and the failing percentage.',
      'Contact OpenAI support at https://help.openai.com with the API report below.',
    ],
    stopWhen: 'Support has a complete report.',
    supportReport: supportReport('api'),
  };
}
