/**
 * A time as Slack shows it, in each reader's own timezone (`<!date^…>`), with a UTC fallback
 * for clients that cannot format it. `format` is a Slack date token string.
 */
export function slackDate(ms: number, format = '{date_short_pretty} {time}'): string {
  const seconds = Math.floor(ms / 1000);
  const fallback = `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${seconds}^${format}|${fallback}>`;
}
