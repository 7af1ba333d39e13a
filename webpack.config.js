// Builds the task pane for Excel (taskpane.html, with Office.js from Microsoft's CDN) and the same pane
// as a browser page that works on .xlsx files (index.html). ExcelJS is only in the browser page's chunk.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  const baseUrl = process.env.HANDLEPLAN_BASE_URL ?? DEV_URL;
  return {
    devtool: production ? false : 'source-map',
    entry: { browser: './src/taskpane/browser.tsx' },
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
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/taskpane/page.html', chunks: ['browser'], title: 'Handleplan' }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? content.toString().replaceAll(DEV_URL, baseUrl) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
  };
};
