const { test } = require('node:test');
const assert = require('node:assert/strict');

const { lint, ids } = require('./lint');

test('een gebruikerstaak zonder zaakcontext, of een consulententaak zonder regisseur, wordt gemeld', async () => {
  const reports = await lint('user-task-context', 'user-task-context-invalid.bpmn');

  assert.deepEqual(ids(reports), [
    'Task_ContextBijComplete',
    'Task_RegisseurAlleenBijCreate',
    'Task_ZonderContext',
    'Task_ZonderRegisseur'
  ]);
  assert.match(reports.find(report => report.id === 'Task_ZonderRegisseur').message, /regisseurListener/);
});

test('taken met de listeners die bij hun groep horen worden niet gemeld', async () => {
  assert.deepEqual(await lint('user-task-context', 'user-task-context-valid.bpmn'), []);
});
