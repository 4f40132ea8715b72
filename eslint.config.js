// Flat config: typescript-eslint's recommended rules over every TypeScript file we own, then the
// import boundaries between the layers described in docs/ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * The layers, lowest first. A file may import its own layer and the ones below it, never one
 * above: the arrows all point down, so each layer can be read, tested and replaced on its own.
 * `dirs` are folder names as they appear in an import path; `files` are the layer's files.
 */
const LAYERS = [
  { name: 'shared', files: ['src/shared/**'], dirs: ['shared'] },
  { name: 'config', files: ['src/config/**'], dirs: ['config'] },
  { name: 'corpus', files: ['src/corpus/**'], dirs: ['corpus'] },
  { name: 'search', files: ['src/search/**'], dirs: ['search'] },
  { name: 'glossary', files: ['src/glossary/**'], dirs: ['glossary'] },
  { name: 'timeline', files: ['src/timeline/**'], dirs: ['timeline'] },
  { name: 'knowledge', files: ['src/knowledge/**'], dirs: ['knowledge'] },
  { name: 'store', files: ['src/store/**'], dirs: ['store'] },
  { name: 'present', files: ['src/present/**'], dirs: ['present'] },
  { name: 'schedule', files: ['src/schedule/**'], dirs: ['schedule'] },
  { name: 'dispatch', files: ['src/dispatch/**'], dirs: ['dispatch'] },
  { name: 'commands', files: ['commands/**'], dirs: ['commands'] },
  { name: 'platforms', files: ['src/platforms/**'], dirs: ['platforms'] },
];

/** The application files at the top: they wire the layers together and nothing imports them. */
const APP_FILES = ['cli', 'command-line', 'start', 'serve'];

/** Core modules: outside code goes through their index.ts, so their insides can change freely. */
const CORE = ['corpus', 'search', 'glossary', 'timeline'];

/** The chat libraries, allowed under src/platforms/ only. */
const PLATFORM_LIBRARIES = [
  { regex: '^@slack/', message: 'Slack libraries belong in src/platforms/slack/ (docs/ARCHITECTURE.md, "Chat libraries stay in platforms").' },
  { regex: '^discord\\.js$', message: 'discord.js belongs in src/platforms/discord/ (docs/ARCHITECTURE.md, "Chat libraries stay in platforms").' },
];

function forbiddenAbove(index) {
  const above = LAYERS.slice(index + 1);
  const dirs = above.flatMap((layer) => layer.dirs).join('|');
  return [
    // A relative path that walks up (../) and then into a higher layer's folder.
    { regex: `^(\\.\\./)+(src/)?(${dirs})/`, message: `The ${LAYERS[index].name} layer may not import ${above.map((l) => l.name).join(', ')} (docs/ARCHITECTURE.md, "Layers").` },
    { regex: `^(\\.\\./)+(src/)?(${APP_FILES.join('|')})\\.js$`, message: `Nothing imports the application files (${APP_FILES.join(', ')}): they import everything else.` },
  ];
}

function entryPointsOnly(except) {
  return CORE.filter((name) => name !== except).map((name) => ({
    regex: `^(\\.\\./)+(src/)?${name}/(?!index\\.js$)`,
    message: `Import ${name} through src/${name}/index.ts, its one entry point (docs/ARCHITECTURE.md, "Entry points").`,
  }));
}

/** Core code is pure: it reads no files, except each area's one loader, which reads at start-up. */
const CORE_LOADERS = ['src/corpus/load.ts', 'src/glossary/**/load-curated.ts', 'src/timeline/team/load.ts', 'src/search/load-wordnet.ts'];
const NO_FILE_SYSTEM = { regex: '^(node:)?fs(/.*)?$', message: "Core code does no I/O: read files in the area's loader, at start-up." };

function restrict(patterns) {
  return { 'no-restricted-imports': ['error', { patterns }] };
}

/**
 * The platforms sit side by side and do not use each other: each can be removed without touching
 * the rest. Only the command line, the terminal's one-shot mode, renders as the terminal does.
 */
const PLATFORMS = { slack: [], discord: [], terminal: [], cli: ['terminal'], common: [] };

function platformBlocks(patterns) {
  return Object.entries(PLATFORMS).map(([name, uses]) => {
    const others = Object.keys(PLATFORMS).filter((other) => other !== name && other !== 'common' && !uses.includes(other));
    const sideways = { regex: `^\\.\\./(${others.join('|')})/`, message: `src/platforms/${name}/ may not import another platform (${others.join(', ')}): share through src/platforms/common/ or a lower layer.` };
    return { files: [`src/platforms/${name}/**`], rules: restrict([...patterns, sideways]) };
  });
}

/**
 * One block per layer (two for a core layer: its loader may read files). Each block states every
 * pattern for its files, because a later block's options for a rule replace an earlier one's.
 */
function layerBlocks(layer, index) {
  const core = CORE.includes(layer.name);
  const patterns = [...forbiddenAbove(index), ...entryPointsOnly(core ? layer.name : null), ...(layer.name === 'platforms' ? [] : PLATFORM_LIBRARIES)];
  if (layer.name === 'platforms') return platformBlocks(patterns);
  if (!core) return [{ files: layer.files, rules: restrict(patterns) }];
  const loaders = CORE_LOADERS.filter((loader) => layer.files.some((glob) => loader.startsWith(glob.replace('**', ''))));
  return [
    { files: layer.files, ignores: loaders, rules: restrict([...patterns, NO_FILE_SYSTEM]) },
    ...(loaders.length > 0 ? [{ files: loaders, rules: restrict(patterns) }] : []),
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  ...LAYERS.flatMap(layerBlocks),
  // The application files and the tools may use any layer, but core modules through their entry points.
  { files: ['src/*.ts', 'bench/**', 'eval/**'], rules: restrict([...entryPointsOnly(null), ...PLATFORM_LIBRARIES]) },
);
