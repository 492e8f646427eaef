const { test } = require('node:test');
const assert = require('node:assert/strict');

const { lint, ids } = require('./lint');

test('een gebruikerstaak zonder gekoppeld Camunda Form met binding wordt gemeld', async () => {
  const reports = await lint('user-task-form', 'user-task-form-invalid.bpmn');

  assert.deepEqual(ids(reports), [
    'Task_FormKeyEnFormRef',
    'Task_GegenereerdFormulier',
    'Task_MetFormKey',
    'Task_MetIngebouwdCamundaForm',
    'Task_ZonderBinding',
    'Task_ZonderFormulier'
  ]);
  assert.match(reports.find(report => report.id === 'Task_FormKeyEnFormRef').message, /camunda:formKey/);
  assert.match(reports.find(report => report.id === 'Task_ZonderBinding').message, /camunda:formRefBinding/);
});

test('een gebruikerstaak met camunda:formRef en camunda:formRefBinding wordt niet gemeld', async () => {
  assert.deepEqual(await lint('user-task-form', 'user-task-form-valid.bpmn'), []);
});
