// Loaded by ajv-cli with `-c ./ajv_setup.js` in `make bench` (bench/run.py).
//
// 1. Adds the "date" format (ajv-formats), which the schemas use for decision
//    dates; without it ajv's strict mode refuses the schemas.
// 2. Makes ajv-cli read YAML as plancheck and the schemas do: dates stay text.
//    ajv-cli reads YAML with js-yaml's safeLoad, whose default schema turns
//    2021-03-12 into a Date object, which a {"type": "string"} schema rejects,
//    so every plan file would be "invalid" and validation would stop at its
//    first date. The core schema (JSON types, no timestamps) keeps them text,
//    as tests/schemas.py does for python3-yaml.
"use strict";

const path = require("path");
const addFormats = require("ajv-formats");

// The js-yaml that ajv-cli itself requires (resolved from ajv-cli's folder).
const cliDir = path.dirname(require.resolve("ajv-cli/package.json"));
const yaml = require(require.resolve("js-yaml", {paths: [cliDir]}));
const safeLoad = yaml.safeLoad;
yaml.safeLoad = (text, options) => safeLoad(text, Object.assign({schema: yaml.CORE_SCHEMA}, options));

module.exports = (ajv) => {
  addFormats(ajv, ["date"]);
  return ajv;
};
