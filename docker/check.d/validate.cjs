#!/usr/bin/env node
// Offline checks of docker/, run by docker/check (which installs the packages this needs into
// docker/.check/node_modules). Each command prints its findings and exits non-zero on any.
//
//   validate.cjs compose COMPOSE_FILE SCHEMA_FILE SCHEMA_README ENV_EXAMPLE
//       the file against the Compose Specification schema (after YAML merge keys, as Compose
//       reads it), then this project's rules for it
//   validate.cjs realm PRODUCTION_REALM DEVELOPMENT_REALM
//       the production realm is safe and the development realm is it plus demo accounts
//   validate.cjs dockerfile DOCKERFILE
//       dockerfile-utils' diagnostics (Docker's own parser rules, as VS Code shows them)
'use strict';

const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { createRequire } = require('module');

// The packages live in docker/.check/node_modules, not next to this file.
const tools = createRequire(path.resolve(__dirname, '..', '.check', 'package.json'));

const problems = [];
const problem = (message) => problems.push(message);

function finish(what) {
  for (const p of problems) console.log(`  ${p}`);
  if (problems.length > 0) {
    console.log(`  ${problems.length} problem(s) in ${what}`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
function compose(file, schemaFile, schemaReadme, envExample) {
  const YAML = tools('yaml');
  const Ajv = tools('ajv');
  const addFormats = tools('ajv-formats');

  // The schema is the one docker/schema/README.md names, byte for byte.
  const schemaText = fs.readFileSync(schemaFile);
  const expected = /sha256 `([0-9a-f]{64})`/.exec(fs.readFileSync(schemaReadme, 'utf8'));
  const actual = crypto.createHash('sha256').update(schemaText).digest('hex');
  if (!expected) problem(`${schemaReadme} names no sha256 of the schema`);
  else if (expected[1] !== actual) problem(`${schemaFile} is not the schema ${schemaReadme} describes (sha256 ${actual})`);

  const text = fs.readFileSync(file, 'utf8');
  // merge: Compose resolves `<<: *anchor` before validating; YAML 1.2 leaves it to the reader.
  const doc = YAML.parseDocument(text, { merge: true, prettyErrors: true, uniqueKeys: true });
  for (const e of [...doc.errors, ...doc.warnings]) problem(`YAML: ${e.message.split('\n')[0]}`);
  if (doc.errors.length > 0) finish(file);
  const model = doc.toJS({ maxAliasCount: 100 });

  // strict false: the schema uses annotations (e.g. "deprecated") that draft-07 does not define.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // The schema names draft-07's meta-schema by its https address; Ajv knows it by the http one.
  // Registered under both, the schema itself is validated against draft-07 before it is used.
  const draft07 = tools('ajv/dist/refs/json-schema-draft-07.json');
  ajv.addMetaSchema({ ...draft07, $id: 'https://json-schema.org/draft-07/schema' });
  const validate = ajv.compile(JSON.parse(schemaText));
  if (!validate(model)) {
    for (const e of validate.errors) {
      const extra = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '';
      problem(`schema: ${e.instancePath || '/'} ${e.message}${extra}`);
    }
    finish(file); // the rules below assume a valid structure
  }

  const services = model.services || {};
  const names = Object.keys(services);
  const declaredVolumes = Object.keys(model.volumes || {});
  const declaredNetworks = Object.keys(model.networks || {});
  const dir = path.dirname(file);

  for (const [name, s] of Object.entries(services)) {
    const at = `services.${name}`;
    if (!s.healthcheck || !s.healthcheck.test || s.healthcheck.disable) problem(`${at}: no healthcheck`);
    if (s.restart !== 'unless-stopped') problem(`${at}: restart is ${JSON.stringify(s.restart)}, not "unless-stopped"`);
    const limits = s.deploy && s.deploy.resources && s.deploy.resources.limits;
    if (!limits || limits.cpus === undefined || limits.memory === undefined) {
      problem(`${at}: no deploy.resources.limits with both cpus and memory`);
    }
    if (s.mem_limit !== undefined || s.cpus !== undefined) problem(`${at}: use deploy.resources.limits, not mem_limit/cpus`);
    if (!s.image && !s.build) problem(`${at}: neither image nor build`);
    if (s.image && /:latest$|^[^:]+$/.test(s.image.replace(/\$\{[^}]*\}/g, 'x')) && !s.build) {
      problem(`${at}: image ${s.image} has no explicit tag`);
    }

    const deps = Array.isArray(s.depends_on) ? Object.fromEntries(s.depends_on.map((d) => [d, {}])) : s.depends_on || {};
    for (const [dep, how] of Object.entries(deps)) {
      if (!names.includes(dep)) problem(`${at}: depends on unknown service ${dep}`);
      if (!how.condition) problem(`${at}: depends_on ${dep} has no condition`);
      if (how.condition === 'service_healthy' && services[dep] && !services[dep].healthcheck) {
        problem(`${at}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      }
    }

    for (const v of s.volumes || []) {
      const source = typeof v === 'string' ? v.split(':')[0] : v.source;
      const type = typeof v === 'string' ? (/^[./~]/.test(source) ? 'bind' : 'volume') : v.type;
      if (type === 'volume' && source && !declaredVolumes.includes(source)) problem(`${at}: volume ${source} is not declared under volumes`);
      if (type === 'bind' && source && !fs.existsSync(path.resolve(dir, source))) problem(`${at}: bind-mounted ${source} does not exist`);
    }
    const nets = Array.isArray(s.networks) ? s.networks : Object.keys(s.networks || {});
    for (const n of nets) if (!declaredNetworks.includes(n)) problem(`${at}: network ${n} is not declared under networks`);
    if (s.build && s.build.dockerfile) {
      const dockerfile = path.resolve(dir, s.build.context || '.', s.build.dockerfile);
      if (!fs.existsSync(dockerfile)) problem(`${at}: build.dockerfile ${s.build.dockerfile} does not exist`);
    }
  }

  // Interpolation: every $VAR / ${VAR...} is listed in .env.example ($$ is a literal $), and a
  // secret never has a default.
  const listed = new Set(
    fs.readFileSync(envExample, 'utf8').split('\n')
      .map((l) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(l)).filter(Boolean).map((m) => m[1]),
  );
  const uncommented = text.split('\n').map((l) => (/^\s*#/.test(l) ? '' : l)).join('\n');
  const reference = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
  let m;
  while ((m = reference.exec(uncommented)) !== null) {
    if (m[0] === '$$') continue;
    const variable = m[1] || m[3];
    if (!listed.has(variable)) problem(`interpolates ${variable}, which ${path.basename(envExample)} does not list`);
    if (/PASSWORD|SECRET/.test(variable) && !(m[2] || '').startsWith(':?')) {
      problem(`secret ${variable} must be required (\${${variable}:?message}), not defaulted`);
    }
  }

  // Two application nodes with distinct names behind the proxy.
  const nodes = names.filter((n) => /^guildhall-\d+$/.test(n));
  if (nodes.length < 2) problem(`expected at least two Guildhall nodes (guildhall-1, guildhall-2), found ${nodes.length}`);
  const nodeNames = nodes.map((n) => (services[n].environment || {}).GUILDHALL_NODE_NAME || services[n].hostname);
  if (new Set(nodeNames).size !== nodes.length || nodeNames.includes(undefined)) {
    problem(`Guildhall nodes need distinct GUILDHALL_NODE_NAME values, found ${JSON.stringify(nodeNames)}`);
  }
  finish(file);
  console.log(`  ${names.length} services valid against the Compose Specification schema and the project's rules`);
}

// ---------------------------------------------------------------------------------------------
function realm(productionFile, developmentFile) {
  const production = JSON.parse(fs.readFileSync(productionFile, 'utf8'));
  const development = JSON.parse(fs.readFileSync(developmentFile, 'utf8'));

  if ('users' in production) problem('production realm: has users');
  if (production.sslRequired !== 'external' && production.sslRequired !== 'all') {
    problem(`production realm: sslRequired is ${production.sslRequired}, not external or all`);
  }
  if (production.bruteForceProtected !== true) problem('production realm: brute force protection is off');
  if (production.registrationAllowed !== false) problem('production realm: self-registration is allowed');
  const limits = {
    accessTokenLifespan: 900, ssoSessionIdleTimeout: 8 * 3600, ssoSessionMaxLifespan: 24 * 3600,
    accessCodeLifespan: 300, accessCodeLifespanLogin: 3600, accessCodeLifespanUserAction: 900,
  };
  for (const [key, max] of Object.entries(limits)) {
    if (!(Number.isInteger(production[key]) && production[key] > 0 && production[key] <= max)) {
      problem(`production realm: ${key} is ${production[key]}, expected 1..${max} seconds`);
    }
  }
  const clients = production.clients || [];
  if (clients.length !== 1) problem(`production realm: ${clients.length} clients, expected only the web client`);
  const web = clients[0] || {};
  if (web.secret !== '${GUILDHALL_OIDC_CLIENT_SECRET}') {
    problem(`production realm: the client secret is ${JSON.stringify(web.secret)}, expected the placeholder \${GUILDHALL_OIDC_CLIENT_SECRET} without a default`);
  }
  if (web.publicClient !== false) problem('production realm: the web client is public');
  if (web.directAccessGrantsEnabled !== false) problem('production realm: the web client accepts the password grant');
  if (web.implicitFlowEnabled !== false) problem('production realm: the web client allows the implicit flow');
  if (web.rootUrl !== '${GUILDHALL_BASE_URL}') problem(`production realm: rootUrl is ${JSON.stringify(web.rootUrl)}, expected \${GUILDHALL_BASE_URL}`);
  for (const uri of web.redirectUris || []) {
    if (!uri.startsWith('${GUILDHALL_BASE_URL}/')) problem(`production realm: redirect URI ${uri} is not under \${GUILDHALL_BASE_URL}`);
  }
  if (!(web.redirectUris || []).length) problem('production realm: the web client has no redirect URIs');
  // No other placeholder with a default that could stand in for a missing setting, apart from the
  // client id (not a secret) and Keycloak's own message keys in the user profile (${username}, ...).
  const text = JSON.stringify(production);
  for (const [, name, rest] of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_.]*)(:[^}]*)?\}/g)) {
    if (/^GUILDHALL_/.test(name) && rest && name !== 'GUILDHALL_OIDC_CLIENT_ID') {
      problem(`production realm: \${${name}${rest}} has a default; production must set it`);
    }
  }

  // The development realm is the production realm plus the demo accounts and the test client.
  const rest = JSON.parse(JSON.stringify(development));
  if (!Array.isArray(rest.users) || rest.users.length === 0) problem('development realm: no demo users');
  delete rest.users;
  const last = (rest.clients || []).pop();
  if (!last || last.clientId !== 'guildhall-tests') problem('development realm: the last client is not guildhall-tests');
  if (JSON.stringify(canonical(rest)) !== JSON.stringify(canonical(production))) {
    problem('development realm: differs from the production realm beyond users and the guildhall-tests client');
  }
  finish(`${productionFile} / ${developmentFile}`);
  console.log('  production realm: no users, placeholders without defaults, sslRequired external, brute force protection; dev realm = it + demo users + test client');
}

function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])]));
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
function dockerfile(file) {
  const utils = tools('dockerfile-utils');
  const content = fs.readFileSync(file, 'utf8');
  const lines = content.split('\n');
  for (const d of utils.validate(content)) {
    const line = d.range.start.line;
    problem(`${path.basename(file)}:${line + 1}: ${d.severity === 1 ? 'error' : 'warning'}: ${d.message} | ${lines[line].trim()}`);
  }
  finish(file);
  console.log('  no dockerfile-utils diagnostics');
}

const [command, ...args] = process.argv.slice(2);
const commands = { compose, realm, dockerfile };
if (!commands[command]) {
  console.error('usage: validate.cjs compose|realm|dockerfile FILES...');
  process.exit(2);
}
commands[command](...args);
