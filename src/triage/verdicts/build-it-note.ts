import type { ItNote } from '../types.ts';
import { networkPhrase, SURFACE_PHRASES, SYMPTOM_PHRASES } from './fact-phrases.ts';
import type { VerdictContext } from './verdict-context.ts';

export const FILTERING_PRODUCTS = ['Cisco Umbrella', 'Zscaler', 'McAfee Web Gateway', 'Sophos', 'Barracuda', 'Fortinet'] as const;

/** network branch: a ready-to-send, plain-text note asking IT to check filtering and SSL inspection. */
export function buildItNote({ facts, context, surface, allowlist }: VerdictContext): ItNote {
  const where = networkPhrase(facts.network, 'our');
  const what = surface ? SURFACE_PHRASES[surface] : 'ChatGPT';
  const how = facts.symptom ? ` with ${SYMPTOM_PHRASES[facts.symptom]}` : '';
  const lines = ['Hello IT team,', '', `${what} fails${how} on ${where}.`];
  if (facts.other_network === 'works') {
    lines.push('It works on another network (a phone hotspot), so OpenAI’s service and my account are fine.');
  }
  const same = context.crowd?.sameNetwork;
  if (same !== undefined && same > 0) {
    lines.push(`${same} ${same === 1 ? 'colleague' : 'colleagues'} on the same network reported this.`);
  }
  lines.push(
    '',
    'Could you check whether our web filtering, proxy or SSL/TLS inspection blocks or intercepts these OpenAI domains?',
    `Minimum set: ${allowlist.minimum.join(', ')}`,
  );
  if (allowlist.broader.length) lines.push(`Broader list: ${allowlist.broader.join(', ')}`);
  lines.push(
    '',
    '- Web or URL filtering must not return unexpected content (block pages, rewritten responses) for these domains.',
    '- Intercepting or stripping cookies counts as blocking.',
    `- This is usually set in products such as ${FILTERING_PRODUCTS.join(', ')}.`,
    '- The usual fix: allowlist these domains and disable SSL inspection for these public endpoints.',
    '- The list above is a snapshot: please verify it against OpenAI’s live allowlist in the OpenAI Help Center (help.openai.com).',
    '',
    'Thank you!',
  );
  return { text: lines.join('\n'), minimumDomains: [...allowlist.minimum], broaderDomains: [...allowlist.broader] };
}
