import {
  LoggerService,
  SchedulerServiceTaskRunner,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  EntityContext,
  objectKey,
  parseManifest,
  SourceObject,
} from '../transform';
import { BaseKServeProvider } from './BaseKServeProvider';
import { ManifestSourceConfig } from './config';

const MANIFEST_FILE = /\.(ya?ml|json)$/i;

interface ManifestFile {
  /** Shown in warnings. */
  name: string;
  /** `file:<path>` or `url:<url>`. */
  location: string;
  text: string;
}

async function walk(directory: string): Promise<string[]> {
  const entries = await fs.readdir(directory, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      files.push(...(await walk(full)));
    } else if (MANIFEST_FILE.test(entry.name)) {
      files.push(full);
    }
  }
  return files;
}

/**
 * Ingests the InferenceServices and LLMInferenceServices of manifests: a
 * folder on disk, or a file or folder at a URL the catalog can read (e.g. a
 * GitOps repository). Each run replaces the provider's entities; when the
 * source cannot be read the last state stays.
 */
export class KServeManifestEntityProvider extends BaseKServeProvider {
  constructor(
    private readonly source: ManifestSourceConfig,
    logger: LoggerService,
    taskRunner: SchedulerServiceTaskRunner,
    private readonly urlReader?: UrlReaderService,
  ) {
    super(source, logger.child({ kserveManifests: source.id }), taskRunner);
  }

  /** Where the manifests are read from, for messages. */
  get origin(): string {
    return this.source.directory
      ? `file:${path.resolve(this.source.directory)}`
      : `url:${this.source.url}`;
  }

  private async readDirectory(directory: string): Promise<ManifestFile[]> {
    const root = path.resolve(directory);
    const files = await walk(root);
    return Promise.all(
      files.map(async file => ({
        name: path.relative(root, file),
        location: `file:${file}`,
        text: await fs.readFile(file, 'utf8'),
      })),
    );
  }

  private async readUrl(url: string): Promise<ManifestFile[]> {
    if (!this.urlReader) {
      throw new Error('no UrlReaderService to read manifests at a URL');
    }
    if (MANIFEST_FILE.test(new URL(url).pathname)) {
      const response = await this.urlReader.readUrl(url);
      const text = (await response.buffer()).toString('utf8');
      return [{ name: url, location: `url:${url}`, text }];
    }
    const tree = await this.urlReader.readTree(url, {
      filter: file => MANIFEST_FILE.test(file),
    });
    const files = await tree.files();
    const base = url.replace(/\/+$/, '');
    return Promise.all(
      files.map(async file => ({
        name: file.path,
        location: `url:${base}/${file.path}`,
        text: (await file.content()).toString('utf8'),
      })),
    );
  }

  protected async fullSync(): Promise<void> {
    const started = Date.now();
    let files: ManifestFile[];
    try {
      files = this.source.directory
        ? await this.readDirectory(this.source.directory)
        : await this.readUrl(this.source.url!);
    } catch (error) {
      this.logger.error(
        `KServe manifests ${this.origin}: reading failed, keeping the ${
          this.state.size
        } model servers read before: ${(error as Error).message}`,
      );
      return;
    }

    const { namespaces, excludeNamespaces } = this.source;
    const objects: SourceObject[] = [];
    for (const file of files) {
      const parsed = parseManifest(file.text, file.name);
      for (const problem of parsed.errors) {
        this.logger.warn(`Skipping unparseable manifest: ${problem}`);
      }
      // A GitOps folder holds other kinds too: nothing to warn about, but
      // worth seeing when an expected server is missing.
      for (const other of parsed.ignored) {
        this.logger.debug(
          `Ignoring ${other}: not an InferenceService or LLMInferenceService`,
        );
      }
      const context: EntityContext = {
        cluster: this.source.cluster,
        location: file.location,
        originLocation: this.origin,
        defaults: this.source.defaults,
        defaultNamespace: 'default',
        shape: this.source.entityShape,
      };
      for (const object of parsed.objects) {
        const key = objectKey(object, 'default');
        const namespace = key.split('/')[1];
        if (namespaces?.length && !namespaces.includes(namespace)) continue;
        if (excludeNamespaces.includes(namespace)) continue;
        objects.push({ key, object, context });
      }
    }
    const mutation = this.state.replaceAll(objects);
    try {
      await this.apply(mutation);
    } catch (error) {
      this.logger.error(
        `KServe manifests ${
          this.origin
        }: the catalog did not accept the update: ${(error as Error).message}`,
      );
      return;
    }
    this.logger.info(
      `KServe manifests ${this.origin}: ${this.state.size} model servers from ${
        files.length
      } files in ${Date.now() - started} ms`,
    );
  }
}
