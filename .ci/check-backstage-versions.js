// Fails when any @backstage/* package is installed in more than one version: the release
// set is pinned through root `overrides`, and a second copy would mean two plugin APIs,
// two theme contexts or two API refs at run time.
const fs = require('fs');
const path = require('path');

const versions = new Map();
function visit(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      visit(full);
      continue;
    }
    const manifest = path.join(full, 'package.json');
    if (fs.existsSync(manifest) && !entry.isSymbolicLink()) {
      const { name, version } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      if (name && name.startsWith('@backstage/')) {
        if (!versions.has(name)) versions.set(name, new Set());
        versions.get(name).add(version);
      }
    }
    visit(path.join(full, 'node_modules'));
  }
}

const root = path.resolve(__dirname, '..');
visit(path.join(root, 'node_modules'));
for (const group of ['packages', 'plugins']) {
  const base = path.join(root, group);
  if (!fs.existsSync(base)) continue;
  for (const pkg of fs.readdirSync(base)) visit(path.join(base, pkg, 'node_modules'));
}

const duplicates = [...versions].filter(([, set]) => set.size > 1);
for (const [name, set] of duplicates) {
  console.error(`${name} is installed in several versions: ${[...set].join(', ')}`);
}
console.log(`${versions.size} @backstage packages, ${duplicates.length} with more than one version`);
process.exit(duplicates.length > 0 ? 1 : 0);
