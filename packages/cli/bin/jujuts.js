#!/usr/bin/env node
// A committed launcher, so that npm can link the `jujuts` command at install
// time even before `npm run build` has produced dist/.
'use strict';
require('../dist/bin.js');
