import type { FactValue } from '../triage/fact-values.ts';
import { readReply } from '../triage/apply-reply.ts';
import type { ConversationState } from './conversation-state.ts';
import { readFacts } from './read-facts.ts';
import { addToTranscript } from './transcript.ts';
import type { TurnChange } from './take-turn.ts';

/**
 * A free-text reply, read as the answer to the question the person was shown (`asked`; for a
 * state saved before it was kept, the question the facts lead to now) and for any other fact it
 * states. Not understood: the question is asked again (with its "how to test" help after a
 * question back such as "what's incognito?"). An understood reply written with confidence in
 * another supported language switches the conversation to it.
 */
export function replyChange(text: string, status: FactValue<'status'>) {
  return (s: ConversationState): TurnChange => {
    const expecting = s.asked === undefined ? undefined : s.asked === '' ? null : s.asked;
    const read = readReply({ facts: { ...s.facts, status }, details: s.details }, text, expecting);
    const { status: _status, crowd: _crowd, ...asked } = read.facts;
    const { askedAgain: _dropped, ...rest } = s;
    const site = s.site ?? read.details.site;
    const readNow = read.understood ? readFacts(s.facts, asked) : [];
    const transcript = addToTranscript(s.transcript, {
      by: 'text',
      ...(expecting ? { asked: expecting } : {}),
      ...(s.facts.surface ? { surface: s.facts.surface } : {}),
      text,
      read: readNow,
      understood: read.understood,
    });
    const switched = read.understood && read.language !== undefined && read.language !== s.locale ? { locale: read.language } : {};
    return {
      state: { ...rest, facts: asked, transcript, details: read.details, ...(site ? { site } : {}), ...switched, ...(read.understood ? {} : { askedAgain: read.askAgain ?? 'unclear' }) },
      understood: read.understood,
      ...(read.understood ? { read: readNow } : {}),
    };
  };
}
