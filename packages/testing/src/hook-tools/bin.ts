#!/usr/bin/env node
/** The `jujuts-hook-tool` bin of package.json: the same entry as the bundle, `jujuts-hook-tool COMMAND ARGS…`. */
import './cli';
