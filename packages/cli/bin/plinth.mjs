#!/usr/bin/env node
// Runs the prebuilt CLI (dist/plinth.mjs), rebuilding it first when a source is newer than the build,
// so `npx plinth` from a fresh clone and after every edit runs the current code, and starts fast.
//
// Users run this from their own shells, on whatever Node they have: unlike `npm start` and `npm test`
// (which fetch Lambda's Node 24), the CLI runs on any Node from MINIMUM_NODE up, feature-detects what
// newer releases add, and below the floor says in one line what to install. This file is plain
// JavaScript any Node parses (no top-level await, no static import of newer exports), so that line is
// what an old Node prints, never a SyntaxError; the rest is in launch.mjs.
const MINIMUM_NODE = 20;
const major = Number.parseInt(process.versions.node, 10);
if (!(major >= MINIMUM_NODE)) {
  process.stderr.write(
    `plinth: needs Node.js ${MINIMUM_NODE} or newer, this is ${process.versions.node}. ` +
      `Install Node ${MINIMUM_NODE}+ (nvm install 24, fnm, or https://nodejs.org) and run plinth again.\n`,
  );
  process.exit(2);
}

import("./launch.mjs");
