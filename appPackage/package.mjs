// Builds the Teams app package: fills the ${{VAR}} placeholders in manifest.json, validates the result against the
// official Teams schema (@microsoft/app-manifest) and zips manifest.json + icons into build/appPackage.<env>.zip.
//
//   node appPackage/package.mjs [--env appPackage/.env.dev] [--name dev] [--out appPackage/build]
//
// Values come from the process environment (azd exports its outputs there in hooks) and, with --env, from a
// KEY=VALUE file whose values win: the file you name explicitly is what you get.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { writeZip } from "./zip.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// Placeholders that may be absent or empty (no suffix in production).
const OPTIONAL = new Set(["APP_NAME_SUFFIX"]);

function fail(message) {
  console.error(`package.mjs: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!["--env", "--name", "--out"].includes(key)) fail(`unknown argument '${key}'`);
    if (i + 1 >= argv.length) fail(`${key} needs a value`);
    args[key.slice(2)] = argv[++i];
  }
  return args;
}

function readEnvFile(path) {
  const values = {};
  for (const [index, raw] of readFileSync(path, "utf8").split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq <= 0) fail(`${path}:${index + 1}: expected KEY=VALUE`);
    let value = line.slice(eq + 1).trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    values[line.slice(0, eq).trim()] = value;
  }
  return values;
}

function fill(template, values) {
  const missing = new Set();
  const filled = template.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (_, name) => {
    const value = values[name] ?? (OPTIONAL.has(name) ? "" : undefined);
    if (value === undefined || (value === "" && !OPTIONAL.has(name))) {
      missing.add(name);
      return "";
    }
    return JSON.stringify(value).slice(1, -1); // escape for a JSON string context
  });
  return { filled, missing: [...missing] };
}

async function validate(manifest) {
  // Resolve from the repo root, where `npm ci` puts node_modules.
  const require = createRequire(join(here, "..", "package.json"));
  let appManifest;
  try {
    appManifest = require("@microsoft/app-manifest");
  } catch {
    fail("cannot load @microsoft/app-manifest: run `npm ci` at the repository root first");
  }
  return appManifest.AppManifestUtils.validateAgainstSchema(manifest);
}

const args = parseArgs(process.argv.slice(2));
const fromFile = args.env ? readEnvFile(resolve(args.env)) : {};
const envName = args.name || (args.env && basename(args.env).replace(/^\.env\.?/, "")) ||
  process.env.AZURE_ENV_NAME || "local";
if (!/^[A-Za-z0-9_.-]+$/.test(envName)) fail(`environment name '${envName}' is not usable in a file name`);
const outDir = resolve(args.out ?? join(here, "build"));

const { filled, missing } = fill(readFileSync(join(here, "manifest.json"), "utf8"), { ...process.env, ...fromFile });
if (missing.length > 0) {
  fail(`unfilled placeholder(s): ${missing.map((m) => "${{" + m + "}}").join(", ")}. ` +
    `Set ${missing.join(", ")} in the environment or in the --env file.`);
}

const manifest = JSON.parse(filled);
const errors = await validate(manifest);
if (errors.length > 0) {
  fail(`manifest.json does not match ${manifest.$schema}:\n  ${errors.join("\n  ")}`);
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, `manifest.${envName}.json`), filled);
const zipPath = join(outDir, `appPackage.${envName}.zip`);
writeZip(zipPath, [
  { name: "manifest.json", data: Buffer.from(filled, "utf8") },
  { name: "color.png", data: readFileSync(join(here, manifest.icons.color)) },
  { name: "outline.png", data: readFileSync(join(here, manifest.icons.outline)) },
]);
console.log(`wrote ${zipPath}`);
