import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsPackageCommand } from '../../../adapters/teams/teams-package-command.ts';
import { main, type Loader } from '../../../src/cli/main.ts';
import { captureIo } from '../app/helpers/capture-io.ts';
import { runBin } from '../../helpers/run-cli.ts';
import { decodePng, pixelAt, type DecodedPng } from './decode-png.ts';

const DEPLOY = fileURLToPath(new URL('../../../deploy/teams/', import.meta.url));
const APP_ID = '1F2E3D4C-5B6A-4798-8A9B-0C1D2E3F4A5B';
const DOMAIN = 'chatgpt-500.example.com';

/** The extra commands, as bin/chatgpt-500.js passes them to main(). */
const EXTRA: Record<string, Loader> = { 'teams-package': async () => teamsPackageCommand };

async function run(args: string[]) {
  const { io, stdout, stderr } = captureIo({});
  const code = await main(args, io, EXTRA);
  return { code, stdout: stdout(), stderr: stderr() };
}

interface Manifest {
  $schema: string;
  manifestVersion: string;
  version: string;
  id: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  name: { short: string; full: string };
  description: { short: string; full: string };
  icons: { color: string; outline: string };
  accentColor: string;
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    isNotificationOnly: boolean;
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  permissions: string[];
  validDomains: string[];
  webApplicationInfo?: unknown;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'teams-package-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function unzip(file: string) {
  const files = unzipSync(readFileSync(file));
  return { names: Object.keys(files).sort(), manifest: JSON.parse(strFromU8(files['manifest.json']!)) as Manifest, files };
}

