/** Japanese for the Create page: templates, their forms, tasks and editor. */
export default {
  'aboutCard.launchTemplate': 'テンプレートを起動',
  'actionsPage.title': 'インストール済みのアクション',
  'actionsPage.pageTitle': '新しいコンポーネントを作成',
  'actionsPage.subtitle': 'インストールされているすべてのアクション',
  'actionsPage.content.emptyState.title': '表示する情報がありません',
  'actionsPage.content.emptyState.description':
    'アクションがインストールされていないか、バックエンドとの通信で問題が発生しました。',
  'actionsPage.content.searchFieldPlaceholder': 'アクションを検索',
  'actionsPage.action.input': '入力',
  'actionsPage.action.output': '出力',
  'actionsPage.action.examples': '例',
  'fields.entityNamePicker.title': '名前',
  'fields.entityNamePicker.description': 'コンポーネントの一意な名前',
  'fields.entityPicker.title': 'エンティティ',
  'fields.entityPicker.description': 'カタログのエンティティ',
  'fields.entityTagsPicker.title': 'タグ',
  'fields.entityTagsPicker.description':
    "関連するタグを追加してください。'Enter' で新しいタグを追加します。有効な形式: [a-z0-9+#] を [-] で区切ったもの、63 文字以内",
  'fields.multiEntityPicker.title': 'エンティティ',
  'fields.multiEntityPicker.description': 'カタログのエンティティ',
  'fields.myGroupsPicker.title': 'エンティティ',
  'fields.myGroupsPicker.description': 'カタログのエンティティ',
  'fields.ownedEntityPicker.title': 'エンティティ',
  'fields.ownedEntityPicker.description': 'カタログのエンティティ',
  'fields.ownerPicker.title': 'オーナー',
  'fields.ownerPicker.description': 'コンポーネントのオーナー',
  'fields.azureRepoPicker.organization.title': '組織',
  'fields.azureRepoPicker.organization.description':
    'このリポジトリが所属する組織',
  'fields.azureRepoPicker.project.title': 'プロジェクト',
  'fields.azureRepoPicker.project.description':
    'このリポジトリが所属するプロジェクト',
  'fields.bitbucketRepoPicker.workspaces.title': '許可されたワークスペース',
  'fields.bitbucketRepoPicker.workspaces.inputTitle': 'ワークスペース',
  'fields.bitbucketRepoPicker.workspaces.description':
    'このリポジトリが所属するワークスペース',
  'fields.bitbucketRepoPicker.project.title': '許可されたプロジェクト',
  'fields.bitbucketRepoPicker.project.inputTitle': 'プロジェクト',
  'fields.bitbucketRepoPicker.project.description':
    'このリポジトリが所属するプロジェクト',
  'fields.gerritRepoPicker.owner.title': 'オーナー',
  'fields.gerritRepoPicker.owner.description': 'プロジェクトのオーナー (任意)',
  'fields.gerritRepoPicker.parent.title': '親プロジェクト',
  'fields.gerritRepoPicker.parent.description':
    'リポジトリが所属する親プロジェクト',
  'fields.giteaRepoPicker.owner.title': '利用可能なオーナー',
  'fields.giteaRepoPicker.owner.inputTitle': 'オーナー',
  'fields.giteaRepoPicker.owner.description':
    'このリポジトリが所属する Gitea の名前空間です。組織、グループ、サブグループ、ユーザー、またはプロジェクトの名前を指定できます。',
  'fields.githubRepoPicker.owner.title': '利用可能なオーナー',
  'fields.githubRepoPicker.owner.inputTitle': 'オーナー',
  'fields.githubRepoPicker.owner.description':
    'このリポジトリが所属する組織、ユーザー、またはプロジェクト',
  'fields.gitlabRepoPicker.owner.title': '利用可能なオーナー',
  'fields.gitlabRepoPicker.owner.inputTitle': 'オーナー',
  'fields.gitlabRepoPicker.owner.description':
    'このリポジトリが所属する GitLab の名前空間です。組織、グループ、サブグループ、ユーザー、またはプロジェクトの名前を指定できます。',
  'fields.repoUrlPicker.host.title': 'ホスト',
  'fields.repoUrlPicker.host.description': 'リポジトリを作成するホスト',
  'fields.repoUrlPicker.repository.title': '利用可能なリポジトリ',
  'fields.repoUrlPicker.repository.inputTitle': 'リポジトリ',
  'fields.repoUrlPicker.repository.description': 'リポジトリの名前',
  'fields.repoOwnerPicker.title': 'オーナー',
  'fields.repoOwnerPicker.description': 'リポジトリのオーナー',
  'listTaskPage.title': 'テンプレートのタスク一覧',
  'listTaskPage.pageTitle': 'テンプレートのタスク',
  'listTaskPage.subtitle': '開始されたすべてのタスク',
  'listTaskPage.content.emptyState.title': '表示する情報がありません',
  'listTaskPage.content.emptyState.description':
    'タスクがないか、バックエンドとの通信で問題が発生しました。',
  'listTaskPage.content.tableTitle': 'タスク',
  'listTaskPage.content.tableCell.taskID': 'タスク ID',
  'listTaskPage.content.tableCell.template': 'テンプレート',
  'listTaskPage.content.tableCell.created': '作成日時',
  'listTaskPage.content.tableCell.owner': 'オーナー',
  'listTaskPage.content.tableCell.status': 'ステータス',
  'ownerListPicker.title': 'タスクのオーナー',
  'ownerListPicker.options.owned': '自分のタスク',
  'ownerListPicker.options.all': 'すべて',
  'ongoingTask.title': '実行:',
  'ongoingTask.pageTitle.hasTemplateName': '{{templateName}} の実行',
  'ongoingTask.pageTitle.noTemplateName': 'テンプレートの実行',
  'ongoingTask.subtitle': 'タスク {{taskId}}',
  'ongoingTask.cancelButtonTitle': 'キャンセル',
  'ongoingTask.retryButtonTitle': '再試行',
  'ongoingTask.startOverButtonTitle': '最初からやり直す',
  'ongoingTask.hideLogsButtonTitle': 'ログを隠す',
  'ongoingTask.showLogsButtonTitle': 'ログを表示',
  'ongoingTask.contextMenu.moreOptions': 'その他のオプション',
  'ongoingTask.contextMenu.hideLogs': 'ログを隠す',
  'ongoingTask.contextMenu.showLogs': 'ログを表示',
  'ongoingTask.contextMenu.hideButtonBar': 'ボタンバーを隠す',
  'ongoingTask.contextMenu.retry': '再試行',
  'ongoingTask.contextMenu.showButtonBar': 'ボタンバーを表示',
  'ongoingTask.contextMenu.startOver': '最初からやり直す',
  'ongoingTask.contextMenu.cancel': 'キャンセル',
  'templateEditorForm.stepper.emptyText':
    'このテンプレートにはプレビューできるパラメーターがありません。',
  'renderSchema.tableCell.name': '名前',
  'renderSchema.tableCell.title': 'タイトル',
  'renderSchema.tableCell.description': '説明',
  'renderSchema.tableCell.type': 'タイプ',
  'renderSchema.tableCell.value': '値',
  'renderSchema.undefined': 'スキーマが定義されていません',
  'templatingExtensions.title': 'テンプレート拡張',
  'templatingExtensions.pageTitle': 'テンプレート拡張',
  'templatingExtensions.subtitle': '利用可能なすべてのテンプレート拡張',
  'templatingExtensions.content.emptyState.title': '表示する情報がありません',
  'templatingExtensions.content.emptyState.description':
    '利用可能なテンプレート拡張がないか、バックエンドとの通信で問題が発生しました。',
  'templatingExtensions.content.searchFieldPlaceholder': '拡張を検索',
  'templatingExtensions.content.filters.title': 'フィルター',
  'templatingExtensions.content.filters.notAvailable':
    'テンプレートフィルターは定義されていません。',
  'templatingExtensions.content.filters.metadataAbsent':
    'フィルターのメタデータがありません',
  'templatingExtensions.content.filters.schema.input': '入力',
  'templatingExtensions.content.filters.schema.arguments': '引数',
  'templatingExtensions.content.filters.schema.output': '出力',
  'templatingExtensions.content.filters.examples': '例',
  'templatingExtensions.content.functions.title': '関数',
  'templatingExtensions.content.functions.notAvailable':
    'グローバルなテンプレート関数は定義されていません。',
  'templatingExtensions.content.functions.metadataAbsent':
    '関数のメタデータがありません',
  'templatingExtensions.content.functions.schema.arguments': '引数',
  'templatingExtensions.content.functions.schema.output': '出力',
  'templatingExtensions.content.functions.examples': '例',
  'templatingExtensions.content.values.title': '値',
  'templatingExtensions.content.values.notAvailable':
    'グローバルなテンプレート値は定義されていません。',
  'templateTypePicker.title': 'カテゴリー',
  'templateIntroPage.title': 'テンプレートを管理',
  'templateIntroPage.subtitle':
    'テンプレート、フォーム、カスタムフィールドの編集、プレビュー、試用ができます',
  'templateFormPage.title': 'テンプレートエディター',
  'templateFormPage.subtitle':
    'テンプレートのフォームの編集、プレビュー、試用ができます',
  'templateCustomFieldPage.title': 'カスタムフィールドエクスプローラー',
  'templateCustomFieldPage.subtitle':
    'カスタムフィールドの編集、プレビュー、試用ができます',
  'templateEditorPage.title': 'テンプレートエディター',
  'templateEditorPage.subtitle':
    'テンプレートとそのフォームの編集、プレビュー、試用ができます',
  'templateEditorPage.dryRunResults.title': 'ドライランの結果',
  'templateEditorPage.dryRunResultsList.title': '結果 {{resultId}}',
  'templateEditorPage.dryRunResultsList.downloadButtonTitle':
    '.zip でダウンロード',
  'templateEditorPage.dryRunResultsList.deleteButtonTitle': '結果を削除',
  'templateEditorPage.dryRunResultsView.tab.files': 'ファイル',
  'templateEditorPage.dryRunResultsView.tab.log': 'ログ',
  'templateEditorPage.dryRunResultsView.tab.output': '出力',
  'templateEditorPage.taskStatusStepper.skippedStepTitle': 'スキップ',
  'templateEditorPage.customFieldExplorer.selectFieldLabel':
    'カスタムフィールド拡張を選択',
  'templateEditorPage.customFieldExplorer.fieldForm.title':
    'フィールドのオプション',
  'templateEditorPage.customFieldExplorer.fieldForm.applyButtonTitle': '適用',
  'templateEditorPage.customFieldExplorer.fieldPreview.title':
    'フィールドのプレビュー',
  'templateEditorPage.customFieldExplorer.preview.title': 'テンプレートの仕様',
  'templateEditorPage.templateEditorBrowser.closeConfirmMessage':
    'よろしいですか? 保存していない変更は失われます',
  'templateEditorPage.templateEditorBrowser.saveIconTooltip':
    'すべてのファイルを保存',
  'templateEditorPage.templateEditorBrowser.reloadIconTooltip':
    'ディレクトリを再読み込み',
  'templateEditorPage.templateEditorBrowser.closeIconTooltip':
    'ディレクトリを閉じる',
  'templateEditorPage.templateEditorIntro.title':
    '次のいずれかを選んで始めましょう',
  'templateEditorPage.templateEditorIntro.loadLocal.title':
    'テンプレートディレクトリを読み込む',
  'templateEditorPage.templateEditorIntro.loadLocal.description':
    'ローカルのテンプレートディレクトリを読み込み、独自のテンプレートを編集して試しに実行できます。',
  'templateEditorPage.templateEditorIntro.loadLocal.unsupportedTooltip':
    'HTTPS で読み込んだページを一部の Chromium 系ブラウザーで開いた場合のみ利用できます',
  'templateEditorPage.templateEditorIntro.createLocal.title':
    '新しいテンプレートを作成',
  'templateEditorPage.templateEditorIntro.createLocal.description':
    'ローカルにテンプレートディレクトリを作成し、独自のテンプレートを編集して試しに実行できます。',
  'templateEditorPage.templateEditorIntro.createLocal.unsupportedTooltip':
    'HTTPS で読み込んだページを一部の Chromium 系ブラウザーで開いた場合のみ利用できます',
  'templateEditorPage.templateEditorIntro.formEditor.title':
    'テンプレートフォームの試用',
  'templateEditorPage.templateEditorIntro.formEditor.description':
    'サンプルテンプレートかカタログのテンプレートを使って、テンプレートのフォームをプレビュー・編集できます。',
  'templateEditorPage.templateEditorIntro.fieldExplorer.title':
    'カスタムフィールドエクスプローラー',
  'templateEditorPage.templateEditorIntro.fieldExplorer.description':
    'インストール済みのカスタムフィールド拡張を表示して試せます。',
  'templateEditorPage.templateEditorTextArea.saveIconTooltip': 'ファイルを保存',
  'templateEditorPage.templateEditorTextArea.refreshIconTooltip':
    'ファイルを再読み込み',
  'templateEditorPage.templateEditorTextArea.emptyStateParagraph':
    'ファイルメニューから操作を選択してください。',
  'templateEditorPage.templateFormPreviewer.title':
    '既存のテンプレートを読み込む',
  'templateListPage.title': '新しいコンポーネントを作成',
  'templateListPage.subtitle':
    '組織の標準テンプレートを使って新しいソフトウェアコンポーネントを作成します',
  'templateListPage.pageTitle': '新しいコンポーネントを作成',
  'templateListPage.templateGroups.defaultTitle': 'テンプレート',
  'templateListPage.templateGroups.otherTitle': 'その他のテンプレート',
  'templateListPage.contentHeader.registerExistingButtonTitle':
    '既存のコンポーネントを登録',
  'templateListPage.contentHeader.supportButtonTitle':
    '標準テンプレートを使って新しいソフトウェアコンポーネントを作成します。テンプレートごとに作成されるコンポーネントの種類 (サービス、Web サイト、ドキュメントなど) が異なります。',
  'templateListPage.additionalLinksForEntity.viewTechDocsTitle':
    'TechDocs を表示',
  'templateWizardPage.title': '新しいコンポーネントを作成',
  'templateWizardPage.subtitle':
    '組織の標準テンプレートを使って新しいソフトウェアコンポーネントを作成します',
  'templateWizardPage.pageTitle': '新しいコンポーネントを作成',
  'templateWizardPage.templateWithTitle': '新しい {{templateTitle}} を作成',
  'templateWizardPage.pageContextMenu.editConfigurationTitle': '設定を編集',
  'templateEditorToolbar.customFieldExplorerTooltip':
    'カスタムフィールドエクスプローラー',
  'templateEditorToolbar.installedActionsDocumentationTooltip':
    'インストール済みアクションのドキュメント',
  'templateEditorToolbar.templatingExtensionsDocumentationTooltip':
    'テンプレート拡張のドキュメント',
  'templateEditorToolbar.addToCatalogButton': '公開',
  'templateEditorToolbar.addToCatalogDialogTitle': '変更を公開',
  'templateEditorToolbar.addToCatalogDialogContent.stepsIntroduction':
    'テンプレートを作成または更新するには、次の手順に従ってください:',
  'templateEditorToolbar.addToCatalogDialogContent.stepsListItems':
    'テンプレートのファイルをローカルのディレクトリに保存します\n新規または既存の Git リポジトリにプルリクエストを作成します\nテンプレートが既にある場合、プルリクエストがマージされると変更がソフトウェアカタログに反映されます\n新しいテンプレートを作成する場合は、下のリンク先のドキュメントに従って新しいテンプレートのリポジトリをソフトウェアカタログに登録してください',
  'templateEditorToolbar.addToCatalogDialogActions.documentationButton':
    'ドキュメントを開く',
  'templateEditorToolbar.addToCatalogDialogActions.documentationUrl':
    'https://backstage.io/docs/features/software-templates/adding-templates/',
  'templateEditorToolbarFileMenu.button': 'ファイル',
  'templateEditorToolbarFileMenu.options.openDirectory':
    'テンプレートディレクトリを開く',
  'templateEditorToolbarFileMenu.options.createDirectory':
    'テンプレートディレクトリを作成',
  'templateEditorToolbarFileMenu.options.closeEditor':
    'テンプレートエディターを閉じる',
  'templateEditorToolbarTemplatesMenu.button': 'テンプレート',
};
