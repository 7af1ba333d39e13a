#!/usr/bin/env node
// Development: rebuilds the pane on every change (webpack watch) and serves dist/ on port 3000.
const webpack = require('webpack');
const { join } = require('node:path');
const { serveFolder } = require('./serve');
const config = require('../webpack.config.js');

const compiler = webpack(config({}, { mode: 'development' }));
let served = false;
compiler.watch({}, (error, stats) => {
  if (error) console.error(error.message);
  else console.log(stats.toString({ preset: 'errors-warnings', colors: true }) || `Bygget ${new Date().toLocaleTimeString('da-DK')}.`);
  if (served) return;
  served = true;
  serveFolder(join(__dirname, '..', 'dist'), Number(process.env.PORT ?? 3000)).then(({ url }) => {
    console.log(`Browsersiden: ${url}   Opgaveruden: ${url}taskpane.html   Stop med Ctrl+C.`);
  });
});
