#!/usr/bin/env node
// `npm start`: where desktop Excel exists (Windows, macOS), serves the pane over https and sideloads
// manifest.xml into Excel with Microsoft's office-addin tools; on Linux, where Excel cannot exist,
// says so plainly and serves the browser page instead.
const { spawn, spawnSync } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const serve = (...args) => spawn(process.execPath, [join(__dirname, 'serve.js'), ...args], { stdio: 'inherit' });
const npx = (...args) => spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--yes', ...args], { stdio: 'inherit', cwd: ROOT });

if (process.platform === 'win32' || process.platform === 'darwin') {
  console.log('Excel kræver https: installerer udviklingscertifikatet til localhost (første gang beder systemet om lov) …');
  if (npx('office-addin-dev-certs', 'install').status !== 0) {
    console.error('Certifikatet kunne ikke installeres. Brug browsersiden: npm run serve');
    process.exit(2);
  }
  serve('--https');
  console.log('Indlæser manifest.xml i Excel på denne computer …');
  const sideload = npx('office-addin-dev-settings', 'sideload', 'manifest.xml', 'desktop');
  if (sideload.status !== 0) {
    console.error('Excel kunne ikke få tilføjelsesprogrammet. I Excel: Indsæt › Tilføjelsesprogrammer › Upload mit tilføjelsesprogram › manifest.xml.');
  } else console.log('Åbn Excel, og klik på »Handleplan« under Startside. Stop serveren med Ctrl+C.');
} else {
  console.log('Excel findes ikke til Linux, så tilføjelsesprogrammet kan ikke indlæses (sideloades) i Excel her.');
  console.log('Brug i stedet browsersiden, der kører de samme fire trin på en .xlsx-fil:');
  serve();
}
