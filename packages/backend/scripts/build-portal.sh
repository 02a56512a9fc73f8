#!/usr/bin/env bash
# Builds the portal for deployment with npm: the backend, the plugins it runs and the app it
# serves, laid out as the repository's workspaces with built code only, plus the lock file.
#
#   packages/backend/scripts/build-portal.sh [out-dir]     (default: dist/portal)
#
# Then, in the out dir (on the server or in an image):
#   npm ci --omit=dev --workspace backend --no-audit --no-fund
#   cd packages/backend && NODE_ENV=production node . \
#     --config ../../app-config.yaml --config ../../app-config.production.yaml
#
# `backstage-cli package build` makes the same for Yarn (dist/bundle.tar.gz and a skeleton
# installed with `yarn workspaces focus`), but needs yarn.lock; this does it with npm's lock.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
out="$(mkdir -p "${1:-$root/dist/portal}" && cd "${1:-$root/dist/portal}" && pwd)"
cd "$root"

step() { printf '== %s\n' "$1"; }

# The libraries the backend runs, as npm would publish them.
libraries=(packages/form-schema plugins/overlevering-common plugins/overlevering-backend)

step "type declarations (tsc), needed by the library builds"
npx tsc

step "libraries"
for dir in "${libraries[@]}"; do
  (cd "$dir" && npx backstage-cli package build)
done

step "app (static bundle the backend serves)"
(cd packages/app && npx backstage-cli package build)

step "backend (plain CommonJS build, no Yarn bundle)"
(cd packages/backend && npx backstage-cli package build --role node-library)

step "assembling $out"
find "$out" -mindepth 1 -delete
cp package.json package-lock.json app-config.yaml app-config.production.yaml "$out/"
cp -r examples "$out/"
# Every workspace keeps its package.json, so that `npm ci` finds the workspaces its lock names.
workspaces=$(node -e '
  const fs = require("node:fs");
  const path = require("node:path");
  for (const pattern of require("./package.json").workspaces) {
    const dirs = pattern.endsWith("/*")
      ? fs.readdirSync(pattern.slice(0, -2)).map(d => path.join(pattern.slice(0, -2), d))
      : [pattern];
    for (const dir of dirs) {
      if (fs.existsSync(path.join(dir, "package.json"))) console.log(dir);
    }
  }
')
for dir in $workspaces; do
  mkdir -p "$out/$dir"
  cp "$dir/package.json" "$out/$dir/"
done
packs="$(mktemp -d)"
trap 'rm -rf "$packs"' EXIT
for dir in "${libraries[@]}"; do
  # npm pack runs the package's prepack (package.json pointing at dist/) and keeps its files.
  tarball=$(npm pack --silent --workspace "$dir" --pack-destination "$packs" | tail -1)
  tar -xzf "$packs/$tarball" -C "$out/$dir" --strip-components=1
done
cp -r packages/app/dist "$out/packages/app/"
cp -r packages/backend/dist "$out/packages/backend/"

step "lock file without the app's build tooling"
# The app is static files served by the backend (app-backend finds it as the package `app`):
# like Backstage's own packaging of bundled packages, it ships without dependencies, and the
# lock file drops what only they needed. Every other version stays as locked.
node -e '
  const fs = require("node:fs");
  const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  delete pkg.dependencies;
  delete pkg.devDependencies;
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$out/packages/app/package.json"
(cd "$out" && npm install --package-lock-only --ignore-scripts --no-audit --no-fund >/dev/null)
step "done: $(du -sh "$out" | cut -f1) in $out"
