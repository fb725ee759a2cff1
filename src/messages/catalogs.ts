import type { Locale } from './locale.ts';
import type { Message } from './message.ts';
import { triage as enTriage } from './en/triage.ts';
import { desk as enDesk } from './en/desk.ts';
import { cli as enCli } from './en/cli.ts';
import { chat as enChat } from './en/chat.ts';
import { slack as enSlack } from './en/slack.ts';
import { teams as enTeams } from './en/teams.ts';
import { web as enWeb } from './en/web.ts';
import { reading as enReading } from './en/reading.ts';
import { evidence as enEvidence } from './en/evidence.ts';
import { announce as enAnnounce } from './en/announce.ts';
import { board as enBoard } from './en/board.ts';
import { harChat as enHarChat } from './en/har-chat.ts';
import { netcheck as enNetcheck } from './en/netcheck.ts';
import { page as enPage } from './en/page.ts';
import { reportForm as enReportForm } from './en/report-form.ts';
import { start as enStart } from './en/start.ts';
import { triage as deTriage } from './de/triage.ts';
import { desk as deDesk } from './de/desk.ts';
import { cli as deCli } from './de/cli.ts';
import { chat as deChat } from './de/chat.ts';
import { slack as deSlack } from './de/slack.ts';
import { teams as deTeams } from './de/teams.ts';
import { web as deWeb } from './de/web.ts';
import { reading as deReading } from './de/reading.ts';
import { evidence as deEvidence } from './de/evidence.ts';
import { announce as deAnnounce } from './de/announce.ts';
import { board as deBoard } from './de/board.ts';
import { harChat as deHarChat } from './de/har-chat.ts';
import { netcheck as deNetcheck } from './de/netcheck.ts';
import { page as dePage } from './de/page.ts';
import { reportForm as deReportForm } from './de/report-form.ts';
import { start as deStart } from './de/start.ts';
import { triage as esTriage } from './es/triage.ts';
import { desk as esDesk } from './es/desk.ts';
import { cli as esCli } from './es/cli.ts';
import { chat as esChat } from './es/chat.ts';
import { slack as esSlack } from './es/slack.ts';
import { teams as esTeams } from './es/teams.ts';
import { web as esWeb } from './es/web.ts';
import { reading as esReading } from './es/reading.ts';
import { evidence as esEvidence } from './es/evidence.ts';
import { announce as esAnnounce } from './es/announce.ts';
import { board as esBoard } from './es/board.ts';
import { harChat as esHarChat } from './es/har-chat.ts';
import { netcheck as esNetcheck } from './es/netcheck.ts';
import { page as esPage } from './es/page.ts';
import { reportForm as esReportForm } from './es/report-form.ts';
import { start as esStart } from './es/start.ts';
import { triage as frTriage } from './fr/triage.ts';
import { desk as frDesk } from './fr/desk.ts';
import { cli as frCli } from './fr/cli.ts';
import { chat as frChat } from './fr/chat.ts';
import { slack as frSlack } from './fr/slack.ts';
import { teams as frTeams } from './fr/teams.ts';
import { web as frWeb } from './fr/web.ts';
import { reading as frReading } from './fr/reading.ts';
import { evidence as frEvidence } from './fr/evidence.ts';
import { announce as frAnnounce } from './fr/announce.ts';
import { board as frBoard } from './fr/board.ts';
import { harChat as frHarChat } from './fr/har-chat.ts';
import { netcheck as frNetcheck } from './fr/netcheck.ts';
import { page as frPage } from './fr/page.ts';
import { reportForm as frReportForm } from './fr/report-form.ts';
import { start as frStart } from './fr/start.ts';

/**
 * The message catalog: every text a reporter or the desk reads, by id, in each supported language.
 * Ids are prefixed by their area (`triage.`, `desk.`, `cli.`, `chat.`, `slack.`, `teams.`, `web.`, `reading.`, `evidence.`, `announce.`, `board.`, `harChat.`, `netcheck.`, `page.`, `reportForm.`, `start.`),
 * and the English area files define them: another language missing an id, or having one English
 * lacks, does not compile.
 */
const EN = { ...enTriage, ...enDesk, ...enCli, ...enChat, ...enSlack, ...enTeams, ...enWeb, ...enReading, ...enEvidence, ...enAnnounce, ...enBoard, ...enHarChat, ...enNetcheck, ...enPage, ...enReportForm, ...enStart };

export type MessageId = keyof typeof EN;

export const CATALOGS: Readonly<Record<Locale, Readonly<Record<MessageId, Message>>>> = {
  en: EN,
  de: { ...deTriage, ...deDesk, ...deCli, ...deChat, ...deSlack, ...deTeams, ...deWeb, ...deReading, ...deEvidence, ...deAnnounce, ...deBoard, ...deHarChat, ...deNetcheck, ...dePage, ...deReportForm, ...deStart },
  es: { ...esTriage, ...esDesk, ...esCli, ...esChat, ...esSlack, ...esTeams, ...esWeb, ...esReading, ...esEvidence, ...esAnnounce, ...esBoard, ...esHarChat, ...esNetcheck, ...esPage, ...esReportForm, ...esStart },
  fr: { ...frTriage, ...frDesk, ...frCli, ...frChat, ...frSlack, ...frTeams, ...frWeb, ...frReading, ...frEvidence, ...frAnnounce, ...frBoard, ...frHarChat, ...frNetcheck, ...frPage, ...frReportForm, ...frStart },
};
