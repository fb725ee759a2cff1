import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { UsageError, type CliIo } from '../../src/cli/cli-io.ts';
import { defaultLocale } from '../../src/cli/default-locale.ts';
import { argsProblem } from '../../src/cli/args-problem.ts';
import { localeArgument } from '../../src/cli/locale-argument.ts';
import { localeOption } from '../../src/cli/locale-option.ts';
import type { Command } from '../../src/cli/main.ts';
import { LOCALES } from '../../src/messages/locale.ts';
import type { MessageId } from '../../src/messages/catalogs.ts';
import { messagesFor, type Messages } from '../../src/messages/messages-for.ts';

/** Where manifest.json (the template), color.png and outline.png live. */
export const TEAMS_DEPLOY_DIR = fileURLToPath(new URL('../../deploy/teams/', import.meta.url));

export const DEFAULT_PACKAGE_FILE = 'chatgpt-500-teams.zip';
export const DEFAULT_APP_VERSION = '1.0.0';
export const DEFAULT_DEVELOPER_NAME = 'IT helpdesk';

export interface TeamsPackageOptions {
  appId: string;
  domain: string;
  version: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

export interface TeamsPackageFiles {
  /** deploy/teams/manifest.json, as text. */
  manifest: string;
  color: Uint8Array;
  outline: Uint8Array;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const PLACEHOLDER = /\{\{([A-Z_]+)\}\}/g;

/** The Azure Bot's app id: a GUID, in lower case. */
export function parseAppId(value: string, { t }: Messages = messagesFor('en')): string {
  const id = value.trim();
  if (!GUID.test(id)) throw new UsageError(`teams-package: ${t('cli.teams_package.bad_app_id', { value })}`);
  return id.toLowerCase();
}

/** The bot's host name: no scheme, no path, no port; at least two labels; in lower case. */
export function parseDomain(value: string, { t }: Messages = messagesFor('en')): string {
  const host = value.trim().toLowerCase();
  const example = t('cli.teams_package.domain_example');
  const refuse = (id: MessageId, params: Record<string, string> = {}) => new UsageError(`teams-package: ${t(id, { example, ...params })}`);
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) throw refuse('cli.teams_package.domain_scheme', { scheme: `${host.split('//')[0]}//` });
  if (/[/?#]/.test(host)) throw refuse('cli.teams_package.domain_path');
  if (host.includes(':')) throw refuse('cli.teams_package.domain_port');
  if (host.includes('*')) throw refuse('cli.teams_package.domain_wildcard');
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) throw refuse('cli.teams_package.domain_unreachable', { value });
  return host;
}

function parseHttpsUrl(flag: string, value: string, { t }: Messages): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`teams-package: ${t('cli.teams_package.not_https', { flag, value })}`);
  }
  if (url.protocol !== 'https:' || value.length > 2048) throw new UsageError(`teams-package: ${t('cli.teams_package.too_long', { flag, value })}`);
  return url.href;
}

function parseOptions(args: string[], m: Messages): (TeamsPackageOptions & { out: string }) | 'help' {
  const { t } = m;
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        'app-id': { type: 'string' },
        domain: { type: 'string' },
        out: { type: 'string' },
        'app-version': { type: 'string' },
        'developer-name': { type: 'string' },
        'website-url': { type: 'string' },
        'privacy-url': { type: 'string' },
        'terms-url': { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // One line: some of parseArgs' messages have several.
    const message = (argsProblem(error, m) ?? (error instanceof Error ? error.message : String(error))).replace(/\s*\n\s*/g, ' ');
    throw new UsageError(`teams-package: ${t('cli.teams_package.see_help', { problem: message })}`, { cause: error });
  }
  if (values.help) return 'help';
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : undefined;
  };
  const appIdText = text('app-id');
  const domainText = text('domain');
  const required = (id: MessageId) => new UsageError(`teams-package: ${t('cli.teams_package.see_help', { problem: t(id) })}`);
  if (appIdText === undefined) throw required('cli.teams_package.app_id_required');
  if (domainText === undefined) throw required('cli.teams_package.domain_required');
  const appId = parseAppId(appIdText, m);
  const domain = parseDomain(domainText, m);

  const out = text('out') ?? DEFAULT_PACKAGE_FILE;
  if (!out.toLowerCase().endsWith('.zip')) throw new UsageError(`teams-package: ${t('cli.teams_package.bad_out', { value: out })}`);
  const version = text('app-version') ?? DEFAULT_APP_VERSION;
  if (!SEMVER.test(version)) throw new UsageError(`teams-package: ${t('cli.teams_package.bad_version', { value: version })}`);
  const developerName = (text('developer-name') ?? DEFAULT_DEVELOPER_NAME).trim();
  if (developerName.length < 1 || developerName.length > 32) throw new UsageError(`teams-package: ${t('cli.teams_package.bad_developer')}`);
  const websiteUrl = parseHttpsUrl('--website-url', text('website-url') ?? `https://${domain}/`, m);
  const privacyUrl = parseHttpsUrl('--privacy-url', text('privacy-url') ?? websiteUrl, m);
  const termsUrl = parseHttpsUrl('--terms-url', text('terms-url') ?? websiteUrl, m);
  return { appId, domain, version, developerName, websiteUrl, privacyUrl, termsUrl, out };
}

