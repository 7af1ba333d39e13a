// Preloaded with `node -r` into each measured child process: on exit, writes the process's peak
// resident memory (KB) to the file named by HANDLEPLAN_PEAK_FILE, so both sides are measured alike.
const { writeFileSync } = require('node:fs');

const file = process.env.HANDLEPLAN_PEAK_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
