/**
 * Ids end up in Cockpit, the history tables, logs and process tests, so they say what the element is
 * (Task_GesprekVoeren), not what the Modeler generated (Activity_0abc123).
 */

// Event definitions and diagram elements are left out: nobody reads their ids.
const CHECKED_TYPES = [
  'bpmn:FlowElement',
  'bpmn:Process',
  'bpmn:Participant',
  'bpmn:Lane',
  'bpmn:MessageFlow',
  'bpmn:Message',
  'bpmn:Escalation',
  'bpmn:Error',
  'bpmn:Signal'
];

// bpmn-js appends a random 32-bit number in base 36, padded to 7 characters (Activity_0abc123 since Modeler 4,
// Task_1ot2igr before). Its first character is always 0 or 1, so the suffix always holds a digit, which keeps
// all-lowercase words out of the match.
const RANDOM_SUFFIX = /^[A-Za-z]+_(?=[a-z0-9]*[0-9])[a-z0-9]{7}$/;

// New diagrams and copied examples: StartEvent_1, Process_1, UserTask_2.
const NUMBERED_SUFFIX = /^[A-Za-z]+_[0-9]+$/;

module.exports = function() {

  function check(node, reporter) {
    if (!CHECKED_TYPES.some(type => node.$instanceOf(type))) {
      return;
    }

    const id = node.id || '';

    if (RANDOM_SUFFIX.test(id) || NUMBERED_SUFFIX.test(id)) {
      reporter.report(id, `Gegenereerde id: geef een id die zegt wat het is, zoals Task_GesprekVoeren of Flow_GesprekNaarVerslag`);
    }
  }

  return { check };
};
