const { readFile } = require('node:fs/promises');
const { createRequire } = require('node:module');
const path = require('node:path');

const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

// Resolves the plugin by its package name from .ci/bpmnlint, the way `npm run lint` does.
const resolver = new NodeResolver({ require: createRequire(path.join(__dirname, '..', '..', 'package.json')) });

/** Lints a fixture with one jeugdhulp rule only; returns that rule's reports. */
async function lint(rule, fixture, moddleExtensions = { camunda }) {
  const xml = await readFile(path.join(__dirname, 'fixtures', fixture), 'utf8');
  const { rootElement, warnings } = await new BpmnModdle(moddleExtensions).fromXML(xml);

  if (warnings.length) {
    throw new Error(`${fixture} is geen geldig BPMN: ${warnings.map(warning => warning.message).join('; ')}`);
  }

  const name = `jeugdhulp/${rule}`;
  const results = await new Linter({ resolver }).lint(rootElement, { rules: { [name]: 'error' } });

  return results[name] || [];
}

function ids(reports) {
  return reports.map(report => report.id).sort();
}

module.exports = { lint, ids };
