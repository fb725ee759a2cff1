/* global URL */
// Builds dist/: compiles src/ and adapters/ with tsconfig.build.json (TypeScript, a dev dependency),
// bundles the compiled modules and the packages they use from the program's entry points into
// dist/bundle/ (esbuild, a dev dependency: shared chunks, loaded on demand as before; minified
// with names kept, one byte per character, unused exports left out), and copies the files the code reads at run time to where
// the compiled modules would be (the Lua scripts, the web page's static files, the Teams package's
// manifest and icons). Each entry point keeps its module path in dist/ as a one-line module that
// re-exports the bundle's (bin/chatgpt-500.js imports those; the delivery thread starts one).
//
// Why a bundle: a replica holds its modules' source text and compiled code all its life. Bundled
// and minified, a Slack replica on Redis holds 24.9 MB of V8 heap after a full collection instead of
// 29.0 MB (BENCHMARKS.md, "Idle memory: a bundled dist/"): no comments, shorter code, every source
// one byte per character (a single "…" in a module made V8 keep all of it in two bytes per
// character), and zod's 40 message locales left out.
//
//   node scripts/build.js             build now (npm run build)
//   node scripts/build.js --if-stale  build only when dist/ is missing or older than its inputs
//
// bin/chatgpt-500.js calls buildIfStale() when it runs in a checkout, and the test suite's global
// setup runs `--if-stale` once, so `npm start`, `npx chatgpt-500 …` and `npm test` work on a fresh
// clone. The build goes to a temporary folder that replaces dist/ at the end (a process running the
// old dist/ keeps its files until then), under a lock folder so concurrent starts build once.
// Messages go to stderr only: stdout belongs to the command (e.g. `triage --json`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp.json');
const LOCK = join(ROOT, '.build-lock');
/** Compiled by tsc; their other files (not .ts, not .md) are copied as they are. */
const SOURCE_DIRS = ['src', 'adapters'];
/** Read at run time through a path relative to a compiled module (adapters/teams/teams-package-command.ts). */
const EXTRA_FILES = ['deploy/teams/manifest.json', 'deploy/teams/color.png', 'deploy/teams/outline.png'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'scripts/build.js', 'package-lock.json'];
/** The program's entry points (paths of compiled modules), each also kept at its own path in dist/. */
export const ENTRY_POINTS = [
  'src/cli/main.js',
  'src/cli/cli-io.js',
  'adapters/app/start-command.js',
  'adapters/teams/teams-package-command.js',
  'adapters/app/delivery-thread-entry.js',
];
/**
 * Packages left out of the bundle and loaded from node_modules as before: the Teams side (loaded
 * only when Teams is on; its libraries read files of their own) and pino (its transports start
 * worker threads from files of the package).
 */
const EXTERNAL_PACKAGES = ['botbuilder', 'botframework-connector', 'pino'];
const LOCK_STALE_MS = 10 * 60_000;

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield { path, dir: true };
      yield* walk(path);
    } else if (entry.isFile()) yield { path, dir: false };
  }
}

/** The newest modification time of every input (folders too, so a deleted file counts). */
export function newestInput() {
  let newest = 0;
  const consider = (path) => (newest = Math.max(newest, statSync(path).mtimeMs));
  for (const dir of SOURCE_DIRS) {
    consider(join(ROOT, dir));
    for (const { path } of walk(join(ROOT, dir))) consider(path);
  }
  for (const file of [...EXTRA_FILES, ...CONFIG_FILES]) consider(join(ROOT, file));
  return newest;
}

/** Why dist/ must be (re)built, or undefined when it is up to date. */
export function staleReason() {
  if (!existsSync(STAMP)) return 'dist/ is missing';
  let built;
  try {
    built = JSON.parse(readFileSync(STAMP, 'utf8')).inputsMtimeMs;
  } catch {
    return 'dist/ is incomplete';
  }
  return typeof built === 'number' && built >= newestInput() ? undefined : 'the sources changed since the last build';
}

function tscPath() {
  try {
    return createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    return undefined;
  }
}

function loadEsbuild() {
  try {
    return createRequire(import.meta.url)('esbuild');
  } catch {
    return undefined;
  }
}

/** A relative path as a URL's path (forward slashes on every system). */
const urlPath = (from, to) => relative(from, to).split('\\').join('/');

/**
 * `import.meta.url` of every compiled module under `dir`, rewritten to the URL the module would
 * have at its own path in dist/ (the bundle's files are all in dist/bundle/, one folder below), so
 * that what a module reads relative to itself (`new URL('./lua/…', import.meta.url)`) is found
 * where the build copies it. Done on tsc's output files rather than by an esbuild plugin:
 * `buildSync`, which keeps buildIfStale synchronous, takes no plugins.
 */
