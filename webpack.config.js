// Builds the task pane for Excel (taskpane.html, with Office.js from Microsoft's CDN), its commands and
// help pages, and the same pane as a browser page that works on .xlsx files (index.html). The .xlsx
// adapter (with fflate and saxes) is only in the browser page's lazily loaded chunk, never in the Excel pane's script.
// The workers each page starts (src/taskpane/worker/start-workers.ts) are bundled as scripts of their own.
const path = require('node:path');
const { gzipSync } = require('node:zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { META_POLICY } = require('./scripts/package-policy');
const { productionManifest } = require('./scripts/package-manifest');
const { ThirdPartyNotices } = require('./scripts/package-notices');
const { version } = require('./package.json');

/** Prints each page's own script, gzipped, after a production build, and keeps the figures in dist/sizes.json. */
class ReportGzippedSizes {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ReportGzippedSizes', (compilation) => {
      const fs = require('node:fs');
      const gzipped = (file) => gzipSync(fs.readFileSync(path.join(compiler.outputPath, file)), { level: 9 }).length;
      const sizes = {};
      for (const [name, entry] of compilation.entrypoints) {
        const files = entry.getFiles().filter((f) => f.endsWith('.js'));
        sizes[name] = files.reduce((sum, f) => sum + gzipped(f), 0);
      }
      // Each worker (src/taskpane/worker) is an entry of its own that webpack found in the code.
      for (const worker of compilation.asyncEntrypoints) {
        sizes[`worker ${worker.name}`] = worker.getFiles().filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipped(f), 0);
      }
      const entries = [...compilation.entrypoints.values(), ...compilation.asyncEntrypoints];
      const initial = new Set(entries.flatMap((entry) => entry.getFiles()));
      const lazy = Object.keys(compilation.assets).filter((f) => f.endsWith('.js') && !initial.has(f));
      sizes['browser, .xlsx reading on demand'] = lazy.reduce((sum, f) => sum + gzipped(f), 0);
      const lines = Object.entries(sizes).map(([name, bytes]) => `  ${name.padEnd(40)} ${(bytes / 1024).toFixed(0).padStart(5)} KB gzipped`);
      console.log(`Scripts:\n${lines.join('\n')}`);
      fs.writeFileSync(path.join(compiler.outputPath, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
    });
  }
}

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = process.env.HANDLEPLAN_BASE_URL;
  // Every page carries the content security policy (scripts/package-policy.js); help.html shows the version.
  const page = (options) => new HtmlWebpackPlugin({ csp: META_POLICY, version, ...options });
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/excel.tsx', browser: './src/taskpane/browser.tsx', commands: './src/taskpane/commands.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].[contenthash:8].js', chunkFilename: '[name].[contenthash:8].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' } },
          },
        },
      ],
    },
    plugins: [
      page({ filename: 'index.html', template: './src/taskpane/page.html', chunks: ['browser'], title: 'Handleplan' }),
      page({ filename: 'taskpane.html', template: './src/taskpane/page.html', chunks: ['taskpane'], officeJs: true }),
      page({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: ['commands'] }),
      page({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          // Plain ES5, never bundled: it must run where the pane's script cannot (Internet Explorer 11, Edge Legacy).
          { from: 'src/taskpane/old-host.js', to: 'old-host.js' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production && baseUrl !== undefined ? productionManifest(content.toString(), baseUrl, version) : content),
          },
        ],
      }),
      new ThirdPartyNotices(`Handleplan ${version}`),
      ...(production ? [new ReportGzippedSizes()] : []),
    ],
    performance: { hints: false },
  };
};
