/** Japanese: words of Keys admin. */
export default {
  'keysAdmin.title': 'キー管理',
  'keysAdmin.tabsLabel': 'キー管理',
  'keysAdmin.sections.all': 'すべてのキー',
  'keysAdmin.sections.settings': 'キー設定',
  'keysAdmin.sections.teams': 'チーム予算',
  'keysAdmin.sections.reconcile': '整合性チェック',
  'keysAdmin.sections.offboarding': 'オフボーディング',
  'keysAdmin.denied.title': 'キーを管理できるのは管理者だけです',
  'keysAdmin.denied.message':
    'すべてのキーを管理するには litemaas.model.manage 権限が必要です。自分のキーは「API キー」タブにあります。',
  'keysAdmin.all.titleTotal': 'すべてのキー ({{total}})',
  'keysAdmin.all.provision': 'ワークショップ用キーを一括発行',
  'keysAdmin.all.revokeByPrefix': 'プレフィックスで無効化',
  'keysAdmin.all.search': 'キーを検索',
  'keysAdmin.all.searchPlaceholder': '名前、エイリアス、所有者、プレフィックス',
  'keysAdmin.all.showRevoked': '無効化済みを表示',
  'keysAdmin.all.reload': '再読み込み',
  'keysAdmin.all.block': 'ブロック',
  'keysAdmin.all.unblock': 'ブロック解除',
  'keysAdmin.all.revoke': '無効化',
  'keysAdmin.all.gateways': 'ゲートウェイ',
  'keysAdmin.all.blocked':
    '{{name}} をブロックしました。このキーを使ったリクエストは拒否されます。',
  'keysAdmin.all.unblocked': '{{name}} のブロックを解除しました。',
  'keysAdmin.all.blockFailed': '{{name}} をブロックできませんでした: {{error}}',
  'keysAdmin.all.unblockFailed':
    '{{name}} のブロックを解除できませんでした: {{error}}',
  'keysAdmin.all.noMatch': '一致するキーはありません',
  'keysAdmin.all.noMatchDescription':
    '名前、エイリアス、所有者、プレフィックスに「{{query}}」を含むキーはありません。',
  'keysAdmin.all.empty': 'キーはまだありません',
  'keysAdmin.all.emptyDescription':
    'ユーザーが作成したキーと、あなたが一括発行したキーがここに表示されます。',
  'keysAdmin.all.revokeWarning':
    'このキーを使ったリクエストはただちに失敗するようになります。元に戻せません。一時的に止めたい場合は、代わりにブロックしてください。',
  'keysAdmin.all.revokeWarningFor':
    '{{owner}} がこのキーを使ったリクエストはただちに失敗するようになります。元に戻せません。一時的に止めたい場合は、代わりにブロックしてください。',
  'keysAdmin.adopt.title': 'キーを取り込む',
  'keysAdmin.adopt.confirm': '取り込む',
  'keysAdmin.adopt.explanation':
    '所有者はこのキーをポータルで確認し、ローテーション、編集、無効化できるようになります。LiteLLM ではこのキーのユーザーは {{user}} となっていますが、これは誰でも設定できるラベルです。所有者はご自身で選んでください。',
  'keysAdmin.adopt.explanationNoUser':
    '所有者はこのキーをポータルで確認し、ローテーション、編集、無効化できるようになります。LiteLLM ではこのキーにユーザーが設定されていません。所有者はご自身で選んでください。',
  'keysAdmin.adopt.owner': '所有者',
  'keysAdmin.adopt.ownerNoun': 'ユーザーまたはチーム',
  'keysAdmin.adopt.ownerNounMany': 'ユーザーとチーム',
  'keysAdmin.adopt.pickOwner': '所有者を選択してください',
  'keysAdmin.adopt.suggested':
    'キーのユーザーから推測した候補です。確認してください',
  'keysAdmin.adopt.ownerHint': 'カタログのユーザーまたはチーム',
  'keysAdmin.adopt.name': 'ポータルでの名前',
  'keysAdmin.gateways.title': 'ゲートウェイ上の {{name}}',
  'keysAdmin.gateways.intro':
    'キーの各値 (ローテーションの猶予期間中は 2 つ) と、ゲートウェイがその値で呼び出しを許可しているモデルです。',
  'keysAdmin.gateways.noValue':
    'ゲートウェイはこのキーの値を保持していないため、ゲートウェイ経由の呼び出しは拒否されます。キーが有効な場合は、ローテーションしてゲートウェイに新しい値を渡してください。',
  'keysAdmin.gateways.value': '{{object}} · 値 {{hash}}…',
  'keysAdmin.gateways.blocked': 'ブロック中: モデルなし',
  'keysAdmin.gateways.close': '閉じる',
  'keysAdmin.revokePrefix.title': 'プレフィックスでキーを無効化',
  'keysAdmin.revokePrefix.explanation':
    'エイリアスがプレフィックスで始まる有効なキーをすべて無効化します (ワークショップのキー全体など)。これらのキーを使ったリクエストはただちに失敗するようになり、元に戻せません。',
  'keysAdmin.revokePrefix.prefix': 'エイリアスのプレフィックス',
  'keysAdmin.revokePrefix.matchesAll':
    'このプレフィックスは、ポータルで作成したすべてのキーに一致します。',
  'keysAdmin.revokePrefix.minLength': '3 文字以上。',
  'keysAdmin.revokePrefix.count': 'キーを数える',
  'keysAdmin.revokePrefix.nothing': '無効化するキーはありません',
  'keysAdmin.revokePrefix.revokeOne': '1 件のキーを無効化',
  'keysAdmin.revokePrefix.revokeMany': '{{n}} 件のキーを無効化',
  'keysAdmin.revokePrefix.matchedNone':
    'エイリアスが {{prefix}} で始まる有効なキーはありません。',
  'keysAdmin.revokePrefix.matchedOne':
    'エイリアスが {{prefix}} で始まる有効なキーは 1 件です。',
  'keysAdmin.revokePrefix.matchedMany':
    'エイリアスが {{prefix}} で始まる有効なキーは {{n}} 件です。',
  'keysAdmin.revokePrefix.revokedOne':
    'エイリアスのプレフィックスが {{prefix}} のキーを 1 件無効化しました。',
  'keysAdmin.revokePrefix.revokedMany':
    'エイリアスのプレフィックスが {{prefix}} のキーを {{n}} 件無効化しました。',
  'keysAdmin.teamBudget.titleNew': 'チーム予算を設定',
  'keysAdmin.teamBudget.titleEdit': '{{team}} の予算',
  'keysAdmin.teamBudget.save': '保存',
  'keysAdmin.teamBudget.explanation':
    'チームのすべてのキーの利用額の合計です。予算に達すると、期間がリセットされるまで LiteLLM はチームのキーを拒否します。',
  'keysAdmin.teamBudget.team': 'チーム',
  'keysAdmin.teamBudget.teamNoun': 'チーム',
  'keysAdmin.teamBudget.teamNounMany': 'チーム',
  'keysAdmin.teamBudget.teamHint': 'カタログのグループ',
  'keysAdmin.teamBudget.pickTeam': 'チームを選択してください',
  'keysAdmin.teamBudget.budgetRequired': '予算を USD で設定してください',
  'keysAdmin.teamBudget.budgetPositive':
    '{{amount}} より大きい予算を設定してください',
  'keysAdmin.teams.description':
    'チーム予算は、各キー自身の予算に加えて、チームのすべてのキーの利用額の合計に上限を設けます。使い切ると、期間がリセットされるまで LiteLLM はチームのキーを拒否します。',
  'keysAdmin.teams.empty':
    'ポータルはまだチームを把握していません。チームは、モデルへのアクセス権かキーを持つとここに表示されます。上のボタンから、カタログの任意のグループに予算を設定できます。',
  'keysAdmin.teams.columns.team': 'チーム',
  'keysAdmin.teams.columns.spend': '利用額',
  'keysAdmin.teams.columns.budget': '予算',
  'keysAdmin.teams.columns.period': '期間',
  'keysAdmin.teams.columns.nextReset': '次回リセット',
  'keysAdmin.teams.columns.status': 'ステータス',
  'keysAdmin.teams.columns.actions': '操作',
  'keysAdmin.teams.notInLiteLLM': 'まだ LiteLLM にありません',
  'keysAdmin.teams.alertAt': '{{amount}} で警告',
  'keysAdmin.teams.neverResets': 'リセットなし',
  'keysAdmin.teams.budgetPer': '{{period}}あたり {{amount}}',
  'keysAdmin.teams.edit': '編集',
  'keysAdmin.teams.editLabel': '{{team}} の予算を編集',
  'keysAdmin.teams.setBudget': '予算を設定',
  'keysAdmin.teams.setLabel': '{{team}} の予算を設定',
  'keysAdmin.teams.remove': '削除',
  'keysAdmin.teams.removeLabel': '{{team}} の予算を削除',
  'keysAdmin.teams.removeTitle': '{{team}} の予算を削除しますか?',
  'keysAdmin.teams.removeConfirm': '予算を削除',
  'keysAdmin.teams.removeText':
    'チームのキーは、それぞれのキー自身の予算だけで制限されるようになります。これまでの利用額の記録は残ります。',
  'keysAdmin.teams.saved': '{{team}} の予算を {{budget}} に設定しました。',
  'keysAdmin.teams.removed': '{{team}} の予算を削除しました。',
  'keysAdmin.held.title': '保留中の修復 {{n}} 件',
  'keysAdmin.held.explanation':
    '整合性チェックが一度に安全な数を超えるキーを変更しようとしたため (LiteLLM が空の状態で再起動した、またはキー一覧が不完全?)、何も行いませんでした。正しいものを確認してください。各操作は実行前に LiteLLM で再確認されます。',
  'keysAdmin.held.tableLabel': '保留中の修復',
  'keysAdmin.held.columns.action': '操作',
  'keysAdmin.held.columns.key': 'キー',
  'keysAdmin.held.columns.owner': '所有者',
  'keysAdmin.held.columns.why': '理由',
  'keysAdmin.held.columns.since': '保留開始',
  'keysAdmin.held.actions.markRevoked': '無効化済みにする',
  'keysAdmin.held.actions.deleteFromGateway': 'LiteLLM から削除',
  'keysAdmin.held.select': '{{key}} を選択',
  'keysAdmin.held.confirmAll': '{{n}} 件すべてを確定',
  'keysAdmin.held.confirmSelected': '選択した {{n}} 件を確定',
  'keysAdmin.held.dismissAll': '{{n}} 件すべてを却下',
  'keysAdmin.held.dismissSelected': '選択した {{n}} 件を却下',
  'keysAdmin.held.confirmTitle': '保留中の修復を確定',
  'keysAdmin.held.dismissTitle': '修復を却下',
  'keysAdmin.held.confirm': '確定',
  'keysAdmin.held.dismiss': '却下',
  'keysAdmin.held.confirmText':
    'ポータルは {{n}} 件それぞれを再確認したうえで、LiteLLM にないキーを無効化済みにし、誰も持っていない孤立したキーを削除します。元に戻せません。',
  'keysAdmin.held.dismissText':
    '{{n}} 件はそのままになり、再び提案されることはありません。',
  'keysAdmin.held.confirmed':
    '{{total}} 件中 {{done}} 件を実行しました。{{rest}} 件は不要になったか失敗しました (それぞれ再確認済み)。',
  'keysAdmin.held.dismissed': '{{n}} 件を却下しました。現状のまま残ります。',
  'keysAdmin.provision.title': 'ワークショップ用キーを一括発行',
  'keysAdmin.provision.submit': '{{n}} 件のキーを発行',
  'keysAdmin.provision.submitNone': 'キーを発行',
  'keysAdmin.provision.explanation':
    '参加者ごとに 1 つのキーを、「プレフィックス + 参加者」という名前で発行します。値は発行後に一度だけ表示されます。同じプレフィックスで再実行すると、キーを持っている参加者はスキップされ、失敗した参加者は再試行されます。',
  'keysAdmin.provision.prefix': 'エイリアスのプレフィックス',
  'keysAdmin.provision.prefixHint':
    'ワークショップ終了時に「プレフィックスで無効化」で指定する値でもあります',
  'keysAdmin.provision.prefixRequired':
    'キーに共通のプレフィックスを指定してください',
  'keysAdmin.provision.prefixPattern':
    '英数字と . _ - のみ使用でき、先頭は英字か数字にしてください',
  'keysAdmin.provision.days': '有効期間 (日)',
  'keysAdmin.provision.daysInvalid': '1 以上の整数の日数を入力してください',
  'keysAdmin.provision.daysMax': '最長 {{n}} 日です',
  'keysAdmin.provision.daysHint': '最長 {{n}} 日',
  'keysAdmin.provision.budget': 'キーごとの予算 (USD)',
  'keysAdmin.provision.budgetHint': '空欄なら予算なし',
  'keysAdmin.provision.participants': '参加者',
  'keysAdmin.provision.participantsHint': '1 行に 1 人 (現在 {{n}} 人)',
  'keysAdmin.provision.participantsRequired':
    '参加者を 1 人以上追加してください',
  'keysAdmin.provision.participantsInvalid':
    '無効な値: {{list}} (英数字と . _ @ + - のみ)',
  'keysAdmin.provision.chooseModel': 'モデルを 1 つ以上選択してください',
  'keysAdmin.provision.modelsHint':
    'キーはあなた (管理者) のものとして発行され、これらのモデルを呼び出せます。',
  'keysAdmin.provision.noModels': '現在利用できるモデルはありません。',
  'keysAdmin.provision.resultTitle': 'ワークショップ用キー',
  'keysAdmin.provision.summary':
    '作成 {{created}} 件 · キー発行済み {{existing}} 件 · 失敗 {{failed}} 件',
  'keysAdmin.provision.existingTitle': 'すでにキーがある参加者 (再発行なし)',
  'keysAdmin.provision.failedTitle':
    '失敗: 同じプレフィックスで再実行すると再試行できます',
  'keysAdmin.provision.notCopied':
    'キーをコピーしていません。閉じると二度と表示できません。',
  'keysAdmin.settings.description':
    '新しいキーに与える設定と、所有者が変更できる範囲です。既定値は空欄のままの項目に入り、最大値は設定できる値の上限で、最大値のある制限が空欄のときにも適用されます。既存のキーの制限は変わりません。',
  'keysAdmin.settings.maxActive': '所有者ごとの有効なキーの上限',
  'keysAdmin.settings.maxActiveHint': 'ユーザーごと、チームごと',
  'keysAdmin.settings.longest': '最長有効期間 (日)',
  'keysAdmin.settings.longestHint': 'これより長い期間のキーは作成できません',
  'keysAdmin.settings.allowNever': '無期限のキーを許可',
  'keysAdmin.settings.personal': '個人のキー',
  'keysAdmin.settings.personalExplanation':
    'ユーザーが自分用に作成するキーです。本人のアクセス権を使います。',
  'keysAdmin.settings.team': 'チームのキー',
  'keysAdmin.settings.teamExplanation':
    'チーム用に作成するキーです。チームのアクセス権を使い、メンバー全員が管理できます。',
  'keysAdmin.settings.defaultExpiry': '既定の有効期間 (日)',
  'keysAdmin.settings.defaults': '既定値',
  'keysAdmin.settings.maximums': '最大値',
  'keysAdmin.settings.defaultsOf': '{{kind}}: 既定値',
  'keysAdmin.settings.maximumsOf': '{{kind}}: 最大値',
  'keysAdmin.settings.wholeNumber': '1 以上の整数を入力してください',
  'keysAdmin.settings.atMostLongest':
    '最長有効期間 ({{n}} 日) 以下にしてください',
  'keysAdmin.settings.fixFields': '先に赤で示された項目を修正してください。',
  'keysAdmin.settings.save': '保存',
  'keysAdmin.settings.discard': '変更を破棄',
  'keysAdmin.settings.saved':
    'キー設定を保存しました。今後作成されるキーに適用されます。',
  'keysAdmin.reconcile.description':
    'ポータルは 2 分ごとに自身のキーを LiteLLM のキーと照合し、クラッシュや LiteLLM 側の変更で生じたずれを修復します。推測で破壊的な操作はしません。キーを無効化済みにするのは、2 回の実行で見つからず、かつ LiteLLM で存在しないことを確認できた場合だけです。一度に多くのキーを変更することになる実行は、管理者の判断を待ちます。LiteLLM で直接作成されたキーは、そのユーザーがカタログのユーザーのエンティティ参照またはメールアドレスと完全に一致する場合にのみ取り込まれ、それ以外はここで判断を待ちます。',
  'keysAdmin.reconcile.now': '今すぐチェック',
  'keysAdmin.reconcile.counts.gatewayKeys': 'LiteLLM のキー {{n}} 件',
  'keysAdmin.reconcile.counts.completed': '未完了の変更を完了 {{n}} 件',
  'keysAdmin.reconcile.counts.removedFromGateway': 'LiteLLM から削除 {{n}} 件',
  'keysAdmin.reconcile.counts.markedRevoked': '無効化済みに変更 {{n}} 件',
  'keysAdmin.reconcile.counts.resynced': '再同期 {{n}} 件',
  'keysAdmin.reconcile.counts.adopted': '取り込み {{n}} 件',
  'keysAdmin.reconcile.counts.waiting': '2 回目の確認待ち {{n}} 件',
  'keysAdmin.reconcile.counts.unmanaged': '未管理 {{n}} 件',
  'keysAdmin.reconcile.failed':
    '前回の整合性チェックは {{when}}に失敗しました: {{error}}。この実行では何も変更されていません。',
  'keysAdmin.reconcile.lastSuccessful':
    '最後に成功したのは {{when}}です: {{summary}}。',
  'keysAdmin.reconcile.none':
    '整合性チェックはまだ実行されていません。最初の実行が予定されています。',
  'keysAdmin.reconcile.last': '前回の整合性チェック ({{when}}):',
  'keysAdmin.reconcile.summary': '{{summary}}。',
  'keysAdmin.reconcile.unstable':
    '読み取り中に LiteLLM のキー一覧が変わりました。一覧になかったキーについては、個別に確認せずに処理したものはありません。',
  'keysAdmin.reconcile.missingFromList':
    '{{n}} 件のキーが LiteLLM の一覧にはありませんでしたが、実際には存在するため、そのままにしました。',
  'keysAdmin.reconcile.paused': '{{when}}からキーの変更を一時停止しています',
  'keysAdmin.reconcile.pausedText':
    'これが解決するまで、修復は行われず、ここでキーを作成、ローテーション、無効化することもできません。',
  'keysAdmin.reconcile.takeOver': '引き継ぐ…',
  'keysAdmin.reconcile.takeOverTitle': 'このインストールを引き継ぎますか?',
  'keysAdmin.reconcile.takeOverConfirm': '引き継ぐ',
  'keysAdmin.reconcile.takeOverText':
    'このポータルのデータベースがこれらのキーを管理する側である場合にだけ実行してください。先にもう一方のコピーを停止するか、そのコピーに独自の {{setting}} を設定してください。1 つのインストールに対して 2 つのデータベースが動作すると、互いの変更を打ち消し合います。',
  'keysAdmin.reconcile.portalKeysOne':
    'ポータルのインストール {{id}} のキー {{n}} 件',
  'keysAdmin.reconcile.portalKeysMany':
    'ポータルのインストール {{id}} のキー {{n}} 件',
  'keysAdmin.reconcile.listSeparator': '、',
  'keysAdmin.reconcile.otherPortals':
    '{{portals}}もこの LiteLLM を共有しています。このポータル ({{id}}) がそれらに触れることはありません。',
  'keysAdmin.reconcile.attention': '確認が必要なキー {{n}} 件',
  'keysAdmin.reconcile.madeOutside': 'ポータル外で作成されたキー',
  'keysAdmin.reconcile.allKnown':
    'LiteLLM のすべてのキーをポータルが把握しています (または管理者がそのままにしています)。',
  'keysAdmin.reconcile.tableLabel': '未管理のキー',
  'keysAdmin.reconcile.columns.alias': 'エイリアス',
  'keysAdmin.reconcile.columns.tokenHash': 'トークンハッシュ',
  'keysAdmin.reconcile.columns.user': 'LiteLLM ユーザー',
  'keysAdmin.reconcile.columns.team': 'LiteLLM チーム',
  'keysAdmin.reconcile.columns.made': '作成',
  'keysAdmin.reconcile.columns.decide': '判断',
  'keysAdmin.reconcile.legacy': 'インストール ID 導入前のポータルが作成',
  'keysAdmin.reconcile.adopt': '取り込む…',
  'keysAdmin.reconcile.adoptLabel': '{{key}} を取り込む',
  'keysAdmin.reconcile.leave': 'そのままにする',
  'keysAdmin.reconcile.leaveLabel': '{{key}} をそのままにする',
  'keysAdmin.reconcile.asked':
    '整合性チェックを依頼しました。いずれかのレプリカで実行され、完了するとここに表示されます。',
  'keysAdmin.reconcile.runFailed': '整合性チェックに失敗しました: {{error}}',
  'keysAdmin.reconcile.left':
    '{{key}} はそのままにし、この一覧から外しました。',
  'keysAdmin.reconcile.leftUnnamed':
    'キーはそのままにし、この一覧から外しました。',
  'keysAdmin.reconcile.leaveFailed':
    'キーをそのままにできませんでした: {{error}}',
  'keysAdmin.reconcile.adopted': '{{name}} は {{owner}} のものになりました。',
};