function pinModuleUrls(dir) {
  for (const { path, dir: isDir } of walk(dir)) {
    if (isDir || !path.endsWith('.js')) continue;
    const code = readFileSync(path, 'utf8');
    if (!code.includes('import.meta.url')) continue;
    const own = `../${urlPath(dir, path)}`;
    writeFileSync(path, code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`));
  }
}

/**
 * esbuild writes strings ASCII only but leaves regular expression literals as they are: a character
 * above U+00FF there ("…", "—", an emoji) is written as its \u escape, the same pattern, so that V8
 * keeps the whole file at one byte per character. One after an odd number of backslashes (an
 * identity escape) is left as it is.
 */
const oneBytePerCharacter = (code) =>
  code.replace(/(\\*)([\u0100-\uffff])/g, (whole, slashes, char) =>
    slashes.length % 2 === 1 ? whole : `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Bundles the compiled modules in `compiled` from ENTRY_POINTS into `out`/bundle/, and writes each entry's re-export. */
function bundle(esbuild, compiled, out) {
  pinModuleUrls(compiled);
  const { outputFiles } = esbuild.buildSync({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS.map((entry) => join(compiled, entry)),
    outdir: join(out, 'bundle'),
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    // Class and function names stay as written: errors, logs and libraries read them.
    keepNames: true,
    charset: 'ascii',
    legalComments: 'none',
    external: EXTERNAL_PACKAGES,
    // The CommonJS packages in the bundle call require(); an ES module has none of its own.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
    logLevel: 'error',
    // Given back to be escaped (oneBytePerCharacter) and written once.
    write: false,
  });
  mkdirSync(join(out, 'bundle'), { recursive: true });
  for (const file of outputFiles) writeFileSync(file.path, oneBytePerCharacter(file.text));
  for (const entry of ENTRY_POINTS) {
    const stub = join(out, entry);
    mkdirSync(dirname(stub), { recursive: true });
    const target = urlPath(dirname(stub), join(out, 'bundle', entry.split('/').at(-1)));
    writeFileSync(stub, `export * from './${target}';\n`);
  }
}

/** Compiles and copies into a fresh folder, then puts it in place of dist/. Throws when tsc fails. */
export function build() {
  const tsc = tscPath();
  const esbuild = loadEsbuild();
  if (!tsc || !esbuild) throw new Error('cannot build dist/: TypeScript or esbuild is not installed (`npm ci` installs them with the dev dependencies)');
  const inputsMtimeMs = newestInput();
  const out = join(ROOT, `.build-${process.pid}`);
  const compiledDir = join(ROOT, `.build-tsc-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(compiledDir, { recursive: true, force: true });
  try {
    const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', compiledDir], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    if (compiled.status !== 0) throw new Error(`cannot build dist/: tsc -p tsconfig.build.json failed (exit ${compiled.status ?? compiled.signal})`);
    bundle(esbuild, compiledDir, out);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  } finally {
    rmSync(compiledDir, { recursive: true, force: true });
  }
  const copy = (from) => {
    const to = join(out, relative(ROOT, from));
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  };
  for (const dir of SOURCE_DIRS) {
    for (const { path, dir: isDir } of walk(join(ROOT, dir))) if (!isDir && !path.endsWith('.ts') && !path.endsWith('.md')) copy(path);
  }
  for (const file of EXTRA_FILES) copy(join(ROOT, file));
  writeFileSync(join(out, '.build-stamp.json'), `${JSON.stringify({ inputsMtimeMs, builtAt: new Date().toISOString() })}\n`);
  const old = join(ROOT, `.build-old-${process.pid}`);
  if (existsSync(DIST)) renameSync(DIST, old);
  renameSync(out, DIST);
  rmSync(old, { recursive: true, force: true });
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Holds the lock folder while `fn` runs; waits (synchronously) while another process holds it. */
function withLock(fn) {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // removed meanwhile
      }
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds dist/ when it is missing or older than its inputs; returns whether it built. Without
 * TypeScript (a production install) an existing dist/ is used as it is, with a warning.
 */
export function buildIfStale({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (!staleReason()) return false;
  return withLock(() => {
    const reason = staleReason();
    if (!reason) return false; // another process built it while this one waited
    if ((!tscPath() || !loadEsbuild()) && existsSync(STAMP)) {
      log(`chatgpt-500: ${reason}, but TypeScript or esbuild is not installed: running the existing dist/ (\`npm ci && npm run build\` to rebuild)`);
      return false;
    }
    log(`chatgpt-500: building dist/ (${reason}) …`);
    const started = Date.now();
    build();
    log(`chatgpt-500: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    if (process.argv.includes('--if-stale')) buildIfStale();
    else withLock(build);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
