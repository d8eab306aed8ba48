/** Japanese for the template forms' shared parts: stepper, cards, menu. */
export default {
  'passwordWidget.content':
    'このウィジェットは安全ではありません。`ui:widget: password` の代わりに [`ui:field: Secret`](https://backstage.io/docs/features/software-templates/writing-templates/#using-secrets) を使用してください',
  'scaffolderPageContextMenu.moreLabel': 'その他',
  'scaffolderPageContextMenu.createLabel': '作成',
  'scaffolderPageContextMenu.editorLabel': 'テンプレートを管理',
  'scaffolderPageContextMenu.actionsLabel': 'インストール済みのアクション',
  'scaffolderPageContextMenu.tasksLabel': 'タスク一覧',
  'scaffolderPageContextMenu.templatingExtensionsLabel': 'テンプレート拡張',
  'stepper.backButtonText': '戻る',
  'stepper.createButtonText': '作成',
  'stepper.reviewButtonText': '確認',
  'stepper.stepIndexLabel': 'ステップ {{index, number}}',
  'stepper.nextButtonText': '次へ',
  'templateCategoryPicker.title': 'カテゴリー',
  'templateCard.noDescription': '説明なし',
  'templateCard.chooseButtonText': '選択',
  'cardHeader.detailBtnTitle': 'テンプレートエンティティの詳細を表示',
  'templateOutputs.title': 'テキスト出力',
  'workflow.noDescription': '説明なし',
};
