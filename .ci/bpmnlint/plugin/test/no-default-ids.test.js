const { test } = require('node:test');
const assert = require('node:assert/strict');

const { lint, ids } = require('./lint');

test('gegenereerde ids van processen, flow-elementen, berichten en escalaties worden gemeld', async () => {
  const reports = await lint('no-default-ids', 'no-default-ids-invalid.bpmn');

  assert.deepEqual(ids(reports), [
    'Activity_0abc123',
    'Escalation_1q9z8bc',
    'Event_0f2p3ks',
    'Event_1m2n3o4',
    'Flow_0ab12cd',
    'Gateway_1x2y3z4',
    'Message_0k4x2am',
    'Process_1',
    'StartEvent_1',
    'Task_1ot2igr',
    'UserTask_1'
  ]);
});

test('ids die zeggen wat het element is, worden niet gemeld', async () => {
  assert.deepEqual(await lint('no-default-ids', 'no-default-ids-valid.bpmn'), []);
});
