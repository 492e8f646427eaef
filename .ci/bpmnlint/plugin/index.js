module.exports = {
  rules: {
    'no-default-ids': './rules/no-default-ids',
    'user-task-form': './rules/user-task-form',
    'timer-uses-calendar': './rules/timer-uses-calendar'
  }
};
