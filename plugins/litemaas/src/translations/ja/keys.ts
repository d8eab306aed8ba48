/** Japanese: words of API keys: the list, its dialogs and key delivery. */
export default {
  'keys.title': 'API キー',
  'keys.titleWithTotal': 'API キー ({{total}})',
  'keys.create': 'キーを作成',
  'keys.showRevoked': '無効化済みを表示',
  'keys.attentionOne':
    '1 件のキーが予算を超過しているか、1 週間以内に期限切れになります。',
  'keys.attentionMany':
    '{{total}} 件のキーが予算を超過しているか、1 週間以内に期限切れになります。',
  'keys.actions.edit': '編集',
  'keys.actions.rotate': 'ローテーション',
  'keys.actions.revoke': '無効化',
  'keys.empty.title': 'API キーはまだありません',
  'keys.empty.intro':
    'API キーを使うと、コードから社内のモデルゲートウェイ経由でモデルを呼び出せます。手順は 2 つです。',
  'keys.empty.step1':
    '1. {{models}} タブで{{action}}。オープンなモデルはすぐに、制限付きのモデルはオーナーの承認後に付与されます。',
  'keys.empty.step1Action': 'モデルへのアクセスを取得します',
  'keys.empty.modelsTab': 'モデル',
  'keys.empty.step2':
    '2. ここで、アクセスできるモデル用に、自分またはチームの{{action}}。値は一度だけ、試せるサンプルと一緒に表示されます。',
  'keys.empty.step2Action': 'キーを作成します',
  'keys.empty.browse': 'モデルを見る',
  'keys.rotation.oldStopped': '古い値はもう使えません。',
  'keys.rotation.oldWorksUntil':
    '古い値は {{date}} ({{relative}}) まで使え、その後は使えなくなります。それまでに、このキーを使うものをすべて新しい値に切り替えてください。',
  'keys.rotation.oldWorksFor':
    '古い値はあと {{period}} 使え、その後は使えなくなります。それまでに、このキーを使うものをすべて新しい値に切り替えてください。',
  'keys.revoke.title': '{{name}} を無効化しますか?',
  'keys.revoke.confirm': '無効化',
  'keys.revoke.done': '{{name}} を無効化しました。',
  'keys.revoke.body':
    'このキーを使ったリクエストはただちに失敗するようになり、元に戻せません。再びモデルを呼び出すには、新しいキーを作成してください。',
  'keys.revoke.team':
    'このキーは {{team}} のものです。チームの全員が使えなくなります。',
  'keys.table.name': '名前',
  'keys.table.owner': '所有者',
  'keys.table.models': 'モデル',
  'keys.table.status': 'ステータス',
  'keys.table.spend': '利用額',
  'keys.table.created': '作成日',
  'keys.table.actions': '操作',
  'keys.table.me': '自分',
  'keys.table.team': 'チーム',
  'keys.table.oldValueUntil': '古い値の有効期限: {{when}}',
  'keys.table.createdBy': '作成者: {{who}}',
  'keys.table.expires': '有効期限: {{when}}',
  'keys.table.neverExpires': '無期限',
  'keys.table.reload': '再読み込み',
  'keys.status.active': '有効',
  'keys.status.activeHelp': 'すぐに使えます。',
  'keys.status.expiringSoon': 'まもなく期限切れ',
  'keys.status.expiringSoonHelp':
    '1 週間以内に期限切れになります。早めに新しいキーを作成してください。',
  'keys.status.expired': '期限切れ',
  'keys.status.expiredHelp':
    '有効期限を過ぎています。このキーを使ったリクエストは拒否されます。',
  'keys.status.blocked': 'ブロック中',
  'keys.status.blockedHelp':
    '管理者がブロックしました。このキーを使ったリクエストは拒否されます。',
  'keys.status.overBudget': '予算超過',
  'keys.status.overBudgetHelp':
    '利用額が予算に達しました。次の予算期間が始まるまでリクエストは拒否されます。',
  'keys.status.revoking': '無効化中',
  'keys.status.revokingHelp':
    'ポータルでは無効化されましたが、ゲートウェイではまだ確認されていません (利用できませんでした)。ポータルが自動で再試行するまで、まだ使える可能性があります。',
  'keys.status.revoked': '無効化済み',
  'keys.status.revokedHelp': 'ゲートウェイから削除されました。もう使えません。',
  'keys.status.creating': '作成中',
  'keys.status.creatingHelp': 'ゲートウェイで作成しています。',
  'keys.status.failed': '失敗',
  'keys.status.failedHelp':
    'ゲートウェイで作成できませんでした。一度も使えていません。',
  'keys.origin.provisioned': '一括発行',
  'keys.origin.provisionedHelp':
    '管理者が一括で作成したキー (ワークショップ用など)',
  'keys.origin.adopted': '取り込み',
  'keys.origin.adoptedHelp': 'LiteLLM で見つかり、ポータルが引き継いだキー',
  'keys.origin.playground': 'プレイグラウンド',
  'keys.origin.playgroundHelp':
    'プレイグラウンドのセッション用に発行された短期間のキー。セッション終了時に無効化されます',
  'keys.budget.usedUp': '予算を使い切りました',
  'keys.budget.used': '{{percent}} 使用',
  'keys.budget.within': '予算内',
  'keys.budget.none': '予算なし',
  'keys.budget.spendOf': '{{spend}} / {{budget}}',
  'keys.budget.spendLabel': '利用額: {{amount}}',
  'keys.budget.per': '{{period}}ごと',
  'keys.form.name': '名前',
  'keys.form.models': 'モデル',
  'keys.form.noAccessAnyMore': '{{model}} (アクセス権なし)',
  'keys.form.nameRequired': 'キーの名前を入力してください',
  'keys.form.nameTooLong': '100 文字以内で入力してください',
  'keys.form.chooseModel': 'モデルを 1 つ以上選択してください',
  'keys.form.modelsOfTeam': '{{team}} がアクセスできるモデルです。',
  'keys.form.modelsOfYou': 'あなたがアクセスできるモデルです。',
  'keys.form.limits': '制限',
  'keys.expiry.label': '有効期限',
  'keys.expiry.inDays': '{{days}} 日後',
  'keys.expiry.inDaysDefault': '{{days}} 日後 (既定)',
  'keys.expiry.onDate': '日付を指定…',
  'keys.expiry.never': '無期限',
  'keys.expiry.date': '有効期限日',
  'keys.expiry.endOfDay': 'キーはその日の終わりに使えなくなります。',
  'keys.expiry.atMostDays': '最長 {{days}} 日です。',
  'keys.expiry.atMostDaysFromToday': '今日から最長 {{days}} 日です',
  'keys.expiry.neverHint': 'キーは誰かが無効化するまで使えます。',
  'keys.expiry.pickDate': '日付を選択してください',
  'keys.expiry.pickFutureDate': '今日より後の日付を選択してください',
  'keys.noGrants.you':
    'まだどのモデルへのアクセス権もないため、キーを作っても呼び出せるものがありません。',
  'keys.noGrants.team':
    '{{team}} にはまだどのモデルへのアクセス権もないため、キーを作っても呼び出せるものがありません。',
  'keys.noGrants.next':
    'まず{{link}}してください。オープンなモデルはすぐに、制限付きのモデルはレビュー後に付与されます。',
  'keys.noGrants.link': 'モデルへのアクセスを申請',
  'keys.limits.wholeNumber': '0 以上の整数を入力してください',
  'keys.limits.amount': '0 以上の数値を入力してください',
  'keys.limits.duration': '7d、30d、1mo のような期間を入力してください',
  'keys.limits.durationHint': '例: 7d、30d、1mo',
  'keys.limits.tpm': '1 分あたりのトークン数 (TPM)',
  'keys.limits.rpm': '1 分あたりのリクエスト数 (RPM)',
  'keys.limits.budget': '予算 (USD)',
  'keys.limits.budgetPeriod': '予算期間',
  'keys.limits.default': '既定',
  'keys.limits.fallback': '{{label}}: {{value}}',
  'keys.limits.maxBudget': '最大予算 (USD)',
  'keys.limits.maxBudgetHint': '利用額が達するとリクエストが止まります',
  'keys.limits.budgetPeriodHint': '例: 7d、30d、1mo。空欄ならリセットしません',
  'keys.limits.softBudget': '警告予算 (USD)',
  'keys.limits.softBudgetHint': '警告のみで、リクエストは続きます',
  'keys.limits.maxParallel': '最大同時リクエスト数',
  'keys.limits.max': '最大 {{value}}',
  'keys.limits.maxOfGrant': '最大 {{value}} (アクセス権)',
  'keys.limits.overMax': '最大値 {{value}} を超えています',
  'keys.limits.overGrant': 'アクセス権の上限 {{value}} を超えています',
  'keys.limits.softOverMax':
    '最大予算より小さくしてください。そうしないと警告が出ません',
  'keys.limits.atLeastGrantPeriod':
    'アクセス権の期間である {{period}} 以上にしてください',
  'keys.limits.perModel': 'モデルごとの制限',
  'keys.limits.perModelSet': 'モデルごとの制限 ({{n}} 件設定)',
  'keys.limits.chooseModelsFirst': '先にキーのモデルを選択してください。',
  'keys.limits.perModelHelp':
    '個々のモデルに対する、キー自体の制限より厳しい制限です。空欄の場合、所有者のアクセス権がそのモデルに制限を設けていればそれが適用され (灰色で表示)、なければキーの制限だけが適用されます。',
  'keys.limits.perModelField': '{{model}} の {{limit}}',
  'keys.createDialog.title': 'API キーを作成',
  'keys.createDialog.submit': '作成',
  'keys.createDialog.intro':
    'キーを使うと、コードから選んだモデルをゲートウェイ経由で、キーの制限内で呼び出せます。値は作成直後に一度だけ表示されます。',
  'keys.createDialog.nameHint': '用途。例: 「ci-pipeline」「my laptop」',
  'keys.createDialog.owner': '所有者',
  'keys.createDialog.myself': '自分',
  'keys.createDialog.teamOption': '{{team}} (チーム)',
  'keys.createDialog.ownerOnlyYou': 'あなただけが表示・使用できます。',
  'keys.createDialog.ownerNoTeam':
    'どのチームにも所属していないため、キーはあなたのものになります。',
  'keys.createDialog.ownerTeam':
    '{{team}} の全員が表示、ローテーション、無効化できます。チームのアクセス権を使います。',
  'keys.createDialog.accessError':
    'アクセス権を読み込めませんでした: {{error}}',
  'keys.createDialog.expiry': '有効期限',
  'keys.createDialog.theDefault': '既定',
  'keys.createDialog.limitsHelp':
    '空欄の項目には灰色で表示された既定値が入ります。既定値がなく最大値がある場合は最大値が適用されます。選んだモデルに対する所有者のアクセス権が上限になります。',
  'keys.createDialog.budgetForGood':
    'アクセス権の 1 つが期間なしの予算のため、キーの予算はリセットされません。',
  'keys.createDialog.settingsError':
    'キーの設定を読み込めなかったため、既定値と最大値は表示されません。ただし適用はされます。{{error}}',
  'keys.editDialog.title': '{{name}} を編集',
  'keys.editDialog.submit': '保存',
  'keys.editDialog.saved': '{{name}} を保存しました。',
  'keys.editDialog.untick':
    '{{models}} のチェックを外してください。キーの所有者にアクセス権がなくなりました',
  'keys.editDialog.grantsError':
    'アクセス権を読み込めなかったため、キーの現在のモデルだけを表示しています。{{error}}',
  'keys.editDialog.keepExpires': '変更しない (有効期限: {{when}})',
  'keys.editDialog.keepNever': '変更しない (無期限)',
  'keys.editDialog.limitsHelp':
    '空欄は制限なしを意味します。ただし、最大値があるか所有者のアクセス権が制限を設けている場合 (灰色で表示) はそれが適用されます。',
  'keys.rotateDialog.title': '{{name}} をローテーションしますか?',
  'keys.rotateDialog.submit': 'ローテーション',
  'keys.rotateDialog.intro':
    'キーに新しい値が発行され、一度だけ表示されます。名前、モデル、制限、利用額は変わりません。このキーを使うものはすべて新しい値が必要になります。',
  'keys.rotateDialog.grace': '古い値の猶予期間',
  'keys.rotateDialog.none': 'なし',
  'keys.rotateDialog.atOnce':
    '古い値はただちに使えなくなります。漏えいした可能性がある場合に選んでください。',
  'keys.rotateDialog.keepsFor':
    '古い値はあと {{period}} 使えるので、その間に新しい値を展開できます。その後は使えなくなります。',
  'keys.issued.title': 'このキーを今すぐコピーしてください',
  'keys.issued.onlyTime': 'キーが表示されるのはこの一度だけです。',
  'keys.issued.onlyTimeDetail':
    'ポータルはキーを保存しておらず、再表示できません。シークレットマネージャーなどの安全な場所に保管してください。紛失した場合は、キーをローテーションして新しい値を取得してください。',
  'keys.issued.expires': '有効期限: {{when}}',
  'keys.issued.neverExpires': '無期限',
  'keys.issued.apiKey': 'API キー',
  'keys.issued.copyFailed':
    'ブラウザーがコピーを許可しませんでした。値を選択して手動でコピーしてください。',
  'keys.issued.copy': 'コピー',
  'keys.issued.copied': 'コピーしました',
  'keys.issued.tryIt': '試してみる',
  'keys.issued.callsAt':
    '{{url}} のゲートウェイ経由で {{model}} を呼び出す、OpenAI 互換のコードです。',
  'keys.issued.calls':
    'ゲートウェイ経由で {{model}} を呼び出す、OpenAI 互換のコードです。',
  'keys.issued.noGateway':
    'ゲートウェイの URL が設定されていません (litemaas.gatewayBaseUrl)。<gateway> をプラットフォームチームから案内されたアドレスに置き換えてください。',
  'keys.issued.codeExamples': 'コード例',
  'keys.issued.copySnippet': 'コードをコピー',
  'keys.issued.notCopied':
    'キーをコピーしていません。閉じると二度と表示できません。',
  'keys.doneOnceCopied.done': '完了',
  'keys.doneOnceCopied.goBack': '戻る',
  'keys.doneOnceCopied.closeWithoutCopying': 'コピーせずに閉じる',
  'keys.issuedValues.copyNow': 'これらのキーを今すぐコピーしてください。',
  'keys.issuedValues.copyNowDetail':
    '値が表示されるのはこの一度だけです。ポータルは再表示できません。',
  'keys.issuedValues.copyAll': 'すべて CSV でコピー',
  'keys.issuedValues.copied': 'コピーしました',
  'keys.issuedValues.copyFailed':
    'ブラウザーがコピーを許可しませんでした。表を選択して手動でコピーしてください。',
  'keys.issuedValues.tableLabel': '作成されたキー',
  'keys.issuedValues.participant': '参加者',
  'keys.issuedValues.alias': 'エイリアス',
  'keys.issuedValues.apiKey': 'API キー',
  'keys.delivery.title': 'ワークショップのキー',
  'keys.delivery.intro':
    'あなたが実行したテンプレートが API キーを発行し、その値をあなただけのためにここに置いています。表示は一度だけです。表示後はこのリンクは使えなくなり、誰も再び見ることはできません。',
  'keys.delivery.failed':
    '{{error}}。コピーしていない場合は、キーを無効化し (キー管理 → プレフィックスで無効化)、テンプレートをもう一度実行してください。',
  'keys.delivery.show': 'キーを表示',
  'keys.delivery.noToken':
    'リンクにトークンがありません。テンプレートから渡されたとおりに開いてください。',
  'keys.delivery.shownOne':
    'エイリアスのプレフィックスが {{prefix}} のキー 1 件です。ポータルはその値をすでに破棄しました。このページを離れる前にコピーしてください。',
  'keys.delivery.shownMany':
    'エイリアスのプレフィックスが {{prefix}} のキー {{total}} 件です。ポータルはその値をすでに破棄しました。このページを離れる前にコピーしてください。',
  'keys.component.label': 'コンポーネント',
  'keys.component.none': 'なし',
  'keys.component.hint':
    '任意: あなたまたはあなたのチームが所有するカタログのコンポーネント。費用はそのコンポーネント、システム、ドメインに計上されます。',
  'keys.component.hintAdmin':
    '任意: カタログの任意のコンポーネント。費用はそのコンポーネント、システム、ドメインに計上されます。',
  'keys.component.loading': 'コンポーネントを読み込み中',
  'keys.component.noOptions':
    'あなたまたはあなたのチームが所有するカタログのコンポーネントはありません',
  'keys.component.loadFailed':
    'カタログのコンポーネントを読み込めませんでした: {{error}}',
  'keys.component.clear': 'コンポーネントをクリア',
  'keys.component.open': 'コンポーネントを表示',
  'keys.component.close': 'コンポーネントを隠す',
};
