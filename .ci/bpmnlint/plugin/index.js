module.exports = {
  rules: {
    'no-default-ids': './rules/no-default-ids',
    'user-task-form': './rules/user-task-form',
    'user-task-context': './rules/user-task-context',
    'timer-uses-calendar': './rules/timer-uses-calendar',
    'business-rule-task-outcome': './rules/business-rule-task-outcome'
  }
};
