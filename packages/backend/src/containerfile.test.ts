import fs from 'node:fs';
import path from 'node:path';

/**
 * The image cannot be built on these machines, so the Containerfile is held
 * to what can be run here: its steps are those of scripts/build-production
 * (which builds .tools/prod) and its command the one `scripts/start
 * --production` runs there.
 */
const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

/** The Containerfile's instructions, continuation lines joined. */
function instructions(text: string): Instruction[] {
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map(line => line.trim())
    .filter(line => line && !line.startsWith('#'))
    .map(line => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

/** COPY sources, without flags and the destination. */
function copySources(instruction: Instruction): string[] {
  const words = instruction.args.split(/\s+/).filter(w => !w.startsWith('--'));
  return words.slice(0, -1);
}

const containerfile = instructions(read('packages/backend/Containerfile'));
const buildScript = read('scripts/build-production');
const startScript = read('scripts/start');
const envScript = read('scripts/env.sh');

function indexOf(predicate: (i: Instruction) => boolean): number {
  const index = containerfile.findIndex(predicate);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

describe('packages/backend/Containerfile', () => {
  it('installs what the production build installs, from the same files', () => {
    // scripts/build-production copies these into .tools/prod before
    // `yarn workspaces focus`.
    const copied = new Set<string>();
    for (const [, args] of buildScript.matchAll(
      /(?:^\s*|&& )cp (?:-r )?(.+?) "\$PROD[^"]*"/gm,
    )) {
      for (const word of args.split(/\s+/)) copied.add(word);
    }
    expect([...copied].sort()).toEqual(
      [
        '.yarn/releases',
        '.yarn/patches',
        '.yarnrc.yml',
        'backstage.json',
        'yarn.lock',
        'package.json',
      ].sort(),
    );

    const focus = indexOf(
      i => i.op === 'RUN' && i.args.includes('workspaces focus'),
    );
    const copiedBeforeFocus = containerfile
      .slice(0, focus)
      .filter(i => i.op === 'COPY')
      .flatMap(copySources);
    expect(copiedBeforeFocus.sort()).toEqual(
      [...copied, 'packages/backend/dist/skeleton.tar.gz'].sort(),
    );

    // The same command, with the committed Yarn release.
    expect(buildScript).toMatch(/yarn_cmd workspaces focus --all --production/);
    expect(containerfile[focus].args).toContain(
      'workspaces focus --all --production',
    );
    const yarnPath = /^yarnPath: (.+)$/m.exec(read('.yarnrc.yml'))![1].trim();
    expect(containerfile[focus].args).toContain(`node ${yarnPath}`);
    expect(envScript).toContain(`"$REPO_ROOT/${yarnPath}"`);

    // The skeleton is unpacked before, the bundle after.
    const skeleton = indexOf(
      i => i.op === 'RUN' && i.args.startsWith('tar xzf skeleton.tar.gz'),
    );
    const bundle = indexOf(
      i => i.op === 'RUN' && i.args.startsWith('tar xzf bundle.tar.gz'),
    );
    expect(skeleton).toBeLessThan(focus);
    expect(bundle).toBeGreaterThan(focus);
    expect(buildScript).toMatch(/tar xzf packages\/backend\/dist\/skeleton/);
    expect(buildScript).toMatch(/tar xzf packages\/backend\/dist\/bundle/);
  });

  it('runs the backend as the production start does', () => {
    const cmd = containerfile.filter(i => i.op === 'CMD').pop()!;
    const argv: string[] = JSON.parse(cmd.args);
    expect(argv.slice(0, 2)).toEqual(['node', 'packages/backend']);
    const configs = argv.slice(2).filter(a => a !== '--config');
    // scripts/start --production: the same files first, then its local
    // one (the last assignment of its configs is the production branch's).
    const assignment = startScript.slice(startScript.lastIndexOf('configs=('));
    const started = [
      ...assignment
        .slice(0, assignment.indexOf(')'))
        .matchAll(/--config "\$REPO_ROOT\/(app-config[^"]+)"/g),
    ].map(m => m[1]);
    expect(started).toEqual([...configs, 'app-config.production-local.yaml']);
    for (const file of configs) {
      expect(fs.existsSync(path.join(ROOT, file))).toBe(true);
    }

    // Every config the command names is copied into the image.
    const copied = containerfile
      .filter(i => i.op === 'COPY')
      .flatMap(copySources);
    expect(copied).toEqual(expect.arrayContaining(configs));

    // Same environment: production mode, the same heap limit.
    const env = Object.fromEntries(
      containerfile
        .filter(i => i.op === 'ENV')
        .map(i => {
          const [key, ...value] = i.args.split('=');
          return [key, value.join('=').replace(/^"|"$/g, '')];
        }),
    );
    expect(env.NODE_ENV).toBe('production');
    expect(startScript).toMatch(/NODE_ENV=production/);
    const heap = /LITEMAAS_PRODUCTION_NODE_OPTIONS:-([^}]+)\}/.exec(
      envScript,
    )![1];
    expect(env.NODE_OPTIONS).toBe(heap);
    expect(startScript).toMatch(
      /NODE_OPTIONS="\$LITEMAAS_PRODUCTION_NODE_OPTIONS"/,
    );
  });

  it('runs as a non-root user that OpenShift can replace with any UID of group 0', () => {
    const users = containerfile.filter(i => i.op === 'USER');
    expect(users.pop()!.args).toBe('1001');
    const runs = containerfile.filter(i => i.op === 'RUN').map(i => i.args);
    expect(runs).toContain(
      'chgrp -R 0 /opt/app-root/src && chmod -R g=u /opt/app-root/src',
    );
    for (const copy of containerfile.filter(i => i.op === 'COPY')) {
      expect(copy.args).toMatch(/^--chown=1001:0 /);
    }
  });
});
