// `pnpm changeset:check` (the first step of `pnpm test`): a change to a published package must come
// with a changeset. Changesets itself decides (`changeset status --since=<base>`: which packages
// changed since the branch left its base, by .changeset/config.json's `changedFilePatterns`, and
// whether the branch adds a changeset); this script only finds the base, and stands aside where
// there is nothing to compare with, so it cannot fail a clean clone:
//
//   CHANGESET_BASE=<ref>   the base, when CI knows it (a pull request's target branch);
//                          otherwise origin/<baseBranch>, then <baseBranch> (config: "main").
//   no such ref, or no common history with it (a shallow clone, a copy without .git, a clone
//   with no remote and no main): skipped, saying why.
//   HEAD is the base or behind it (CI on main itself): nothing to check.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { baseBranch = 'main' } = JSON.parse(readFileSync(`${root}.changeset/config.json`, 'utf8'));

function git(...args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

function resolveBase() {
  const configured = process.env.CHANGESET_BASE?.trim();
  const candidates = configured ? [configured] : [`origin/${baseBranch}`, baseBranch];
  for (const ref of candidates) {
    const commit = git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
    if (commit) return { ref, commit };
  }
  return { missing: candidates.join(' or ') };
}

if (git('rev-parse', '--is-inside-work-tree') !== 'true') {
  console.log('changeset check skipped: not a git work tree.');
  process.exit(0);
}
const base = resolveBase();
if ('missing' in base) {
  console.log(`changeset check skipped: no ${base.missing} to compare with (set CHANGESET_BASE).`);
  process.exit(0);
}
const forkPoint = git('merge-base', base.commit, 'HEAD');
if (!forkPoint) {
  console.log(`changeset check skipped: HEAD shares no history with ${base.ref} (a shallow clone?).`);
  process.exit(0);
}
if (forkPoint === git('rev-parse', 'HEAD')) {
  console.log(`changeset check: HEAD is ${base.ref} or behind it, no change of its own to check.`);
  process.exit(0);
}

const cli = createRequire(import.meta.url).resolve('@changesets/cli/bin.js');
console.log(`changeset check: changes since ${base.ref} (${forkPoint.slice(0, 10)})`);
const status = spawnSync(process.execPath, [cli, 'status', `--since=${forkPoint}`], {
  cwd: root,
  stdio: 'inherit',
});
if (status.status !== 0) {
  console.error(
    '\nA published package (@coachwork/widgets, react, client, schema) changed without a changeset.\n' +
      'Run `pnpm changeset`, pick the packages and the kind of release, describe the change for hosts,\n' +
      'and commit the file it writes (docs/VERSIONING.md). A change hosts cannot notice: `pnpm changeset --empty`.',
  );
}
process.exit(status.status ?? 1);
