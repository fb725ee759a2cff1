import type { CliIo } from './cli-io.ts';
import { createTerminalAsker, type TerminalAsker } from './ask-in-terminal.ts';
import { formatDecisionText } from './format-decision-text.ts';
import { readReply } from '../triage/apply-reply.ts';
import type { Locale } from '../messages/locale.ts';
import { messagesFor, type Messages } from '../messages/messages-for.ts';
import { decideNext } from '../triage/decide-next.ts';
import { isFactValue, type Facts } from '../triage/fact-values.ts';
import type { AskAgainReason, Details, TriageContext } from '../triage/types.ts';
import { readingInTerminal } from './reading-in-terminal.ts';
import { callsForReport } from '../evidence/report/report-branches.ts';
import { fillReportInTerminal } from './fill-report-in-terminal.ts';

/** Exit code when the person cancels (Ctrl+C), as shells report SIGINT. */
export const CANCELLED_EXIT_CODE = 130;

export interface InteractiveOptions {
  offline: boolean;
  /** Context known without observing (e.g. the IT allowlist from configuration). */
  context?: TriageContext;
  /** Observed facts and context (the live status); injected so tests need no network. */
  observe?: () => Promise<{ facts: Facts; context: TriageContext; line: string }>;
  /** The language of the conversation (--locale; default English) and of the IT note (DESK_LOCALE; default the same). */
  locale?: Locale;
  itLocale?: Locale;
}

/** The terminal conversation: one question at a time until a verdict. */
export async function runInteractiveTriage(io: CliIo, options: InteractiveOptions): Promise<number> {
  const out = io.stdout;
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  out.write(`${m.t('cli.interactive.welcome')}\n`);
  let facts: Facts = {};
  let context: TriageContext = { ...options.context };
  let statusLine: string | undefined;
  if (!options.offline && options.observe) {
    out.write(`${m.t('cli.interactive.checking_status')}\n`);
    const observed = await options.observe();
    facts = { ...observed.facts };
    context = { ...context, ...observed.context };
    statusLine = observed.line;
    out.write(`${observed.line}\n`);
  }
  const asker = createTerminalAsker(io.stdin, out, m);
  try {
    return await converse(asker, out, facts, context, { m, locale, itLocale: options.itLocale ?? locale }, readingInTerminal(out, locale), statusLine);
  } finally {
    asker.close();
  }
}

async function converse(
  asker: TerminalAsker,
  out: CliIo['stdout'],
  initial: Facts,
  context: TriageContext,
  { m, ...languages }: { m: Messages; locale: Locale; itLocale: Locale },
  reading: ReturnType<typeof readingInTerminal>,
  statusLine?: string,
): Promise<number> {
  const { t } = m;
  let facts = initial;
  let details: Details = {};
  let askedAgain: AskAgainReason | undefined;
  for (;;) {
    const decision = decideNext({ facts, details, context, askedAgain, ...languages });
    if (decision.verdict) {
      out.write('\n' + formatDecisionText(decision, m));
      // A verdict reached by a typed reply: one chance to say it was misread.
      const confirm = reading.confirmQuestion();
      const said = confirm ? await asker.ask(confirm) : undefined;
      if (said?.kind === 'choice' ? said.value === 'change' : said?.kind === 'text' && reading.isChange(said.text)) {
        facts = reading.takeBack(facts);
        askedAgain = undefined;
        continue;
      }
      if (callsForReport(decision.verdict.branch)) {
        const status = statusLine === undefined ? {} : { status: { line: statusLine, incidents: (context.incidents ?? []).map(({ name, url, chatgpt }) => ({ name, chatgpt, ...(url ? { url } : {}) })) } };
        await fillReportInTerminal(asker, out, { facts, details, locale: languages.locale, reportedAt: Date.now(), branch: decision.verdict.branch, platform: 'cli', ...status }, m);
      }
      return 0;
    }
    const question = decision.next;
    if (question.askedAgain === 'unclear') out.write(`\n${t('cli.interactive.unclear')}\n`);
    if (question.askedAgain === 'not_tried' && question.help) out.write(`\n${t('cli.decision.how_to_test', { help: question.help })}\n`);
    const answer = await asker.ask(question);
    if (answer.kind === 'cancel') {
      out.write(`\n${t(answer.why === 'interrupted' ? 'cli.interactive.cancelled' : 'cli.interactive.input_ended')}\n`);
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
    const outcome = readReply({ facts, details }, answer.text);
    if (outcome.understood) reading.said(facts, outcome.facts);
    else reading.forget();
    facts = outcome.facts;
    details = outcome.details;
    askedAgain = outcome.understood ? undefined : (outcome.askAgain ?? 'unclear');
  }
}
