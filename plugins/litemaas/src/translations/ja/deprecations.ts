/** Japanese: words of model deprecation (chips, banners, the admins' dialog, the campaigns). */
export default {
  'deprecation.chip.deprecated': '非推奨',
  'deprecation.chip.retired': '提供終了',
  'deprecation.chip.deprecatedTitle': '非推奨: {{date}} に提供終了',
  'deprecation.chip.deprecatedMoveTitle':
    '非推奨: {{date}} に提供終了。{{replacement}} へ移行してください',
  'deprecation.chip.retiredTitle': '{{date}} に提供終了',
  'deprecation.chip.retiredMoveTitle':
    '{{date}} に提供終了。{{replacement}} を使用してください',
  'deprecation.when.inDays': 'あと {{days}} 日',
  'deprecation.when.tomorrow': '明日',
  'deprecation.when.today': '今日',
  'deprecation.when.due': '次回の実行時',
  'deprecation.banner.deprecated': '非推奨: {{date}} に提供終了 ({{when}})。',
  'deprecation.banner.moveTo': '{{replacement}} へ移行してください。',
  'deprecation.banner.noReplacement':
    '移行先は指定されていません。モデルのオーナーに確認してください。',
  'deprecation.banner.retired': '{{date}} に提供終了しました。',
  'deprecation.banner.retiredText':
    'このモデルはすべてのキーから外され、アクセス権も終了しました。申請することはできません。',
  'deprecation.banner.useInstead':
    '代わりに {{replacement}} を使用してください。',
  'deprecation.banner.note': 'メモ: {{note}}',
  'deprecation.banner.campaign': 'キャンペーンを見る',
  'deprecation.request.disabled':
    '{{date}} に提供終了したため、申請できません。',
  'deprecation.request.warning':
    '{{model}} は非推奨で、{{date}} に提供終了します。その時点でアクセスは終了します。',
  'deprecation.request.warningMove':
    '{{model}} は非推奨で、{{date}} に提供終了します。その時点でアクセスは終了します。代わりに {{replacement}} を検討してください。',
  'deprecation.action.deprecate': '非推奨にする…',
  'deprecation.action.manage': '非推奨の設定…',
  'deprecation.action.deprecateLabel': '{{model}} を非推奨にする',
  'deprecation.action.manageLabel': '{{model}} の非推奨設定',
  'deprecation.dialog.titleNew': '{{model}} を非推奨にする',
  'deprecation.dialog.titleEdit': '{{model}} の非推奨設定',
  'deprecation.dialog.explanation':
    'このモデルを保有するすべての人と、そのキーに紐づく Component のオーナーに今すぐ通知し、期日の 30 日前、7 日前、1 日前にリマインドします。期日になると、モデルはすべてのキーから外され、アクセス権は終了します。',
  'deprecation.dialog.replacement': '移行先',
  'deprecation.dialog.noReplacement': 'なし',
  'deprecation.dialog.replacementHelp':
    '保有者の移行先となるモデル。指定を推奨します。',
  'deprecation.dialog.replacementMissing':
    '移行先がない場合、保有者には期日だけが通知されます。',
  'deprecation.dialog.retireAt': '提供終了日',
  'deprecation.dialog.retireAtHelp':
    'この日の終わりにモデルの提供を終了します。',
  'deprecation.dialog.dateRequired': '提供終了日を選択してください',
  'deprecation.dialog.dateNotFuture': '明日以降の日付を選択してください',
  'deprecation.dialog.note': '保有者へのメモ',
  'deprecation.dialog.noteHelp': '任意: 理由や、移行前に確認すべきこと。',
  'deprecation.dialog.submitNew': '非推奨にする',
  'deprecation.dialog.submitEdit': '変更を保存',
  'deprecation.dialog.created':
    '{{model}} を非推奨にしました。保有者に通知します。',
  'deprecation.dialog.saved': '{{model}} の非推奨設定を保存しました。',
  'deprecation.dialog.retiredInfo':
    '{{model}} は {{date}} に提供終了しました。非推奨を取り消すと再び申請できるようになりますが、終了したアクセス権とキーは元に戻りません。',
  'deprecation.dialog.close': '閉じる',
  'deprecation.dialog.others': 'その他の操作',
  'deprecation.cancel.action': '非推奨を取り消す',
  'deprecation.cancel.title': '{{model}} の非推奨を取り消しますか?',
  'deprecation.cancel.text':
    'モデルは非推奨ではなくなります。保有者はそのまま利用でき、リマインドは送られません。',
  'deprecation.cancel.retiredText':
    'モデルは再び申請できるようになります。終了したアクセス権とキーは元に戻りません。',
  'deprecation.cancel.confirm': '非推奨を取り消す',
  'deprecation.cancel.done': '{{model}} の非推奨を取り消しました。',
  'deprecation.retire.action': '今すぐ提供終了',
  'deprecation.retire.title': '{{model}} を今すぐ提供終了しますか?',
  'deprecation.retire.text':
    '期日を待たずに、モデルを今すぐすべてのキーから外し、すべてのアクセス権を終了します。キーにモデルが戻ることはありません。',
  'deprecation.retire.typeName': '確認のため {{model}} と入力してください',
  'deprecation.retire.mismatch': 'モデル名を正確に入力してください',
  'deprecation.retire.confirm': '今すぐ提供終了',
  'deprecation.retire.done': '{{model}} の提供を終了しました。',
  'deprecation.tab': '非推奨',
  'deprecation.list.title': '非推奨のモデル ({{total}})',
  'deprecation.list.description':
    '提供終了予定のモデル: 誰が保有しているか、誰が移行先へ移ったか、いつ提供終了するか。',
  'deprecation.list.empty': '非推奨のモデルはありません',
  'deprecation.list.emptyText':
    '管理者が「モデル管理」で移行先と期日を指定してモデルを非推奨にすると、そのキャンペーンがここに表示されます。',
  'deprecation.list.loadWhat': '非推奨キャンペーン',
  'deprecation.list.reload': '再読み込み',
  'deprecation.list.columns.model': 'モデル',
  'deprecation.list.columns.replacement': '移行先',
  'deprecation.list.columns.retireAt': '提供終了',
  'deprecation.list.columns.state': '状態',
  'deprecation.list.columns.progress': '移行済み',
  'deprecation.list.columns.reminders': 'リマインド',
  'deprecation.list.none': 'なし',
  'deprecation.state.deprecated': '非推奨',
  'deprecation.state.retiring': '提供終了処理中',
  'deprecation.state.retired': '提供終了',
  'deprecation.state.retiringHelp':
    '提供終了しましたが、まだモデルを含むキーがあります。次回の実行で再試行します。',
  'deprecation.progress.moved': '{{total}} 件中 {{moved}} 件移行済み',
  'deprecation.progress.label': '移行した保有者',
  'deprecation.progress.counts': '未使用: {{idle}} · 使用中: {{using}}',
  'deprecation.progress.none': '保有者なし',
  'deprecation.reminders.none': 'まだなし',
  'deprecation.reminders.sent': '{{days}} 日前',
  'deprecation.subject.moved': '移行済み',
  'deprecation.subject.idle': '未使用',
  'deprecation.subject.using': '使用中',
  'deprecation.subject.movedHelp':
    '7 日間このモデルへのリクエストがなく、移行先へのリクエストがあります。',
  'deprecation.subject.idleHelp':
    '7 日間どちらのモデルへのリクエストもありません。',
  'deprecation.subject.usingHelp':
    '直近 7 日間にこのモデルへのリクエストがあります。',
  'deprecation.detail.back': 'すべての非推奨',
  'deprecation.detail.loading': 'キャンペーンを読み込み中',
  'deprecation.detail.loadWhat': 'キャンペーン',
  'deprecation.detail.notFound': '{{model}} は非推奨ではありません。',
  'deprecation.detail.retires': '{{date}} に提供終了 ({{when}})',
  'deprecation.detail.retiredOn': '{{date}} に提供終了',
  'deprecation.detail.replacement': '移行先: {{replacement}}',
  'deprecation.detail.noReplacement': '移行先の指定なし',
  'deprecation.detail.by': '{{name}} が {{date}} に非推奨に設定',
  'deprecation.detail.remindersSent': '送信済みリマインド: {{list}}',
  'deprecation.detail.holders': '保有者 ({{total}})',
  'deprecation.detail.holdersLabel': 'モデルの保有者',
  'deprecation.detail.noHolders': 'このモデルの保有者はいません。',
  'deprecation.detail.columns.subject': '保有者',
  'deprecation.detail.columns.state': '状態',
  'deprecation.detail.columns.requests': 'リクエスト (7 日)',
  'deprecation.detail.columns.spend': '費用 (7 日)',
  'deprecation.detail.columns.lastUsed': '最終使用日',
  'deprecation.detail.columns.replacementRequests': '移行先 (7 日)',
  'deprecation.detail.columns.replacementAccess': '移行先へのアクセス',
  'deprecation.detail.columns.keys': 'キー',
  'deprecation.detail.never': '利用なし',
  'deprecation.detail.yes': 'あり',
  'deprecation.detail.no': 'なし',
  'deprecation.detail.noKeys': 'キーなし',
  'deprecation.detail.components': '通知した Component ({{total}})',
  'deprecation.detail.componentsNone':
    'このモデルのキーに紐づく Component はありません。',
  'deprecation.detail.component': 'Component',
  'deprecation.detail.owner': 'オーナー',
  'deprecation.detail.noOwner': 'オーナーなし',
  'deprecation.detail.remind': '今すぐリマインド',
  'deprecation.detail.reminded':
    '移行していない保有者 {{total}} 件にリマインドしました。',
  'deprecation.detail.remindedOne':
    '移行していない保有者 1 件にリマインドしました。',
  'deprecation.detail.remindedNone':
    'リマインドする相手はいません。全員が移行済みか、今日すでにリマインド済みです。',
  'deprecation.detail.remindFailed': 'リマインドできませんでした: {{error}}',
  'deprecation.detail.edit': '編集',
  'deprecation.detail.reload': 'キャンペーンを再読み込み',
  'deprecation.run.title': '非推奨タスク',
  'deprecation.run.now': '今すぐ実行',
  'deprecation.run.none':
    'ポータルの起動以降、非推奨タスクはまだ実行されていません。',
  'deprecation.run.last': '前回の実行 {{when}}:',
  'deprecation.run.summary':
    '通知: {{announced}} · リマインド: {{reminded}} · 提供終了: {{retired}} · 終了したアクセス権: {{grants}} · 変更したキー: {{keys}} · 再試行待ち: {{failed}}',
  'deprecation.run.failed': '前回の実行は {{when}} に失敗しました: {{error}}',
  'deprecation.run.asked':
    '非推奨タスクの実行を依頼しました。まもなく実行されます。',
  'deprecation.run.done': '非推奨タスクを実行しました。',
  'deprecation.run.runFailed': '非推奨タスクを実行できませんでした: {{error}}',
  'deprecation.run.loadWhat': '非推奨タスクの前回の実行',
};
