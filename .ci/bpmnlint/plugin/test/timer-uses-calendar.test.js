const { test } = require('node:test');
const assert = require('node:assert/strict');
const { readFile } = require('node:fs/promises');
const path = require('node:path');

const { lint, ids } = require('./lint');
const { TERMIJNSOORTEN, NIET_BEWAAKT } = require('../rules/timer-uses-calendar');

const TERMIJNSOORT_JAVA = path.join(__dirname, '..', '..', '..', '..',
  'src/main/java/nl/jeugdhulp/toegang/zaak/Termijnsoort.java');

test('een timer die niet op de werkdagenkalender van zijn termijnsoort loopt, wordt gemeld', async () => {
  const reports = await lint('timer-uses-calendar', 'timer-uses-calendar-invalid.bpmn');

  assert.deepEqual(ids(reports), [
    'Timer_AfwijkendeTermijnsoort',
    'Timer_AndereDossierdatum',
    'Timer_AndereMethode',
    'Timer_Bezwaartermijn',
    'Timer_Cyclus',
    'Timer_Duur',
    'Timer_OnbekendeSoort',
    'Timer_TermijnsoortNietGekozen',
    'Timer_VasteDatum',
    'Timer_Witruimte',
    'Timer_ZonderTijd'
  ]);
  assert.match(reports.find(report => report.id === 'Timer_AfwijkendeTermijnsoort').message, /VERSLAG.*GESPREK/);
  assert.match(reports.find(report => report.id === 'Timer_TermijnsoortNietGekozen').message, /leeg/);
  assert.match(reports.find(report => report.id === 'Timer_Bezwaartermijn').message, /termijn van het gezin/);
});

test('een timer op termijnen.verstrijktOp met dezelfde termijnsoort als zijn template wordt niet gemeld', async () => {
  assert.deepEqual(await lint('timer-uses-calendar', 'timer-uses-calendar-valid.bpmn'), []);
});

test('zonder camunda-moddle faalt de regel in plaats van de termijnsoort over te slaan', async (t) => {
  t.mock.method(console, 'error', () => {});

  const reports = await lint('timer-uses-calendar', 'timer-uses-calendar-valid.bpmn', {});

  assert.equal(reports.length, 1);
  assert.equal(reports[0].category, 'rule-error');
  assert.match(reports[0].message, /moddleExtensions/);
});

test('de termijnsoorten van de regel, bewaakt of niet, zijn die van de enum Termijnsoort', async () => {
  const java = await readFile(TERMIJNSOORT_JAVA, 'utf8');
  const body = java.slice(java.indexOf('{', java.indexOf('enum Termijnsoort')) + 1);
  const constants = body
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .split(/[;}]/)[0]
    .split(',')
    .map(constant => constant.trim().replace(/\(.*\)$/, ''))
    .filter(Boolean);

  assert.deepEqual([ ...TERMIJNSOORTEN, ...NIET_BEWAAKT ].sort(), constants.sort());
});
