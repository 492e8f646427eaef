const { test } = require('node:test');
const assert = require('node:assert/strict');

const { lint, ids } = require('./lint');

test('een beslistaak zonder uitkomstlistener, met resultaatvariabele of zonder tabel wordt gemeld', async () => {
  const reports = await lint('business-rule-task-outcome', 'business-rule-task-outcome-invalid.bpmn');

  assert.deepEqual(ids(reports), [
    'Task_ListenerBijStart',
    'Task_MetResultaatvariabele',
    'Task_ZonderBeslistabel',
    'Task_ZonderListener'
  ]);
  assert.match(reports.find(report => report.id === 'Task_ZonderListener').message, /regelUitkomstListener/);
});

test('een beslistaak met tabel en uitkomstlistener wordt niet gemeld', async () => {
  assert.deepEqual(await lint('business-rule-task-outcome', 'business-rule-task-outcome-valid.bpmn'), []);
});
