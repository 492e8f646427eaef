const { test } = require('node:test');
const assert = require('node:assert/strict');
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const Ajv = require('ajv');
const { BpmnModdle } = require('bpmn-moddle');
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');

const { TERMIJNSOORTEN } = require('bpmnlint-plugin-jeugdhulp/rules/timer-uses-calendar');

const PROCESSES = path.join(__dirname, '..', '..', '..', 'processes');
const TEMPLATES = path.join(PROCESSES, '.camunda', 'element-templates');

// strict: false because the published schema itself uses union types that Ajv's strict mode rejects.
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const templates = readdirSync(TEMPLATES)
  .filter(file => file.endsWith('.json'))
  .map(file => ({ file, template: JSON.parse(readFileSync(path.join(TEMPLATES, file), 'utf8')) }));

for (const { file, template } of templates) {
  test(`${file} volgt het Camunda 7 element-template-schema`, () => {
    assert.ok(validate(template), JSON.stringify(validate.errors, null, 2));
  });
}

test('elke delegate van een service task in processes/*.bpmn heeft een element template', async () => {
  const delegates = new Set();

  for (const file of readdirSync(PROCESSES).filter(file => file.endsWith('.bpmn'))) {
    const { elementsById } = await new BpmnModdle({ camunda }).fromXML(readFileSync(path.join(PROCESSES, file), 'utf8'));

    Object.values(elementsById)
      .filter(element => element.$instanceOf('bpmn:ServiceTask') && element.get('camunda:delegateExpression'))
      .forEach(element => delegates.add(element.get('camunda:delegateExpression')));
  }

  const templated = templates.flatMap(({ template }) => template.properties)
    .filter(property => property.binding.name === 'camunda:delegateExpression')
    .map(property => property.value);

  assert.ok(delegates.size > 0, 'geen service task met camunda:delegateExpression gevonden');
  assert.deepEqual([ ...delegates ].filter(delegate => !templated.includes(delegate)), []);
});

test('de termijnsoorten van het timer-template zijn die van de lintregel', () => {
  const { template } = templates.find(({ template }) => template.id === 'jeugdhulp.termijn-verstreken');
  const termijnsoort = template.properties.find(property => property.binding.name === 'termijnsoort');

  assert.deepEqual(termijnsoort.choices.map(choice => choice.value), TERMIJNSOORTEN);
});
