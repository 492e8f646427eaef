/**
 * Tasklist shows Camunda Forms from processes/forms/*.form; embedded HTML forms (camunda:formKey) and generated
 * forms (camunda:formData) are not used here.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) {
      return;
    }

    if (node.get('camunda:formKey')) {
      reporter.report(node.id, 'Formulier via camunda:formKey: kies bij Forms het type "Camunda Forms (linked)" (camunda:formRef)');
    } else if (!node.get('camunda:formRef')) {
      reporter.report(node.id, 'Geen Camunda Form: kies bij Forms het type "Camunda Forms (linked)" en vul de Form ID in (camunda:formRef)');
    } else if (!node.get('camunda:formRefBinding')) {
      reporter.report(node.id, 'Camunda Form zonder binding: kies bij Forms een binding (camunda:formRefBinding)');
    }
  }

  return { check };
};