describe('chatgpt-500 teams-package', () => {
  it('writes manifest.json with the placeholders filled in, color.png and outline.png at the root of the zip', async () => {
    const out = join(dir, 'app.zip');
    const result = await run(['teams-package', '--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toContain(out);

    const { names, manifest, files } = unzip(out);
    expect(names).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.stringify(manifest)).not.toContain('{{');

    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(manifest.version).toBe('1.0.0');
    expect(manifest.id).toBe(APP_ID.toLowerCase());
    expect(manifest.name).toEqual({ short: 'chatgpt-500', full: 'chatgpt-500: triage for ChatGPT errors' });
    expect(manifest.developer).toEqual({
      name: 'IT helpdesk',
      websiteUrl: `https://${DOMAIN}/`,
      privacyUrl: `https://${DOMAIN}/`,
      termsOfUseUrl: `https://${DOMAIN}/`,
    });
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    expect(manifest.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);

    expect(manifest.bots).toHaveLength(1);
    const [bot] = manifest.bots;
    expect(bot!.botId).toBe(APP_ID.toLowerCase());
    expect(bot!.scopes).toEqual(['personal', 'team']);
    // A HAR attached in personal chat is read (issue 14).
    expect(bot!.supportsFiles).toBe(true);
    expect(bot!.isNotificationOnly).toBe(false);
    const titles = (scope: string) => bot!.commandLists.find((list) => list.scopes.includes(scope))?.commands.map((c) => c.title);
    expect(titles('personal')).toEqual(['chatgpt-500', 'help', 'status', 'incidents']);
    expect(titles('team')).toEqual(['help', 'status', 'incidents']);
    expect(bot!.commandLists.find((list) => list.scopes.includes('personal'))!.commands[0]!.description).toContain('chatgpt-500 <what happens>');
    expect(bot!.commandLists.every((list) => list.scopes.length === 1)).toBe(true);

    expect(manifest.validDomains).toEqual([DOMAIN]);
    expect(manifest.permissions).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest.webApplicationInfo).toBeUndefined();

    // The icons are the committed ones, byte for byte.
    expect(Buffer.from(files['color.png']!)).toEqual(readFileSync(join(DEPLOY, 'color.png')));
    expect(Buffer.from(files['outline.png']!)).toEqual(readFileSync(join(DEPLOY, 'outline.png')));
  });

  it('keeps to the limits of the manifest schema', async () => {
    const out = join(dir, 'limits.zip');
    expect((await run(['teams-package', '--app-id', APP_ID, '--domain', DOMAIN, '--out', out])).code).toBe(0);
    const { manifest } = unzip(out);
    for (const key of ['manifestVersion', 'version', 'id', 'developer', 'name', 'description', 'icons', 'accentColor'] as const) {
      expect(manifest[key], key).toBeDefined();
    }
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.name.full.length).toBeLessThanOrEqual(100);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.developer.name.length).toBeLessThanOrEqual(32);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const list of manifest.bots[0]!.commandLists) {
      // 10 was the limit before manifest 1.24 and is what older clients show; titles up to 32 likewise.
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('takes the version and the publisher details from options', async () => {
    const out = join(dir, 'options.zip');
    const result = await run([
      'teams-package', '--app-id', APP_ID, '--domain', 'Bot.Example.ORG', '--out', out,
      '--app-version', '1.2.3', '--developer-name', 'Contoso "IT" desk',
      '--website-url', 'https://intranet.contoso.example/it', '--privacy-url', 'https://intranet.contoso.example/privacy',
    ]);
    expect(result.code).toBe(0);
    const { manifest } = unzip(out);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.validDomains).toEqual(['bot.example.org']);
    expect(manifest.developer).toEqual({
      name: 'Contoso "IT" desk',
      websiteUrl: 'https://intranet.contoso.example/it',
      privacyUrl: 'https://intranet.contoso.example/privacy',
      termsOfUseUrl: 'https://intranet.contoso.example/it',
    });
  });

  it('writes chatgpt-500-teams.zip in the current directory by default', async () => {
    const cwd = process.cwd();
    const here = mkdtempSync(join(dir, 'cwd-'));
    process.chdir(here);
    try {
      const result = await run(['teams-package', '--app-id', APP_ID, '--domain', DOMAIN]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(join(here, 'chatgpt-500-teams.zip'));
      expect(unzip(join(here, 'chatgpt-500-teams.zip')).manifest.id).toBe(APP_ID.toLowerCase());
    } finally {
      process.chdir(cwd);
    }
  });

  it.each([
    [['--domain', DOMAIN], /--app-id is required/],
    [['--app-id', 'not-a-guid', '--domain', DOMAIN], /--app-id must be .*GUID/],
    [['--app-id', `{${APP_ID}}`, '--domain', DOMAIN], /--app-id must be .*GUID/],
    [['--app-id', APP_ID], /--domain is required/],
    [['--app-id', APP_ID, '--domain', `https://${DOMAIN}`], /--domain takes the host name only, without "https:\/\/"/],
    [['--app-id', APP_ID, '--domain', `https://${DOMAIN}/api/messages`], /without "https:\/\/"/],
    [['--app-id', APP_ID, '--domain', `${DOMAIN}/api/messages`], /without a path/],
    [['--app-id', APP_ID, '--domain', `${DOMAIN}:8443`], /without a port/],
    [['--app-id', APP_ID, '--domain', '*.example.com'], /not a wildcard/],
    [['--app-id', APP_ID, '--domain', 'localhost'], /not a host name that Teams can reach/],
    [['--app-id', APP_ID, '--domain', 'bad_name.example.com'], /not a host name/],
    [['--app-id', APP_ID, '--domain=-x.example.com'], /not a host name/],
    [['--app-id', APP_ID, '--domain', '-x.example.com'], /argument is ambiguous/],
    [['--app-id', APP_ID, '--domain', DOMAIN, '--out', 'package.txt'], /--out must name a \.zip file/],
    [['--app-id', APP_ID, '--domain', DOMAIN, '--app-version', '1.0'], /--app-version must be MAJOR\.MINOR\.PATCH/],
    [['--app-id', APP_ID, '--domain', DOMAIN, '--developer-name', 'x'.repeat(33)], /--developer-name must have 1 to 32 characters/],
    [['--app-id', APP_ID, '--domain', DOMAIN, '--privacy-url', 'http://intranet.example/privacy'], /--privacy-url must be an https:\/\/ address/],
    [['--app-id', APP_ID, '--domain', DOMAIN, '--frobnicate'], /teams-package: Unknown option '--frobnicate'/],
    [['--app-id', APP_ID, '--domain', DOMAIN, 'extra'], /teams-package: Unexpected argument 'extra': this command takes none/],
    [['--app-id'], /teams-package: Option '--app-id' needs a value/],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const out = join(dir, 'refused.zip');
    // --out first: a later --out in `args` wins.
    const result = await run(['teams-package', '--out', out, ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^chatgpt-500: teams-package: /);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('says in one line, exit 1, when the zip cannot be written', async () => {
    const out = join(dir, 'no-such-dir', 'app.zip');
    const result = await run(['teams-package', '--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`cannot write ${out} (ENOENT)`);
  });

  it('has --help, and is listed in the top-level help', async () => {
    const help = await run(['teams-package', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: chatgpt-500 teams-package --app-id <guid> --domain <host>');
    const top = await run(['--help']);
    expect(top.stdout).toMatch(/^ {2}teams-package +write the app package/m);
  });

  it('is registered in the real binary', async () => {
    const out = join(dir, 'bin.zip');
    const ok = await runBin(['teams-package', '--app-id', APP_ID, '--domain', DOMAIN, '--out', out]);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(unzip(out).manifest.validDomains).toEqual([DOMAIN]);
    const bad = await runBin(['teams-package', '--app-id', APP_ID, '--domain', `https://${DOMAIN}`]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('deploy/teams icons', () => {
  const color = decodePng(readFileSync(join(DEPLOY, 'color.png')));
  const outline = decodePng(readFileSync(join(DEPLOY, 'outline.png')));
  const manifest = JSON.parse(readFileSync(join(DEPLOY, 'manifest.json'), 'utf8')) as Manifest;
  const accent = [1, 3, 5].map((i) => parseInt(manifest.accentColor.slice(i, i + 2), 16));
  const corners = (png: DecodedPng) => [pixelAt(png, 0, 0), pixelAt(png, png.width - 1, 0), pixelAt(png, 0, png.height - 1), pixelAt(png, png.width - 1, png.height - 1)];
  const pixels = (png: DecodedPng) => Array.from({ length: png.width * png.height }, (_, i) => Array.from(png.rgba.subarray(i * 4, i * 4 + 4)));

  it('color.png is 192×192, opaque, the accent colour at the edges and a white glyph in the middle', () => {
    expect([color.width, color.height, color.bitDepth]).toEqual([192, 192, 8]);
    for (const corner of corners(color)) expect(corner).toEqual([...accent, 255]);
    expect(pixels(color).every((p) => p[3] === 255)).toBe(true);
    expect(pixels(color).some((p) => p[0] === 255 && p[1] === 255 && p[2] === 255)).toBe(true);
  });

  it('outline.png is 32×32 RGBA, white only, transparent around the glyph', () => {
    expect([outline.width, outline.height, outline.bitDepth, outline.colorType]).toEqual([32, 32, 8, 6]);
    for (const corner of corners(outline)) expect(corner[3]).toBe(0);
    const visible = pixels(outline).filter((p) => p[3]! > 0);
    expect(visible.every((p) => p[0] === 255 && p[1] === 255 && p[2] === 255)).toBe(true);
    expect(visible.filter((p) => p[3] === 255).length).toBeGreaterThan(100);
    expect(pixels(outline).filter((p) => p[3] === 0).length).toBeGreaterThan(100);
  });

  it('are what deploy/teams/make-icons.mjs draws', () => {
    const out = mkdtempSync(join(tmpdir(), 'teams-icons-'));
    try {
      const made = spawnSync(process.execPath, [join(DEPLOY, 'make-icons.mjs'), out], { encoding: 'utf8' });
      expect(made.stderr).toBe('');
      expect(made.status).toBe(0);
      expect(decodePng(readFileSync(join(out, 'color.png')))).toEqual(color);
      expect(decodePng(readFileSync(join(out, 'outline.png')))).toEqual(outline);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
