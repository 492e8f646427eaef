/**
 * A business rule task evaluates a policy table in processes/*.dmn. Without the end listener
 * ${regelUitkomstListener} its outcome reaches neither the gateways that follow (as process variables) nor the
 * dossier (as a beslissing with its motivering), and a mapped result variable would hold a Java map.
 */
module.exports = function() {

  function check(node, reporter) {
    if (!node.$instanceOf('bpmn:BusinessRuleTask')) {
      return;
    }

    const extensies = (node.extensionElements && node.extensionElements.values) || [];
    const listener = extensies.some(element => element.$instanceOf('camunda:ExecutionListener') &&
      element.delegateExpression === '${regelUitkomstListener}' && element.event === 'end');

    if (!node.get('camunda:decisionRef')) {
      reporter.report(node.id, 'Beslistaak zonder camunda:decisionRef: kies de beslistabel uit processes/*.dmn');
    }

    if (!listener) {
      reporter.report(node.id, 'Beslistaak zonder execution listener ${regelUitkomstListener} op end: de uitkomst komt niet in proces en dossier');
    }

    if (node.get('camunda:resultVariable')) {
      reporter.report(node.id, 'Beslistaak met camunda:resultVariable: de uitkomst gaat via ${regelUitkomstListener}');
    }
  }

  return { check };
};
