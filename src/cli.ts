#!/usr/bin/env node
import { runCommandLine } from './command-line.js';

process.exitCode = await runCommandLine(process.argv.slice(2), {
  stdin: process.stdin,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  // Until the configuration is read (NO_COLOR, a terminal): usage and configuration errors are plain.
  color: false,
});
