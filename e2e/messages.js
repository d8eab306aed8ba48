// The plugin's words as the browser tests need them: the English messages
// and one language's, flat ("keys.title" -> "API keys"), read from the
// plugin's sources. The message files are plain object literals, so the
// TypeScript compiler's transpiler is enough to load them here.
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const SOURCES = path.join(__dirname, '../plugins/litemaas/src');

/** Loads a TypeScript module of plain data, and the ones it imports. */
function loadTs(file, root) {
  const ts = require(require.resolve('typescript', { paths: [root] }));
  const source = fs.readFileSync(file, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
    },
  });
  const mod = new Module(file);
  mod.filename = file;
  mod.require = request => {
    if (!request.startsWith('.')) return require(request);
    return loadTs(path.resolve(path.dirname(file), `${request}.ts`), root);
  };
  mod._compile(outputText, file);
  return mod.exports;
}

function flatten(node, prefix = '', flat = {}) {
  for (const [key, value] of Object.entries(node)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[at] = value;
    else flatten(value, at, flat);
  }
  return flat;
}

/** Every English message of the plugin, flat. */
function englishMessages(root) {
  const flat = {};
  const dir = path.join(SOURCES, 'messages');
  for (const name of fs.readdirSync(dir).filter(f => f.endsWith('.ts'))) {
    for (const area of Object.values(loadTs(path.join(dir, name), root))) {
      flatten(area, '', flat);
    }
  }
  return flat;
}

/** One language's messages, flat, as its translation files key them. */
function languageMessages(language, root) {
  const file = path.join(SOURCES, 'translations', language, 'index.ts');
  return loadTs(file, root).default;
}

/**
 * The English messages that `language` words differently, cut at their
 * placeholders: what must not be on a page shown in that language. Short
 * parts ("Key", "of") are left out: they are too often part of names.
 */
function englishToFind(language, root) {
  const english = englishMessages(root);
  const other = languageMessages(language, root);
  // A word both languages use ("Limits", "Team", "Playground") is the
  // language's own word too.
  const otherText = Object.values(other).join('\n');
  const usedByOther = phrase =>
    new RegExp(
      `(?<![\\p{L}-])${phrase.replace(
        /[.*+?^${}()|[\]\\]/g,
        '\\$&',
      )}(?![\\p{L}-])`,
      'u',
    ).test(otherText);
  return [
    ...new Set(
      Object.entries(english)
        .filter(([key, value]) => other[key] !== value)
        // The parts between placeholders, each as it shows on a page.
        .flatMap(([, value]) => value.split(/\{\{\s*\w+\s*\}\}/))
        .map(part => part.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
        .filter(part => part.length > 3 && !usedByOther(part)),
    ),
  ];
}

/**
 * The descriptions the example data brings (catalog entities, models,
 * InferenceServices): words of their owners, in English whatever the
 * reader's language, so not the portal's to translate.
 */
function exampleDescriptions(root) {
  const yaml = require(require.resolve('yaml', { paths: [root] }));
  const files = [path.join(root, 'app-config.yaml')];
  const walkDir = dir => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) walkDir(at);
      else if (/\.ya?ml$/.test(entry.name)) files.push(at);
    }
  };
  walkDir(path.join(root, 'examples'));
  const found = new Set();
  const collect = node => {
    if (Array.isArray(node)) node.forEach(collect);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (/description$/i.test(key) && typeof value === 'string') {
          found.add(value.replace(/\s+/g, ' ').trim());
        } else collect(value);
      }
    }
  };
  for (const file of files) {
    for (const doc of yaml.parseAllDocuments(fs.readFileSync(file, 'utf8'))) {
      collect(doc.toJS());
    }
  }
  return [...found].filter(Boolean);
}

module.exports = {
  englishMessages,
  languageMessages,
  englishToFind,
  exampleDescriptions,
};
