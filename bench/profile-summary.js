#!/usr/bin/env node
/* eslint-disable no-console */
// Where a CPU profile's time went: self time by package (or file, for the
// workspace's own code) and by function. Usage:
//   [PROFILE_LAST=seconds] node bench/profile-summary.js <file.cpuprofile> [top] [function]
const fs = require('node:fs');

const [file, topArg, callersOf] = process.argv.slice(2);
if (!file) {
  console.error(
    'Usage: node bench/profile-summary.js <file.cpuprofile> [top] [function]',
  );
  process.exit(2);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map(n => [n.id, n]));
// PROFILE_LAST=20 keeps the samples of the profile's last 20 seconds: the
// measured run, without start-up and warm-up.
const lastUs = Number(process.env.PROFILE_LAST ?? 0) * 1e6;
const fromUs = lastUs ? profile.endTime - lastUs : -Infinity;
const selfUs = new Map();
let at = profile.startTime;
for (let i = 0; i < profile.samples.length; i += 1) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < fromUs) continue;
  const id = profile.samples[i];
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

function where(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return url;
  const ws = /\/(plugins|packages)\/([^/]+)\//.exec(url);
  return ws ? `${ws[1]}/${ws[2]}` : url;
}

const byPackage = new Map();
const byFunction = new Map();
let total = 0;
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  const frame = node.callFrame;
  total += us;
  const pkg =
    frame.functionName === '(garbage collector)'
      ? '(garbage collector)'
      : frame.functionName === '(idle)' || frame.functionName === '(program)'
      ? frame.functionName
      : where(frame.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
  const fn = `${frame.functionName || '(anonymous)'} ${where(frame.url)}:${
    frame.lineNumber + 1
  }`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const busy = total - (byPackage.get('(idle)') ?? 0);
console.log(
  `${(total / 1e6).toFixed(1)} s profiled, ${((100 * busy) / total).toFixed(
    0,
  )}% of it busy`,
);
const print = (title, map) => {
  console.log(`\n${title} (share of busy time, ${(busy / 1e6).toFixed(1)} s)`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    if (name === '(idle)' || name.startsWith('(idle) ')) continue;
    console.log(`${((100 * us) / busy).toFixed(1).padStart(6)}%  ${name}`);
  }
};
print('Self time by package', byPackage);
print('Self time by function', byFunction);

// With a function name: the stacks its self time was spent under.
if (callersOf) {
  const parentOf = new Map();
  for (const n of profile.nodes) {
    for (const c of n.children ?? []) parentOf.set(c, n.id);
  }
  const stacks = new Map();
  for (const [id, us] of selfUs) {
    const frames = [];
    let hit = false;
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const f = byId.get(at).callFrame;
      if (f.functionName.includes(callersOf)) hit = true;
      const frame = `${f.functionName || '(anon)'} ${where(f.url)}`;
      // One frame per package in a row: the callers are what tells.
      const last = frames[frames.length - 1];
      if (hit && (!last || !last.endsWith(` ${where(f.url)}`))) {
        frames.push(frame);
      }
      if (frames.length >= 12) break;
    }
    if (!hit) continue;
    const key = frames.join('\n    < ');
    stacks.set(key, (stacks.get(key) ?? 0) + us);
  }
  console.log(`\nStacks under ${callersOf}`);
  for (const [stack, us] of [...stacks]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)) {
    console.log(`${((100 * us) / busy).toFixed(1).padStart(6)}%  ${stack}`);
  }
}