/** The manifest template with every {{PLACEHOLDER}} replaced; throws on one it does not know. */
export function fillManifest(template: string, options: TeamsPackageOptions): Record<string, unknown> {
  const values: Record<string, string> = {
    APP_ID: options.appId,
    DOMAIN: options.domain,
    VERSION: options.version,
    DEVELOPER_NAME: options.developerName,
    WEBSITE_URL: options.websiteUrl,
    PRIVACY_URL: options.privacyUrl,
    TERMS_URL: options.termsUrl,
  };
  // Replaced inside the parsed strings, not in the text, so that no value can break the JSON.
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        const value = values[name];
        if (value === undefined) throw new Error(`deploy/teams/manifest.json has a placeholder that teams-package does not know: ${whole}`);
        return value;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, fill(value)]));
    return node;
  };
  return fill(JSON.parse(template)) as Record<string, unknown>;
}

/** The zip to upload: manifest.json, color.png and outline.png at its root. */
export function buildTeamsPackage(files: TeamsPackageFiles, options: TeamsPackageOptions): Uint8Array {
  const manifest = fillManifest(files.manifest, options);
  return zipSync({
    'manifest.json': strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
    // PNGs are compressed already.
    'color.png': [files.color, { level: 0 }],
    'outline.png': [files.outline, { level: 0 }],
  }, { level: 9 });
}

export async function readTeamsPackageFiles(dir = TEAMS_DEPLOY_DIR): Promise<TeamsPackageFiles> {
  const [manifest, color, outline] = await Promise.all([
    readFile(resolve(dir, 'manifest.json'), 'utf8'),
    readFile(resolve(dir, 'color.png')),
    readFile(resolve(dir, 'outline.png')),
  ]);
  return { manifest, color, outline };
}

async function runTeamsPackage(args: string[], io: CliIo): Promise<number> {
  // The language: --locale (an unsupported one is exit 2), else the terminal's, else DEFAULT_LOCALE.
  const fallback = localeOption(undefined, io.env, defaultLocale(io.env));
  const asked = localeArgument(args);
  const m = messagesFor(asked === undefined ? fallback : localeOption(asked, io.env, fallback));
  const { t } = m;
  const options = parseOptions(args, m);
  if (options === 'help') {
    io.stdout.write(t('cli.teams_package.help', { out: DEFAULT_PACKAGE_FILE, version: DEFAULT_APP_VERSION, developer: DEFAULT_DEVELOPER_NAME, locales: LOCALES.join(', ') }));
    return 0;
  }
  let files: TeamsPackageFiles;
  try {
    files = await readTeamsPackageFiles();
  } catch (error) {
    io.stderr.write(`chatgpt-500: teams-package: ${t('cli.teams_package.cannot_read', { dir: TEAMS_DEPLOY_DIR, reason: reason(error) })}\n`);
    return 1;
  }
  const zip = buildTeamsPackage(files, options);
  const out = resolve(options.out);
  try {
    await writeFile(out, zip);
  } catch (error) {
    io.stderr.write(`chatgpt-500: teams-package: ${t('cli.teams_package.cannot_write', { path: out, reason: reason(error) })}\n`);
    return 1;
  }
  io.stdout.write(`${t('cli.teams_package.wrote', { path: out, appId: options.appId, endpoint: `https://${options.domain}/api/messages` })}\n`);
  return 0;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

export const teamsPackageCommand: Command = {
  run: (args, io) => runTeamsPackage(args, io),
};
