#!/usr/bin/env node
// `npm start`: where desktop Excel exists, explains how to sideload the add-in; on Linux, where it
// cannot exist, says so plainly and serves the browser page instead.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const serve = () => spawn(process.execPath, [join(__dirname, 'serve.js')], { stdio: 'inherit' });

if (process.platform === 'win32' || process.platform === 'darwin') {
  console.log('Sådan prøver du tilføjelsesprogrammet i Excel på denne computer:');
  console.log('  1. npx office-addin-dev-certs install   (et betroet https-certifikat til localhost; kræver internet første gang)');
  console.log('  2. npx office-addin-debugging start manifest.xml desktop   (starter en udviklingsserver og indlæser manifest.xml i Excel)');
  console.log('Eller i Excel: Indsæt › Tilføjelsesprogrammer › Upload mit tilføjelsesprogram › manifest.xml fra dist/ (efter npm run build med HANDLEPLAN_BASE_URL).');
  console.log('Browsersiden startes nu, så du kan arbejde med det samme:');
  serve();
} else {
  console.log('Excel findes ikke til Linux, så tilføjelsesprogrammet kan ikke indlæses (sideloades) i Excel her.');
  console.log('Brug i stedet browsersiden, der kører de samme fire trin på en .xlsx-fil:');
  serve();
}
