/** Japanese for the catalog's shared parts: filters, pickers, dialogs. */
export default {
  'catalogFilter.title': 'フィルター',
  'catalogFilter.buttonTitle': 'フィルター',
  'entityKindPicker.title': '種類',
  'entityKindPicker.errorMessage': 'エンティティの種類を読み込めませんでした',
  'entityLifecyclePicker.title': 'ライフサイクル',
  'entityNamespacePicker.title': '名前空間',
  'entityOwnerPicker.title': 'オーナー',
  'entityProcessingStatusPicker.title': '処理状況',
  'entityTagPicker.title': 'タグ',
  'entityPeekAheadPopover.title':
    'すべてのタグを見るには、エンティティを開いてください。',
  'entityPeekAheadPopover.emailCardAction.title': '{{email}} にメールを送る',
  'entityPeekAheadPopover.emailCardAction.subTitle': 'mailto {{email}}',
  'entityPeekAheadPopover.emailCardAction.ariaLabel': 'メール',
  'entityPeekAheadPopover.entityCardActionsAriaLabel': '表示',
  'entityPeekAheadPopover.entityCardActionsTitle': '詳細を表示',
  'entitySearchBar.placeholder': '検索',
  'entityTypePicker.title': 'タイプ',
  'entityTypePicker.errorMessage': 'エンティティのタイプを読み込めませんでした',
  'entityTypePicker.optionAllTitle': 'すべて',
  'favoriteEntity.addToFavorites': 'お気に入りに追加',
  'favoriteEntity.removeFromFavorites': 'お気に入りから削除',
  'inspectEntityDialog.title': 'エンティティインスペクター',
  'inspectEntityDialog.closeButtonTitle': '閉じる',
  'inspectEntityDialog.ancestryPage.title': '系譜',
  'inspectEntityDialog.ancestryPage.description':
    'このエンティティの系譜です。つまり、このエンティティに至るまでのエンティティの連鎖で、{{processorsLink}}子エンティティが最終的にこのエンティティを生み出しました。これはリレーションとはまったく別の仕組みです。',
  'inspectEntityDialog.ancestryPage.processorsLink': 'プロセッサーが出力した',
  'inspectEntityDialog.colocatedPage.title': '同じ場所',
  'inspectEntityDialog.colocatedPage.description':
    'このエンティティと同じ場所にあるエンティティです。同じデータソース (例: 同じ YAML ファイル) または同じ起点 (例: 最初に登録された URL) から取り込まれています。',
  'inspectEntityDialog.colocatedPage.alertNoLocation':
    'このエンティティにはロケーション情報がありませんでした。',
  'inspectEntityDialog.colocatedPage.alertNoEntity':
    'このロケーションには他のエンティティがありませんでした。',
  'inspectEntityDialog.colocatedPage.locationHeader': '同じロケーション',
  'inspectEntityDialog.colocatedPage.originHeader': '同じ起点',
  'inspectEntityDialog.colocatedPage.entityListAriaLabel':
    '同じ場所にあるエンティティ',
  'inspectEntityDialog.jsonPage.title': 'JSON 形式のエンティティ',
  'inspectEntityDialog.jsonPage.description':
    'カタログから受け取ったままのエンティティの生データを JSON 形式で表示しています。',
  'inspectEntityDialog.overviewPage.title': '概要',
  'inspectEntityDialog.overviewPage.relation.title': 'リレーション',
  'inspectEntityDialog.overviewPage.status.title': 'ステータス',
  'inspectEntityDialog.overviewPage.identity.title': 'ID',
  'inspectEntityDialog.overviewPage.metadata.title': 'メタデータ',
  'inspectEntityDialog.overviewPage.annotations': 'アノテーション',
  'inspectEntityDialog.overviewPage.labels': 'ラベル',
  'inspectEntityDialog.overviewPage.tags': 'タグ',
  'inspectEntityDialog.overviewPage.copyAriaLabel': '{{label}} をコピー',
  'inspectEntityDialog.overviewPage.copiedStatus': 'コピーしました',
  'inspectEntityDialog.overviewPage.helpLinkAriaLabel': '詳しく見る',
  'inspectEntityDialog.yamlPage.title': 'YAML 形式のエンティティ',
  'inspectEntityDialog.yamlPage.description':
    'カタログから受け取ったままのエンティティの生データを YAML 形式で表示しています。',
  'inspectEntityDialog.tabNames.overview': '概要',
  'inspectEntityDialog.tabNames.ancestry': '系譜',
  'inspectEntityDialog.tabNames.colocated': '同じ場所',
  'inspectEntityDialog.tabNames.json': 'JSON (生データ)',
  'inspectEntityDialog.tabNames.yaml': 'YAML (生データ)',
  'inspectEntityDialog.tabsAriaLabel': 'インスペクターの表示切り替え',
  'unregisterEntityDialog.title':
    'このエンティティの登録を解除してもよろしいですか?',
  'unregisterEntityDialog.cancelButtonTitle': 'キャンセル',
  'unregisterEntityDialog.deleteButtonTitle': 'エンティティを削除',
  'unregisterEntityDialog.deleteEntitySuccessMessage':
    'エンティティ {{entityName}} を削除しました',
  'unregisterEntityDialog.bootstrapState.title':
    'このエンティティは保護された Backstage の設定 (ロケーション「{{location}}」) に由来するため、登録を解除できません。誤りだと思われる場合は、{{appTitle}} の管理者に連絡してください。',
  'unregisterEntityDialog.bootstrapState.advancedDescription':
    'エンティティ自体をカタログから削除することもできます。ただし、カタログファイルが元のロケーションから削除または移動されたことがわかっている場合にのみ行ってください。そうでない場合、カタログの次回の更新でエンティティはすぐに再び表示されます。',
  'unregisterEntityDialog.bootstrapState.advancedOptions': '詳細オプション',
  'unregisterEntityDialog.onlyDeleteStateTitle':
    'このエンティティは登録済みのロケーションに由来しないようです。そのため、カタログから直接削除することしかできません。',
  'unregisterEntityDialog.unregisterState.title':
    '次のエンティティの登録を解除します:',
  'unregisterEntityDialog.unregisterState.subTitle': 'ロケーション:',
  'unregisterEntityDialog.unregisterState.description':
    '元に戻すには、{{appTitle}} でエンティティを再登録してください。',
  'unregisterEntityDialog.unregisterState.unregisterButtonTitle':
    'ロケーションの登録を解除',
  'unregisterEntityDialog.unregisterState.advancedOptions': '詳細オプション',
  'unregisterEntityDialog.unregisterState.advancedDescription':
    'エンティティ自体をカタログから削除することもできます。ただし、カタログファイルが元のロケーションから削除または移動されたことがわかっている場合にのみ行ってください。そうでない場合、カタログの次回の更新でエンティティはすぐに再び表示されます。',
  'unregisterEntityDialog.errorStateTitle': '内部エラー: 不明な状態です',
  'userListPicker.defaultOrgName': '会社',
  'userListPicker.personalFilter.title': '個人',
  'userListPicker.personalFilter.ownedLabel': '所有',
  'userListPicker.personalFilter.starredLabel': 'お気に入り',
  'userListPicker.orgFilterAllLabel': 'すべて',
  'entityTableColumnTitle.name': '名前',
  'entityTableColumnTitle.system': 'システム',
  'entityTableColumnTitle.owner': 'オーナー',
  'entityTableColumnTitle.type': 'タイプ',
  'entityTableColumnTitle.lifecycle': 'ライフサイクル',
  'entityTableColumnTitle.namespace': '名前空間',
  'entityTableColumnTitle.description': '説明',
  'entityTableColumnTitle.tags': 'タグ',
  'entityTableColumnTitle.targets': 'ターゲット',
  'entityTableColumnTitle.title': 'タイトル',
  'entityTableColumnTitle.label': 'ラベル',
  'entityTableColumnTitle.domain': 'ドメイン',
  'entityRelationCard.emptyHelpLinkTitle': '変更する方法を確認する',
  'missingAnnotationEmptyState.title': 'アノテーションがありません',
  'missingAnnotationEmptyState.readMore': '詳しく見る',
  'missingAnnotationEmptyState.annotationYaml':
    '下の強調表示された例のように、{{entityKind}} の YAML にアノテーションを追加してください:',
  'missingAnnotationEmptyState.generateDescription_one':
    'アノテーション {{annotations}} がありません。このツールを有効にするには、{{entityKind}} にアノテーションを追加してください。',
  'missingAnnotationEmptyState.generateDescription_other':
    'アノテーション {{annotations}} がありません。このツールを有効にするには、{{entityKind}} にアノテーションを追加してください。',
};
