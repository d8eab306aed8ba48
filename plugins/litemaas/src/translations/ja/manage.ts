/** Japanese: words of Manage models, a model's page and shared dialogs. */
export default {
  'manage.title': 'モデル管理',
};
