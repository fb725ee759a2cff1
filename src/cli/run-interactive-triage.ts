import type { CliIo } from './cli-io.ts';
import { createTerminalAsker, type TerminalAsker } from './ask-in-terminal.ts';
import { formatDecisionText } from './format-decision-text.ts';
import { applyReply } from '../triage/apply-reply.ts';
import { decideNext } from '../triage/decide-next.ts';
import { isFactValue, type Facts } from '../triage/fact-values.ts';
import type { AskAgainReason, Details, TriageContext } from '../triage/types.ts';
import type { Locale } from '../messages/locale.ts';
import { readingInTerminal } from './reading-in-terminal.ts';

/** Exit code when the person cancels (Ctrl+C), as shells report SIGINT. */
export const CANCELLED_EXIT_CODE = 130;

export interface InteractiveOptions {
  offline: boolean;
  /** Context known without observing (e.g. the IT allowlist from configuration). */
  context?: TriageContext;
  /** Observed facts and context (the live status); injected so tests need no network. */
  observe?: () => Promise<{ facts: Facts; context: TriageContext; line: string }>;
  /** The language of the "Got it" lines (default en). */
  locale?: Locale;
}

/** The terminal conversation: one question at a time until a verdict. */
export async function runInteractiveTriage(io: CliIo, options: InteractiveOptions): Promise<number> {
  const out = io.stdout;
  out.write('chatgpt-500 — let\'s find which path your "HTTP ERROR 500" is on.\n');
  let facts: Facts = {};
  let context: TriageContext = { ...options.context };
  if (!options.offline && options.observe) {
    out.write('Checking OpenAI\'s live status…\n');
    const observed = await options.observe();
    facts = { ...observed.facts };
    context = { ...context, ...observed.context };
    out.write(`${observed.line}\n`);
  }
  const asker = createTerminalAsker(io.stdin, out);
  try {
    return await converse(asker, out, facts, context, readingInTerminal(out, options.locale ?? 'en'));
  } finally {
    asker.close();
  }
}

async function converse(asker: TerminalAsker, out: CliIo['stdout'], initial: Facts, context: TriageContext, reading: ReturnType<typeof readingInTerminal>): Promise<number> {
  let facts = initial;
  let details: Details = {};
  let askedAgain: AskAgainReason | undefined;
  for (;;) {
    const decision = decideNext({ facts, details, context, askedAgain });
    if (decision.verdict) {
      out.write('\n' + formatDecisionText(decision));
      // A verdict reached by a typed reply: one chance to say it was misread.
      const confirm = reading.confirmQuestion();
      const said = confirm ? await asker.ask(confirm) : undefined;
      if (said?.kind === 'choice' ? said.value === 'change' : said?.kind === 'text' && reading.isChange(said.text)) {
        facts = reading.takeBack(facts);
        askedAgain = undefined;
        continue;
      }
      return 0;
    }
    const question = decision.next;
    if (question.askedAgain === 'unclear') out.write("\nSorry, I couldn't tell what you meant. Pick a choice, or say it another way.\n");
    if (question.askedAgain === 'not_tried' && question.help) out.write(`\nHow to test this: ${question.help}\n`);
    const answer = await asker.ask(question);
    if (answer.kind === 'cancel') {
      out.write(answer.why === 'interrupted' ? '\nCancelled.\n' : '\nInput ended before the triage finished.\n');
      return answer.why === 'interrupted' ? CANCELLED_EXIT_CODE : 1;
    }
    if (answer.kind === 'choice') {
      if (isFactValue(question.fact, answer.value)) facts = { ...facts, [question.fact]: answer.value };
      askedAgain = undefined;
      reading.forget();
      continue;
    }
    if (reading.isChange(answer.text)) {
      facts = reading.takeBack(facts);
      askedAgain = undefined;
      continue;
    }
    const outcome = applyReply({ facts, details, context }, answer.text);
    if (outcome.understood) reading.said(facts, outcome.facts);
    else reading.forget();
    facts = outcome.facts;
    details = outcome.details;
    askedAgain = outcome.understood ? undefined : 'unclear';
  }
}
