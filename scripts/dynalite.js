#!/usr/bin/env node
// Starts dynalite on 127.0.0.1 and prints "LISTENING <port>" once it accepts connections.
// Port 0 lets the OS pick a free port, so parallel runs never collide.
// The process exits when its standard input closes: the Java process that started it holds
// the other end, so the emulator can never outlive it, even after a SIGKILL.
'use strict';
const dynalite = require('dynalite');

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('--port') || 0);
const path = option('--path');

const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
});
server.on('error', (err) => {
  process.stderr.write(`dynalite failed: ${err.message}\n`);
  process.exit(1);
});

const stop = () => server.close(() => process.exit(0));
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
