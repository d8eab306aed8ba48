/** Japanese for the APIs page and the API cards on entity pages. */
export default {
  'apiDefinitionCard.error.title': 'API を取得できませんでした',
  'apiDefinitionCard.rawButtonTitle': '生データ',
  'apiDefinitionDialog.closeButtonTitle': '閉じる',
  'apiDefinitionDialog.tabsAriaLabel': 'API 定義の表示切り替え',
  'apiDefinitionDialog.toggleButtonAriaLabel':
    'API 定義ダイアログの表示を切り替え',
  'apiDefinitionDialog.rawButtonTitle': '生データ',
  'defaultApiExplorerPage.title': 'API',
  'defaultApiExplorerPage.subtitle': '{{orgName}} API エクスプローラー',
  'defaultApiExplorerPage.pageTitleOverride': 'API',
  'defaultApiExplorerPage.createButtonTitle': '既存の API を登録',
  'defaultApiExplorerPage.supportButtonTitle': 'すべての API',
  'consumedApisCard.title': '利用している API',
  'consumedApisCard.error.title': 'API を読み込めませんでした',
  'consumedApisCard.emptyContent.title':
    'この {{entity}} が利用している API はありません。',
  'hasApisCard.title': 'API',
  'hasApisCard.error.title': 'API を読み込めませんでした',
  'hasApisCard.emptyContent.title':
    'この {{entity}} に含まれる API はありません。',
  'providedApisCard.title': '提供している API',
  'providedApisCard.error.title': 'API を読み込めませんでした',
  'providedApisCard.emptyContent.title':
    'この {{entity}} が提供している API はありません。',
  'apiEntityColumns.typeTitle': 'タイプ',
  'apiEntityColumns.apiDefinitionTitle': 'API 定義',
  'consumingComponentsCard.title': '利用者',
  'consumingComponentsCard.error.title': 'コンポーネントを読み込めませんでした',
  'consumingComponentsCard.emptyContent.title':
    'この API を利用しているコンポーネントはありません。',
  'providingComponentsCard.title': '提供者',
  'providingComponentsCard.error.title': 'コンポーネントを読み込めませんでした',
  'providingComponentsCard.emptyContent.title':
    'この API を提供しているコンポーネントはありません。',
  apisCardHelpLinkTitle: '変更する方法を確認する',
};
